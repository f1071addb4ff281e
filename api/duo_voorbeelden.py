"""Examples for /duo, built field by field from DUO's schemas (API versions in
``inburgering_rules.duo.vertaling.DUO_API_VERSIES``); shown in /spec and docs/duo.md, run by the tests."""

BEOORDELING = {
    "peildatum": "2024-01-05",
    "personen": {
        # An asielstatushouder with a PIP in the B1-route: DUO and the rules agree.
        "999993653": {
            "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2022-03-01",
                                   "datumKennisgevingInburgeringsplicht": "2022-03-15"},
            "doelgroep": {"indeling": "Asielstatushouder", "begindatum": "2022-03-01",
                          "gedetailleerdeDoelgroep": "Asielstatushouder"},
            "inburgeringstermijn": {"startdatum": "2022-06-02", "einddatum": "2025-06-01"},
            "pip": {"gemeentecode": "0622", "pip": {"dagtekeningPip": "2022-06-01", "leerroute": "B", "niveau": "B1"}},
            "lbt_resultaten": [{"resultaat": "B1-route haalbaar", "behaaldeScore": "61,00", "benodigdeScore": "50,00",
                                "datumAfname": "2022-05-10"}],
            "examenresultaten": [{"examendatum": "2023-03-01", "resultaat": "Geslaagd", "onderdeel": "KNM"},
                                 {"examendatum": "2023-06-01", "resultaat": "Geslaagd", "onderdeel": "LE", "niveau": "B1"}],
            "ontheffingen": [],
            "vrijstellingen": [],
            "map": {"datumEindgesprekMap": "2023-05-01"},
            "gegevens": {"geboortedatum": "1990-05-01", "nationaliteit": "OVERIG", "datum_verblijfsrecht": "2022-03-01",
                         "datum_inschrijving_brp": "2022-04-01"},
        },
        # DUO registers a plicht and a term end one day late; the BRP says the person is an EU citizen.
        "999990019": {
            "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2022-09-01"},
            "doelgroep": {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Gezinsvormer"},
            "inburgeringstermijn": {"startdatum": "2022-11-16", "einddatum": "2025-11-16"},
            "gegevens": {"geboortedatum": "1988-02-10", "nationaliteit": "EU_EER_ZWITSERS",
                         "datum_verblijfsrecht": "2022-09-01"},
        },
    },
}

PIP_CONTROLE = {
    "peildatum": "2024-01-05",
    "personen": {
        # An onderwijsroute at niveau A2 (DUO refuses it) for a gezinsmigrant.
        "999993653": {
            "nieuw_pip": {"dagtekeningPip": "2023-12-01", "leerroute": "O", "niveau": "A2",
                          "indicatorAlfabetiseringsonderwijs": "NVT"},
            "inburgeringsplicht": {"indicatorInburgeringsplicht": True, "begindatum": "2023-09-01",
                                   "datumKennisgevingInburgeringsplicht": "2023-09-20"},
            "doelgroep": {"indeling": "Gezinsmigrant en overige migrant", "gedetailleerdeDoelgroep": "Gezinshereniger"},
            "gegevens": {"geboortedatum": "2001-01-15", "nationaliteit": "OVERIG", "datum_verblijfsrecht": "2023-09-01",
                         "datum_inschrijving_brp": "2023-09-05"},
        },
    },
}
