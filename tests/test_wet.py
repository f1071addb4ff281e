"""The legislation explorer /wet: pages, the calculation form (POST and GET), escaping, 400 and 404."""

import re

import pytest
from fastapi.testclient import TestClient

from api.main import app

ANNA = ("peildatum=2024-01-05&geboortedatum=1990-05-01&verblijfsgrond=ASIEL&datum_verblijfsrecht=2022-03-01"
        "&datum_dagtekening_pip=2022-06-01")
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def client():
    return TestClient(app)


def _waarden(html: str) -> dict[str, str]:
    return dict(re.findall(r'<section class="uitkomst" id="([a-z_]+)"><h3>[^<]*<span class="waarde">([^<]*)</span>', html))


def test_index_groups_parameters_and_variables_by_topic(client):
    r = client.get("/wet")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="nl">' in r.text
    for stuk in ("<h2>Parameters</h2>", "<h3 id=\"parameters-inburgeringsplicht\">Inburgeringsplicht</h3>",
                 "<h3 id=\"onderwerp-termijn\">Termijn</h3>", "<h2>Variabelen</h2>",
                 'href="/wet/parameter/termijn.duur_jaren.WI2021"', 'href="/wet/variabele/inburgeringsplichtig"'):
        assert stuk in r.text


def test_parameter_page_has_values_chart_references_and_provenance(client):
    r = client.get("/wet/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd")
    assert r.status_code == 200
    assert "<svg" in r.text and "<path d=\"M" in r.text
    assert "<td>2024-01-01</td><td>2026-01-01</td><td>67 jaar (804 maanden)</td>" in r.text
    assert 'class="herkomst bevestigd"' in r.text and 'class="herkomst gerapporteerd"' in r.text
    assert 'href="https://wetten.overheid.nl/jci1.3:c:BWBR0002221&amp;artikel=7a&amp;lid=1"' in r.text


def test_parameter_with_unknown_value_shows_a_gap_not_a_guess(client):
    r = client.get("/wet/parameter/financiering.spuk.bedrag_cohort_jaar_1")
    assert "onbekend (geen waarde)" in r.text
    assert "€ 7.865,71" in r.text


def test_parameter_group_and_unknown_parameter(client):
    assert 'href="/wet/parameter/termijn.duur_jaren"' in client.get("/wet/parameter/termijn").text
    r = client.get("/wet/parameter/bestaat.niet")
    assert r.status_code == 404 and "Niet gevonden" in r.text


def test_variable_page(client):
    r = client.get("/wet/variabele/reden_geen_inburgeringsplicht")
    assert r.status_code == 200
    for stuk in ("<h2>Artikelen</h2>", "Wet inburgering 2021, art. 3 lid 1", "<h2>Mogelijke waarden</h2>",
                 "<code>NEDERLANDER</code>", "<h2>Formules</h2>", "<h3>Formule</h3>", "Broncode", "<h2>Samenhang</h2>"):
        assert stuk in r.text
    for intern in ("0001-01-01", "RULEBOOK", "``", "standaard False"):
        assert intern not in r.text.split("<details>")[0], intern
    for stuk in ('href="/wet/variabele/geboortedatum"', "Invoer die het gebruikt", "Gebruikt door",
                 'href="/wet/parameter/inburgeringsplicht.minimumleeftijd"', 'href="/wet/artikel/wi2021/3"'):
        assert stuk in r.text
    assert client.get("/wet/variabele/bestaat_niet").status_code == 404


def test_form_page_has_every_field(client):
    r = client.get("/wet/bereken")
    assert r.status_code == 200
    assert '<form class="bereken" method="post" action="/wet/bereken" novalidate>' in r.text
    for veld in ("peildatum", "geboortedatum", "nationaliteit", "familielid_eu_burger", "verblijfsgrond",
                 "datum_verblijfsrecht", "jaren_leerplichtig_in_nederland", "diploma", "heeft_startkwalificatie",
                 "volgt_vrijstellende_opleiding", "ontheffing", "inburgeringsplicht_voldaan", "datum_dagtekening_pip"):
        assert f'name="{veld}"' in r.text, veld


def test_form_post_shows_the_outcomes_with_explanation(client):
    r = client.post("/wet/bereken", content=ANNA, headers=FORM)
    assert r.status_code == 200
    assert _waarden(r.text) == {
        "inburgeringsplichtig": "ja",
        "reden_geen_inburgeringsplicht": "Geen reden: de persoon is inburgeringsplichtig",
        "datum_aanvang_inburgeringsplicht": "1 maart 2022",
        "inburgeringsregime": "Wet inburgering 2021",
        "doelgroep": "Asielstatushouder (Wi2021 art. 13 lid 1)",
        "inburgeringstermijn_startdatum": "2 juni 2022",
        "inburgeringstermijn_einddatum": "1 juni 2025",
    }
    assert "Op 5 januari 2024 is de persoon inburgeringsplichtig" in r.text
    assert '<p class="brief">U moet inburgeren. Zo heet dat in de wet: u bent inburgeringsplichtig.' in r.text
    assert '<aside class="grondslag"><p>Wettelijke grondslag</p>' in r.text
    assert "Heeft de persoon de Nederlandse nationaliteit? <strong>nee</strong>" in r.text
    assert 'value="1990-05-01"' in r.text  # the form keeps what was entered


def test_get_with_query_parameters_is_the_same_calculation(client):
    assert _waarden(client.get("/wet/bereken?" + ANNA).text) == _waarden(
        client.post("/wet/bereken", content=ANNA, headers=FORM).text)


def test_checkbox_reason(client):
    r = client.post("/wet/bereken", content=ANNA + "&familielid_eu_burger=ja", headers=FORM)
    assert _waarden(r.text)["reden_geen_inburgeringsplicht"].startswith("Familielid van een EU")


@pytest.mark.parametrize(
    ("velden", "melding"),
    [
        ("", "Vul een peildatum in."),
        ("peildatum=2024-13-05", "&#x27;2024-13-05&#x27; is geen datum JJJJ-MM-DD."),
        (ANNA + "&jaren_leerplichtig_in_nederland=acht", "&#x27;acht&#x27; is geen heel getal."),
        (ANNA + "&familielid_eu_burger=misschien", "&#x27;misschien&#x27; is geen ja/nee."),
        # The engine's messages are English (the API's contract); the Dutch page says them in Dutch.
        (ANNA.replace("1990-05-01", "1990-02-30"), "Deze datum bestaat niet."),
        ("peildatum=2024-01-05&verblijfsgrond=ASIEL&datum_verblijfsrecht=2022-03-01",
         "Vul dit in: zonder dit gegeven kan de uitkomst niet bepaald worden."),
        (ANNA.replace("2024-01-05", "2005-01-05").replace("2022-03-01", "2002-03-01"), "Voor deze datum kan het model niet rekenen."),
        (ANNA + "&jaren_leerplichtig_in_nederland=-3", "Dit getal kan niet. Het moet 0 of meer zijn."),
        # Impossible input is answered at the field, before anything is computed.
        (ANNA.replace("1990-05-01", "2025-01-01"), "De geboortedatum ligt na de peildatum (5 januari 2024)."),
        (ANNA.replace("2022-06-01", "2021-06-01"), "Het PIP kan niet vóór het verblijfsrecht zijn vastgesteld"),
    ],
)
def test_bad_input_is_a_400_page_with_the_message(client, velden, melding):
    r = client.post("/wet/bereken", content=velden, headers=FORM)
    assert r.status_code == 400, r.text[:300]
    assert 'class="fout" role="alert"' in r.text and melding in r.text
    assert '<form class="bereken"' in r.text  # the form comes back to correct
    for engels in ("is required", "Impossible value", "expected", "is not a date"):
        assert engels not in r.text


def test_the_message_stands_at_the_field(client):
    r = client.post("/wet/bereken", content=ANNA.replace("1990-05-01", "2025-01-01"), headers=FORM)
    veld = re.search(r'<label class="fout" id="veld-geboortedatum">.*?</label>', r.text)
    assert veld and 'aria-invalid="true"' in veld.group(0)
    assert '<span class="veldfout" id="fout-geboortedatum">De geboortedatum ligt na de peildatum' in veld.group(0)
    assert 'href="#veld-geboortedatum"' in r.text  # the summary links to the field


def test_everything_is_escaped(client):
    r = client.get("/wet/bereken?" + ANNA + "&nationaliteit=%3Cscript%3Ealert(1)%3C/script%3E&geboortedatum=%22%3E%3Cb%3E")
    assert r.status_code == 400
    assert "<script>" not in r.text and "<b>" not in r.text


def test_a_body_that_is_not_utf8(client):
    r = client.post("/wet/bereken", content=b"peildatum=\xff\xfe", headers=FORM)
    assert r.status_code == 400


def test_a_seed_is_cited_as_a_document_not_as_a_link(client):
    r = client.get("/wet/parameter/financiering.spuk.bedrag_cohort_jaar_1")
    assert "<cite>Seed 002_2eb3e0c52931f530.txt l.4497-4499" in r.text
    assert not re.search(r'<a href="[^"]*">Seed 00', r.text)
    assert '>Besluit inburgering 2021, art. 10.2' in r.text  # the article the figure rests on keeps its own link


def test_no_internal_names_on_any_page(client):
    """Pages for readers show no rulebook file, no code marks, no default-date or Python booleans (issue 14 item 5).

    Source code (in <details>) and <code> names are for developers and stay as they are."""
    from openfisca_core.parameters import Parameter

    from inburgering_rules.systeem import systeem

    tbs = systeem()
    paginas = ["/wet", "/wet/artikelen", "/wet/bereken?" + ANNA] + [f"/wet/variabele/{n}" for n in tbs.variables]
    paginas += [f"/wet/parameter/{p.name}" for p in tbs.parameters.get_descendants() if isinstance(p, Parameter)]
    for pagina in paginas:
        tekst = re.sub(r"<details>.*?</details>|<code>.*?</code>", "", client.get(pagina).text, flags=re.S)
        for intern in ("RULEBOOK", "0001-01-01", "``", ">True<", ">False<", "standaard False", "ETERNITY"):
            assert intern not in tekst, (pagina, intern)


def test_the_explanation_gives_the_aow_age_in_years(client):
    r = client.post("/wet/bereken", content=ANNA, headers=FORM)
    uitleg = r.text.split('id="inburgeringsplichtig"', 1)[1].split("</section>", 1)[0]
    assert ": 67 jaar <span" in uitleg  # the AOW age on 5 January 2024 (804 months in the parameter file)
    assert "804 maanden" not in uitleg
