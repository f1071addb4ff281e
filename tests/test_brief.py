"""Letters a reader understands (issue 14 item 4): /explain's ``letter`` in plain Dutch at B1 level.

Every template is measured: Flesch-Douma at least 60 ("fairly easy"), no sentence over 15 words, on
average at most 12, and no word over 13 letters except the few legal terms the letter explains
(GLOSSARIUM). Dates are written out, amounts in euros, months as years.
"""

import copy

import pytest
from fastapi.testclient import TestClient

from api.examples import SITUATIE
from api.main import app
from inburgering_rules import brief, leesbaarheid
from inburgering_rules.enums import Doelgroep, Inburgeringsregime, RedenGeenInburgeringsplicht
from inburgering_rules.systeem import systeem
from inburgering_rules.uitleg import maanden_tekst, waarde_tekst

GLOSSARIUM = {"inburgeringsplichtig", "verblijfsvergunning", "asielstatushouders", "gezinsmigranten",
              "Liechtenstein", "nationaliteit"}


def _alle_brieven():
    tbs = systeem()
    for reden in RedenGeenInburgeringsplicht:
        yield f"reden {reden.name}", brief.brief("reden_geen_inburgeringsplicht", reden.name, "2024-01-05", reden.name)
    for regime in Inburgeringsregime:
        yield f"regime {regime.name}", brief.brief("inburgeringsregime", regime.name, "2024-01-05")
    for groep in Doelgroep:
        yield f"doelgroep {groep.name}", brief.brief("doelgroep", groep.name, "2024-01-05")
    for naam in ("datum_aanvang_inburgeringsplicht", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum"):
        for waarde in ("2025-06-01", "9999-12-31"):
            yield f"{naam} {waarde}", brief.brief(naam, waarde, "2024-01-05")
    for naam in ("boete_pvt", "pip_te_laat", "leerroute", "mag_lenen_bij_duo"):
        variabele = tbs.variables[naam]
        waarde = {float: 340.0, bool: True}.get(variabele.value_type, "B1")
        yield naam, brief.brief(naam, waarde, "2024-01-05", None, variabele)


@pytest.mark.parametrize(("wat", "tekst"), list(_alle_brieven()), ids=lambda x: x if isinstance(x, str) and len(x) < 60 else "")
def test_every_letter_reads_at_b1(wat, tekst):
    meting = leesbaarheid.meet(tekst)
    assert meting.flesch_douma >= 60, (wat, meting, tekst)
    assert meting.langste_zin <= 15, (wat, tekst)
    assert meting.woorden / max(meting.zinnen, 1) <= 12, (wat, tekst)
    assert set(meting.lange_woorden) <= GLOSSARIUM, (wat, meting.lange_woorden)
    for intern in ("_", "9999", "RULEBOOK", "True", "False", "ETERNITY"):
        assert intern not in tekst, (wat, tekst)


def test_the_readability_measure_itself():
    makkelijk = leesbaarheid.meet("U moet inburgeren. Dit geldt op 5 januari 2024.")
    moeilijk = leesbaarheid.meet(
        "Inburgeringsplichtig is de vreemdeling die rechtmatig verblijf verkrijgt in de zin van artikel 8, onderdelen "
        "a en c, van de Vreemdelingenwet 2000, die 16 jaar of ouder is en de pensioengerechtigde leeftijd, bedoeld in "
        "artikel 7a, eerste lid, van de Algemene Ouderdomswet, nog niet heeft bereikt.")
    assert makkelijk.zinnen == 2 and makkelijk.flesch_douma > 60
    assert moeilijk.flesch_douma < 40 and moeilijk.langste_zin > 30  # the statute itself is not B1
    assert leesbaarheid.lettergrepen("inburgeren") == 4 and leesbaarheid.lettergrepen("huis") == 1


def test_months_are_years_and_money_is_euros():
    assert maanden_tekst(804) == "67 jaar" and maanden_tekst(807) == "67 jaar en 3 maanden"
    assert waarde_tekst(804, "month") == "67 jaar" and waarde_tekst(6, "month") == "6 maanden"
    assert waarde_tekst(340, "currency-EUR") == "€ 340,00"


def test_explain_adds_the_letter_and_keeps_its_shape():
    client = TestClient(app)
    r = client.post("/explain", json=copy.deepcopy(SITUATIE))
    anna = r.json()["personen"]["anna"]["inburgeringstermijn_einddatum"]["2024-01-05"]
    for veld in ("value", "language", "outcome", "conditions", "articles", "parameters", "missing_inputs", "text"):
        assert veld in anna  # the old shape stays
    assert anna["letter"] == "U moet uiterlijk op 1 juni 2025 klaar zijn met inburgeren."
    assert anna["legal_basis"] == anna["articles"] and anna["readability"]["flesch_douma"] >= 60
    bob = r.json()["personen"]["bob"]["reden_geen_inburgeringsplicht"]["2024-01-05"]
    assert bob["letter"].startswith("U hoeft niet in te burgeren. Dit geldt op 5 januari 2024. De reden: u woont hier")
