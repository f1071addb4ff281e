"""Impossible or missing facts of RULEBOOK §4 and §5: a 400 naming the field at personen/<id>/<field>."""

import pytest
from fastapi.testclient import TestClient

from api.main import app

client = TestClient(app)
DAG = "2024-12-01"

# Asielstatushouder under the Wi2021: PIP dated 2022-05-31, term from 2022-06-01.
ANNA = {
    "geboortedatum": {"ETERNITY": "1990-05-01"},
    "verblijfsgrond": {"ETERNITY": "ASIEL"},
    "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
    "datum_dagtekening_pip": {"ETERNITY": "2022-05-31"},
    "datum_kennisgeving_inburgeringsplicht": {"ETERNITY": "2022-03-15"},
    "datum_inschrijving_brp": {"ETERNITY": "2022-04-01"},
    "leerbaarheidstoets_b1_haalbaar": {"ETERNITY": True},
}


def post(facts, wanted, person_id="anna"):
    body = {"personen": {person_id: {**ANNA, **facts, wanted: {DAG: None}}}}
    return client.post("/calculate", json=body)


def fout_bij(response, veld, person_id="anna"):
    assert response.status_code == 400, response.text
    personen = response.json()["personen"]
    assert veld in personen[person_id], response.text
    return personen[person_id][veld]


@pytest.mark.parametrize(
    "veld, waarde, gevraagd",
    [
        ("aantal_voortgangsgesprekken", -1, "voortgangsgesprekken_achterstand"),
        ("aantal_bevallingen_tijdens_termijn", -1, "verlenging_wegens_bevalling_dagen"),
        ("ziekte_dagen_tijdens_termijn", -30, "verlenging_wegens_ziekte_dagen"),
        ("uren_nt2_les_keurmerk", -600, "afschalen_naar_a2_toegestaan"),
        ("uren_nt2_les_keurmerk", -1, "recht_op_automatische_verlenging"),
        ("z_route_cursusuren", -800, "z_route_afgerond"),
        ("z_route_participatie_uren", -1, "z_route_afgerond"),
        ("taalexamens_behaald", -1, "leerroute_afgerond"),
        ("ziekte_dagen_naaste_tijdens_termijn", -1, "verlenging_wegens_ziekte_dagen"),
        ("uren_taalles_en_knm", -1, "recht_op_verlenging_aanzienlijke_inspanningen"),
        ("bevallingen_eerder_verlengd", -1, "verlenging_wegens_bevalling_dagen"),
        ("participatieverklaring_verlenging_dagen", -1, "participatieverklaring_termijn_einddatum"),
        ("onderbreking_inburgeringsplicht_dagen", -1, "inburgeringstermijn_einddatum"),
    ],
)
def test_negatief_aantal_is_400_met_het_veld(veld, waarde, gevraagd):
    facts = {veld: {"ETERNITY": waarde}, "leerroute": {"ETERNITY": "B1"}}
    assert "at least 0" in fout_bij(post(facts, gevraagd), veld)


@pytest.mark.parametrize("gevraagd", ["leerroute_afgerond", "recht_op_automatische_verlenging"])
def test_meer_dan_vier_taalexamens_is_400(gevraagd):
    facts = {"taalexamens_behaald": {"ETERNITY": 5}, "leerroute": {"ETERNITY": "B1"}}
    assert "at most 4" in fout_bij(post(facts, gevraagd), "taalexamens_behaald")


def test_vier_taalexamens_is_toegestaan():
    facts = {"taalexamens_behaald": {"ETERNITY": 4}, "leerroute": {"ETERNITY": "B1"},
             "knm_examen_behaald": {"ETERNITY": True}}
    response = post(facts, "leerroute_afgerond")
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["anna"]["leerroute_afgerond"] == {DAG: True}


@pytest.mark.parametrize(
    "veld, gevraagd",
    [
        ("datum_dagtekening_pip", "pip_te_laat"),
        ("datum_kennisgeving_inburgeringsplicht", "pip_uiterste_datum"),
        ("datum_inschrijving_brp", "pip_uiterste_datum"),
        ("datum_kennisgeving_inburgeringsplicht", "pip_te_laat"),
        ("datum_ontvangst_informatie_derde", "pip_uiterste_datum"),
        ("datum_inschrijving_andere_gemeente", "pip_andere_gemeente_uiterste_datum"),
        ("datum_participatieverklaring_ondertekend", "mag_lenen_bij_duo"),
    ],
)
def test_gebeurtenis_voor_de_geboortedatum_is_400(veld, gevraagd):
    message = fout_bij(post({veld: {"ETERNITY": "1990-04-30"}}, gevraagd), veld)
    assert "geboortedatum" in message


@pytest.mark.parametrize("veld", ["datum_kennisgeving_inburgeringsplicht", "datum_inschrijving_brp"])
def test_gebeurtenis_op_de_geboortedatum_is_mogelijk(veld):
    response = post({veld: {"ETERNITY": "1990-05-01"}}, "pip_uiterste_datum")
    assert response.status_code == 200, response.text


def test_alleen_de_persoon_met_het_onmogelijke_gegeven_wordt_genoemd():
    body = {
        "personen": {
            "anna": {**ANNA, "pip_te_laat": {DAG: None}},
            "bob": {**ANNA, "datum_dagtekening_pip": {"ETERNITY": "1980-01-01"}, "pip_te_laat": {DAG: None}},
        }
    }
    response = client.post("/calculate", json=body)
    assert "datum_dagtekening_pip" in fout_bij(response, "datum_dagtekening_pip", "bob")
    assert "anna" not in response.json()["personen"]


def test_leerroute_indicatie_zonder_leerbaarheidstoets_noemt_de_toets():
    facts = {k: v for k, v in ANNA.items() if k != "leerbaarheidstoets_b1_haalbaar"}
    body = {"personen": {"anna": {**facts, "leerroute_indicatie": {DAG: None}}}}
    response = client.post("/calculate", json=body)
    assert "required" in fout_bij(response, "leerbaarheidstoets_b1_haalbaar")


def test_leerroute_indicatie_van_een_niet_plichtige_vraagt_geen_toets():
    body = {"personen": {"nl": {"nationaliteit": "NEDERLANDS", "leerroute_indicatie": {DAG: None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["nl"]["leerroute_indicatie"] == {DAG: "GEEN"}


def test_leerroute_indicatie_met_toets_werkt_over_meerdere_dagen():
    # 2022-01-01: residence right not yet known, so not plichtig (GEEN, toets not read);
    # 2024-12-01: plichtig, toets says B1 feasible and no perspectief: B1.
    body = {"personen": {"anna": {**ANNA, "leerroute_indicatie": {"2022-01-01": None, DAG: None}}}}
    response = client.post("/calculate", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["personen"]["anna"]["leerroute_indicatie"] == {"2022-01-01": "GEEN", DAG: "B1"}


def test_meer_bevallingen_verlengd_dan_er_waren_is_400():
    facts = {
        "aantal_bevallingen_tijdens_termijn": {"ETERNITY": 1},
        "bevallingen_eerder_verlengd": {"ETERNITY": 2},
    }
    message = fout_bij(post(facts, "verlenging_wegens_bevalling_dagen"), "bevallingen_eerder_verlengd")
    assert "aantal_bevallingen_tijdens_termijn" in message


@pytest.mark.parametrize(
    "gevraagd", ["voortgangsgesprekken_achterstand", "minimaal_aantal_voortgangsgesprekken"]
)
def test_aantal_voortgangsgesprekken_uit_het_pip_ontbreekt_is_400(gevraagd):
    # Bi2021 art. 5.3 lid 4: the PIP sets the number; ANNA's first 12 months ended on 2023-06-01.
    response = post({"aantal_voortgangsgesprekken": {"ETERNITY": 1}}, gevraagd)
    assert response.status_code == 400, response.text
    assert "aantal_voortgangsgesprekken_volgens_pip" in response.text


def test_negatief_aantal_voortgangsgesprekken_uit_het_pip_is_400():
    facts = {"aantal_voortgangsgesprekken_volgens_pip": {"ETERNITY": -2}}
    veld = "aantal_voortgangsgesprekken_volgens_pip"
    message = fout_bij(post(facts, "minimaal_aantal_voortgangsgesprekken"), veld)
    assert "at least 0" in message


@pytest.mark.parametrize(
    "feiten, veld, gevraagd",
    [
        (
            {"volgt_vrijstellende_opleiding": {"ETERNITY": True}},
            "datum_einde_vrijstellende_opleiding",
            "inburgeringsplichtig",
        ),
        (
            {"volgt_vrijstellende_opleiding": {"ETERNITY": True}},
            "datum_einde_vrijstellende_opleiding",
            "toepasselijke_inburgeringswet",
        ),
        (
            {"niet_vrijstellende_opleiding_tijdens_termijn": {"ETERNITY": True}, "leerroute": {"ETERNITY": "B1"}},
            "datum_einde_niet_vrijstellende_opleiding",
            "leerroute_wijzigen_toegestaan",
        ),
    ],
)
def test_einde_opleiding_voor_de_geboortedatum_is_400(feiten, veld, gevraagd):
    # An education cannot end before the person is born (niet_eerder_dan via niet_voor_geboorte).
    message = fout_bij(post({**feiten, veld: {"ETERNITY": "1990-04-30"}}, gevraagd), veld)
    assert "geboortedatum" in message


@pytest.mark.parametrize(
    "veld, gevraagd",
    [
        ("datum_einde_vrijstellende_opleiding", "inburgeringsplichtig"),
        ("datum_einde_niet_vrijstellende_opleiding", "leerroute_wijzigen_toegestaan"),
    ],
)
def test_einde_opleiding_op_de_geboortedatum_is_mogelijk(veld, gevraagd):
    response = post({veld: {"ETERNITY": "1990-05-01"}, "leerroute": {"ETERNITY": "B1"}}, gevraagd)
    assert response.status_code == 200, response.text


def test_onderbreking_van_meer_dan_een_jaar_is_400():
    # Bi2021 art. 2.1 lid 2: "gedurende een tijdvak van maximaal een jaar"; 366 days is the longest.
    facts = {"onderbreking_inburgeringsplicht_dagen": {"ETERNITY": 367}}
    message = fout_bij(post(facts, "inburgeringstermijn_einddatum"), "onderbreking_inburgeringsplicht_dagen")
    assert "at most 366" in message
