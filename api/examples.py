"""Request examples shown in /spec; the test suite runs every one of them."""

SITUATIE = {
    "personen": {
        "anna": {
            "geboortedatum": {"ETERNITY": "1990-05-01"},
            "nationaliteit": {"ETERNITY": "OVERIG"},
            "verblijfsgrond": {"ETERNITY": "ASIEL"},
            "datum_verblijfsrecht": {"ETERNITY": "2022-03-01"},
            "datum_dagtekening_pip": {"ETERNITY": "2022-06-01"},
            "inburgeringsplichtig": {"2024-01-05": None},
            "reden_geen_inburgeringsplicht": {"2024-01-05": None},
            "inburgeringsregime": {"2024-01-05": None},
            "doelgroep": {"2024-01-05": None},
            "inburgeringstermijn_einddatum": {"2024-01-05": None},
        },
        "bob": {
            "geboortedatum": {"ETERNITY": "1985-09-12"},
            "verblijfsgrond": {"ETERNITY": "TIJDELIJK_DOEL"},
            "datum_verblijfsrecht": {"ETERNITY": "2023-02-01"},
            "reden_geen_inburgeringsplicht": {"2024-01-05": None},
        },
    }
}


def request_body(description: str) -> dict:
    """``openapi_extra`` for an endpoint that takes an OpenFisca situation."""
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {"application/json": {"schema": {"type": "object"}, "example": SITUATIE}},
        }
    }
