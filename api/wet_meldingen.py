"""The rule engine's messages (English, the API's contract) said in Dutch for the explorer's form.

Each message is mapped to a short Dutch sentence a case worker understands; the field it belongs to
is shown beside it. A message this module does not know gets a general Dutch sentence, never the
English text.
"""

from __future__ import annotations

import re

from inburgering_rules.systeem import systeem


def _label(naam: str) -> str:
    variabele = systeem().variables.get(naam)
    return (variabele.label if variabele is not None else naam).lower()


_PATRONEN = (
    (re.compile(r"'(\w+)' is required"),
     lambda m: "Vul dit in: zonder dit gegeven kan de uitkomst niet bepaald worden."),
    (re.compile(r"expected a number at least (-?\d+) and at most (-?\d+)"),
     lambda m: f"Dit getal kan niet. Het moet tussen {m.group(1)} en {m.group(2)} liggen."),
    (re.compile(r"expected a number at least (-?\d+)"),
     lambda m: f"Dit getal kan niet. Het moet {m.group(1)} of meer zijn."),
    (re.compile(r"expected a number at most (-?\d+)"),
     lambda m: f"Dit getal kan niet. Het mag hoogstens {m.group(1)} zijn."),
    (re.compile(r"(?:not before|on or after|after) '?(\w+)'?"),
     lambda m: f"Deze datum kan niet: hij ligt vóór de {_label(m.group(1))}."),
    (re.compile(r"is not a date that exists"), lambda m: "Deze datum bestaat niet. Schrijf hem als JJJJ-MM-DD."),
    (re.compile(r"expected one of"), lambda m: "Kies een waarde uit de lijst."),
    (re.compile(r"expected a whole number"), lambda m: "Vul een heel getal in."),
    (re.compile(r"Parameter '([\w.]+)' has no known value on (\d{4}-\d{2}-\d{2})"),
     lambda m: f"Voor deze datum is een getal uit de wet onbekend ({m.group(1)} op {m.group(2)}). "
               "Het model rekent dan niet; kies een andere peildatum."),
    (re.compile(r"not modelled|not implemented|before .*law", re.IGNORECASE),
     lambda m: "Voor deze datum kan het model niet rekenen."),
)


def nederlands(bericht: str) -> str:
    """A Dutch sentence for an engine message."""
    for patroon, tekst in _PATRONEN:
        if m := patroon.search(bericht):
            return tekst(m)
    return "Deze waarde klopt niet. Controleer het veld."
