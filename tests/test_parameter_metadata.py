"""Every parameter carries the metadata a legal advisor needs (RULEBOOK §9), and the check bites."""

import shutil
import textwrap

from inburgering_rules.hulpmiddelen.parameterbestanden import controleer_parameters, fouten
from inburgering_rules.paths import PARAMETERS_DIR


def test_no_parameter_lacks_metadata():
    problemen = fouten(controleer_parameters(PARAMETERS_DIR))
    assert not problemen, "\n".join(map(str, problemen))


def test_every_bevestigd_figure_names_article_version_and_quote():
    """As `inburgering-rules check --streng`: since the statute review no 'bevestigd' is left without the
    article, the version date read and a quote (the warnings are errors for the project's own tree)."""
    problemen = controleer_parameters(PARAMETERS_DIR)
    assert not problemen, "\n".join(map(str, problemen))


def test_check_reports_missing_provenance_and_bad_link(tmp_path):
    params = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, params)
    (params / "termijn" / "kapot.yaml").write_text(
        textwrap.dedent(
            """\
            description: Een kapotte parameter
            metadata:
              label: Kapot
              unit: year
              reference:
                - title: Geen link
                  href: wetten.overheid.nl
            values:
              2022-01-01:
                value: 3
            """
        )
    )
    meldingen = [str(p) for p in controleer_parameters(params)]
    assert any("termijn.kapot" in m and "provenance" in m for m in meldingen), meldingen
    assert any("termijn.kapot" in m and "https://" in m for m in meldingen), meldingen


def test_check_reports_a_date_that_is_not_a_date(tmp_path):
    params = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, params)
    bestand = params / "inburgeringsplicht" / "inwerkingtreding_wi2021.yaml"
    bestand.write_text(bestand.read_text().replace("value: 2022-01-01", "value: 2022-13-01"))
    meldingen = [str(p) for p in controleer_parameters(params)]
    assert any("inwerkingtreding_wi2021" in m and "geen datum" in m for m in meldingen), meldingen
