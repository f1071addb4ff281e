"""The two entities of the public vocabulary (RULEBOOK §2)."""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon: de (mogelijk) inburgeringsplichtige",
    doc="Een persoon van wie wordt bepaald of hij inburgeringsplichtig is en wat daaruit volgt.",
    is_person=True,
)

Gemeente = build_entity(
    key="gemeente",
    plural="gemeenten",
    label="Gemeente",
    doc="Een gemeente: SPUK-uitkering en prestatiebekostiging worden uit aantallen berekend.",
    roles=[
        {
            "key": "inburgeraar",
            "plural": "inburgeraars",
            "label": "Inburgeraar",
            "doc": "Een inburgeraar voor wie deze gemeente het college is (Wi2021 art. 1).",
        }
    ],
)

entities = [Persoon, Gemeente]
