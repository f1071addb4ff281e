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
