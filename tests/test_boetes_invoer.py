"""Missing facts of the fines (RULEBOOK §6): a 400 naming the field at personen/<id>/<field>."""

from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)
JAAR = "2023"

# Asielstatushouder under the Wi2021: permit 2022-01-05, PIP 2022-01-20, term 2022-01-21 .. 2025-01-20.
ANNA = {
    "geboortedatum": {"ETERNITY": "1990-05-01"},
    "verblijfsgrond": {"ETERNITY": "ASIEL"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-01-05"},
    "datum_dagtekening_pip": {"ETERNITY": "2022-01-20"},
}


def post(personen):
    body = {"personen": {
        pid: {**ANNA, **facts, "boete_pip_niet_nakomen": {JAAR: None}} for pid, facts in personen.items()
    }}
    return client.post("/calculate", json=body)


def overtredingen(aantal):
    return {"aantal_pip_overtredingen_overig": {JAAR: aantal}}


def test_regressie_pip_boete_nam_stil_50_procent_verwijtbaarheid_aan():
    # Bi2021 art. 7.1 lid 4 (versie 2022-01-01, gelijk 2026-04-02): the percentage follows the culpability
    # the college established; one breach and no culpability given used to be a silent € 25.
    response = post({"anna": overtredingen(1)})
    assert response.status_code == 400, response.text
    fout = response.json()["personen"]["anna"]["verwijtbaarheid_pip_overtredingen"]
    assert "required" in str(fout) and "7.1 lid 4" in str(fout)


def test_verwijtbaarheid_opgegeven_geeft_de_boete():
    # lid 2 (€ 50) × lid 4 a (opzet, 100 %) = € 50.
    response = post({"anna": {**overtredingen(1), "verwijtbaarheid_pip_overtredingen": {JAAR: "OPZET"}}})
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["anna"]["boete_pip_niet_nakomen"][JAAR] == 50


def test_niet_opgegeven_is_ook_expliciet_niet_opgegeven():
    facts = {**overtredingen(2), "verwijtbaarheid_pip_overtredingen": {JAAR: "NIET_OPGEGEVEN"}}
    response = post({"anna": facts})
    assert response.status_code == 400, response.text
    assert "verwijtbaarheid_pip_overtredingen" in response.json()["personen"]["anna"]


def test_in_een_batch_wordt_alleen_wie_het_mist_genoemd():
    # Unlike a yes/no fact, the enum's own "not given" member marks each person who did not give it.
    response = post({
        "anna": {**overtredingen(1), "verwijtbaarheid_pip_overtredingen": {JAAR: "GROVE_SCHULD"}},
        "bert": overtredingen(3),
    })
    assert response.status_code == 400, response.text
    personen = response.json()["personen"]
    assert "verwijtbaarheid_pip_overtredingen" in personen["bert"]
    assert "anna" not in personen


def test_niet_gevraagd_waar_de_boete_er_niet_van_afhangt():
    # No breach; bijstand already lowered (Wi2021 art. 27); no room left under the € 2.400 of lid 5.
    response = post({
        "geen": overtredingen(0),
        "bijstand": {**overtredingen(3), "bijstand_verlaagd_voor_zelfde_gedraging": {"ETERNITY": True}},
        "vol": {**overtredingen(3), "pip_boetes_eerder_in_termijn": {JAAR: 2400}},
    })
    assert response.status_code == 200, response.text
    assert all(p["boete_pip_niet_nakomen"][JAAR] == 0 for p in response.json()["personen"].values())


# Gezinsmigrant under the Wi2021 after the term (2022-04-15 .. 2025-04-14), PVT not completed.
GERT = {
    "geboortedatum": {"ETERNITY": "1988-07-01"},
    "verblijfsgrond": {"ETERNITY": "GEZINSMIGRATIE"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-02-01"},
    "datum_dagtekening_pip": {"ETERNITY": "2022-04-14"},
    "leerroute": {"ETERNITY": "B1"},
    "taalexamens_behaald": {"ETERNITY": 4},
    "knm_examen_behaald": {"ETERNITY": True},
    "map_afgerond": {"ETERNITY": True},
}
DAG = "2026-05-01"


def herhaald(facts):
    body = {"personen": {"gert": {**GERT, **facts, "boete_pvt_map_herhaald": {DAG: None}}}}
    return client.post("/calculate", json=body)


def test_na_een_boetebeschikking_is_het_einde_van_de_nieuwe_termijn_nodig():
    # Wi2021 art. 24 lid 3 (versie 2022-01-01): the second fine falls when the new term of lid 2 has passed.
    response = herhaald({"aantal_eerdere_duo_boetebeschikkingen": {"ETERNITY": 1}})
    assert response.status_code == 400, response.text
    fout = response.json()["personen"]["gert"]["einde_nieuwe_termijn_laatste_duo_boetebeschikking"]
    assert "required" in str(fout)


def test_na_drie_boetebeschikkingen_is_de_bekendmaking_nodig():
    # Wi2021 art. 24 lid 4 (versie 2022-01-01): "iedere twee jaar", from the last decision.
    response = herhaald({"aantal_eerdere_duo_boetebeschikkingen": {"ETERNITY": 3}})
    assert response.status_code == 400, response.text
    assert "datum_bekendmaking_laatste_duo_boetebeschikking" in response.json()["personen"]["gert"]


def test_nieuwe_termijn_kan_niet_eindigen_voor_de_bekendmaking():
    # Wi2021 art. 24 lid 2: the new term runs "na het bekendmaken van de boetebeschikking".
    response = herhaald({
        "aantal_eerdere_duo_boetebeschikkingen": {"ETERNITY": 1},
        "datum_bekendmaking_laatste_duo_boetebeschikking": {"ETERNITY": "2025-05-01"},
        "einde_nieuwe_termijn_laatste_duo_boetebeschikking": {"ETERNITY": "2025-04-30"},
    })
    assert response.status_code == 400, response.text
    assert "einde_nieuwe_termijn_laatste_duo_boetebeschikking" in response.json()["personen"]["gert"]


def test_negatief_aantal_boetebeschikkingen_is_400():
    response = herhaald({"aantal_eerdere_duo_boetebeschikkingen": {"ETERNITY": -1}})
    assert response.status_code == 400, response.text
    assert "at least 0" in str(response.json()["personen"]["gert"]["aantal_eerdere_duo_boetebeschikkingen"])


def test_zonder_eerdere_beschikking_worden_de_data_niet_gevraagd():
    response = herhaald({})
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["gert"]["boete_pvt_map_herhaald"][DAG] == 0
