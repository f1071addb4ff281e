"""The inputs added by the statute review (2026-12): an impossible date is a 400 naming it."""

from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)


def test_oudkomer_term_before_the_law_existed_is_a_400_naming_the_field():
    # Wet inburgering art. 26 (versie 2012-11-01) could only be applied once the law was in force
    # (2007-01-01): a term set in 2005 is a wrong date, not a reason to keep the old law.
    body = {"personen": {"oud": {"geboortedatum": "1970-01-01", "verblijfsgrond": "OVERIG_NIET_TIJDELIJK",
                                 "datum_verblijfsrecht": "2001-03-01",
                                 "datum_inburgeringstermijn_oudkomer_bepaald": "2005-06-01",
                                 "inburgeringsregime": {"2014-01-01": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 400
    assert "2007-01-01" in response.json()["personen"]["oud"]["datum_inburgeringstermijn_oudkomer_bepaald"]


def test_oudkomer_term_on_2007_01_01_is_accepted():
    body = {"personen": {"oud": {"geboortedatum": "1970-01-01", "verblijfsgrond": "OVERIG_NIET_TIJDELIJK",
                                 "datum_verblijfsrecht": "2001-03-01",
                                 "datum_inburgeringstermijn_oudkomer_bepaald": "2007-01-01",
                                 "inburgeringsregime": {"2014-01-01": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["oud"]["inburgeringsregime"]["2014-01-01"] == "WI2007"


def test_buitenlands_diploma_onder_de_wi2021_is_een_400_met_de_parameter():
    # Wi2021 art. 4 lid 1 b leaves the exempting documents to the Regeling inburgering 2021 art. 2.1, which
    # could not be read: a Belgian diploma (Besluit inburgering art. 2.3 lid 1 c, versie 2021-12-31) has no
    # value from 2022-01-01, so a Wi2021 person holding one gets no guessed answer.
    body = {"personen": {"b": {"geboortedatum": "1990-01-01", "verblijfsgrond": "GEZINSMIGRATIE",
                               "datum_verblijfsrecht": "2022-06-01", "diploma": "BELGISCH_NEDERLANDSTALIG",
                               "inburgeringsplichtig": {"2023-01-01": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 400, response.text
    assert "inburgeringsplicht.vrijstellende_diplomas.BELGISCH_NEDERLANDSTALIG" in response.text


def test_buitenlands_diploma_van_een_wi2013_plichtige_na_2021_heeft_een_antwoord():
    body = {"personen": {"b": {"geboortedatum": "1990-01-01", "verblijfsgrond": "GEZINSMIGRATIE",
                               "datum_verblijfsrecht": "2019-06-01", "diploma": "BELGISCH_NEDERLANDSTALIG",
                               "reden_geen_inburgeringsplicht": {"2023-01-01": None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["b"]["reden_geen_inburgeringsplicht"]["2023-01-01"] == "VRIJSTELLEND_DIPLOMA"
