"""The law coverage map docs/wetsdekking.md is current (CI fails when it is stale) and reads the right sources."""

import shutil

from inburgering_rules.hulpmiddelen.cli import main
from inburgering_rules.hulpmiddelen.dekking import artikel_van_link, artikelen_in_tekst, genereer, seeds_in_tekst
from inburgering_rules.paths import ROOT
from inburgering_rules.wetten import BI2021, PW, WI2013, WI2021


def test_the_coverage_map_is_current(capsys):
    code = main(["dekking", "--check"])
    assert code == 0, capsys.readouterr().err + "\n→ run: inburgering-rules dekking"


def test_articles_from_links():
    assert artikel_van_link("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=11&lid=1") == ((WI2021, "art. 11"), "1")
    assert artikel_van_link("https://wetten.overheid.nl/jci1.3:c:BWBR0045555&hoofdstuk=10") == ((BI2021, "hoofdstuk 10"), "")
    assert artikel_van_link("https://www.rijksoverheid.nl/onderwerpen") is None


def test_articles_and_seeds_from_a_description():
    tekst = ("Wi2021 art. 11 lid 2 en art. 12; Wi2013 art. 5 lid 1 b. Bijstand verlaagd op grond van artikel 18 "
             "van de Participatiewet. seed 000_66a781fd78fa1f29.txt l.708-709 en seeds 002/003.")
    assert artikelen_in_tekst(tekst) == [
        ((WI2021, "art. 11"), "2"), ((WI2021, "art. 12"), ""), ((WI2013, "art. 5"), "1"), ((PW, "art. 18"), ""),
    ]
    assert seeds_in_tekst(tekst) == [("000", "000_66a781fd78fa1f29.txt", "708-709"), ("002", "", ""), ("003", "", "")]


def test_bare_article_takes_the_law_named_after_it_when_none_before():
    assert artikelen_in_tekst("verlaagd op grond van artikel 18 van de Participatiewet") == [((PW, "art. 18"), "")]


def test_check_fails_when_the_model_changes(tmp_path, monkeypatch, capsys):
    for map_ in ("parameters", "variables"):
        shutil.copytree(ROOT / map_, tmp_path / map_, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tests" / "yaml").mkdir(parents=True)
    monkeypatch.setenv("INBURGERING_RULES_ROOT", str(tmp_path))
    assert main(["dekking"]) == 0
    assert main(["dekking", "--check"]) == 0
    (tmp_path / "tests" / "yaml" / "nieuw.yaml").write_text(
        "- name: Nieuw geval\n  description: Wi2021 art. 14 lid 1.\n  period: 2024-01-01\n  input: {}\n"
        "  output: {inburgeringsplichtig: false}\n",
        encoding="utf-8",
    )
    assert main(["dekking", "--check"]) == 1
    assert "is verouderd" in capsys.readouterr().err
    assert "Nieuw geval" in genereer(tmp_path)


def test_open_questions_list_each_value_not_confirmed():
    tekst = genereer(ROOT)
    open_deel = tekst.split("## Open juridische vragen", 1)[1]
    # SPUK 2023 is unknown (null, not bevestigd): an open question, listed per value.
    assert "| [`financiering.spuk.bedrag_cohort_jaar_1`](../parameters/financiering/spuk/bedrag_cohort_jaar_1.yaml) | 2023-01-01 | null |" in open_deel
    assert "inburgeringsplicht.inwerkingtreding_wi2021" not in open_deel  # bevestigd
    assert tekst == genereer(ROOT)  # deterministic


def test_the_map_counts_the_figures_by_provenance():
    from openfisca_core.parameters import Parameter

    from inburgering_rules.hulpmiddelen.dekking import Dekking

    d = Dekking(ROOT)
    waarden = sum(len(p.values_list) for p in d.tbs.parameters.get_descendants() if isinstance(p, Parameter))
    assert sum(d.herkomst.values()) == waarden
    tekst = genereer(ROOT)
    assert f"| bevestigd | {d.herkomst['bevestigd']} |" in tekst
    assert f"| **totaal** | {waarden} |" in tekst


def test_the_map_goes_down_to_the_lid_and_lists_the_known_gaps():
    tekst = genereer(ROOT)
    artikel_11 = tekst.split("### [Wet inburgering 2021, art. 11]", 1)[1].split("\n### ", 1)[0]
    lid_1 = artikel_11.split("- **lid 1**", 1)[1].split("- **lid", 1)[0]
    assert "uitgevoerd door: " in lid_1 and "`termijn.duur_jaren.WI2021`" in lid_1
    assert "getest door" in lid_1
    # A known gap (data/lacunes.yaml) is listed at its lid with its quote, and its article is not "uitgevoerd".
    from inburgering_rules.hulpmiddelen.dekking import lees_lacunes

    for lacune in lees_lacunes():
        wet, artikel = lacune.sleutel[0], lacune.sleutel[1].removeprefix("art. ")
        kop = f"&artikel={artikel})"
        blok = next(b for b in tekst.split("\n### ")[1:] if f"jci1.3:c:{wet}{kop}" in b.split("\n", 1)[0])
        status = blok.split("\n", 1)[0].rsplit(" — ", 1)[1]
        assert status in ("deels", "nog niet"), (lacune.sleutel, status)
        assert "**nog niet in het model**" in blok and lacune.citaat[:40] in blok, lacune.sleutel
    assert "| Wet inburgering 2021 |" in tekst.split("## Overzicht", 1)[1]


def test_every_gap_names_a_known_law_and_quotes_its_text():
    from inburgering_rules.hulpmiddelen.dekking import lees_lacunes

    lacunes = lees_lacunes()
    assert lacunes
    for lacune in lacunes:
        assert lacune.sleutel[0].startswith("BWBR") and lacune.sleutel[1].startswith("art. ")
        assert len(lacune.citaat) > 20 and lacune.versie[:2] == "20"
