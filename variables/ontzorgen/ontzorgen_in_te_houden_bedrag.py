import numpy as np
from openfisca_core.periods import MONTH

from inburgering_rules.entities import Persoon
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import PW, artikel

VASTE_LASTEN = ("huur", "energiekosten", "waterkosten", "zorgverzekeringspremie")


class ontzorgen_in_te_houden_bedrag(Geldbedrag):
    """Bedrag dat het college in deze maand uit de bijstand betaalt aan verhuurder, energie- en
    waterleverancier en zorgverzekeraar (Participatiewet art. 56a lid 2, versie 2022-01-01, gelijk
    2026-07-01: "betalingen uit de toegekende bijstand van huur, gas, water en stroom en de verplichte
    zorgverzekering"; gas en stroom samen in ``energiekosten``). Ten hoogste de bijstand van die maand:
    de betalingen gaan "uit de toegekende bijstand". 0 in een maand zonder financieel ontzorgen."""

    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bij financieel ontzorgen in te houden bedrag"
    reference = [artikel(PW, "56a", lid=2)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 (art. 56a Pw). Negatieve bedragen worden geweigerd."""
        ontzorgen = persoon("financieel_ontzorgen_verplicht", period)
        bijstand = niet_negatief(persoon, "bijstandsuitkering", period)
        vaste_lasten = sum(niet_negatief(persoon, post, period) for post in VASTE_LASTEN)
        uit_de_bijstand_te_betalen = np.minimum(vaste_lasten, bijstand)
        return np.where(ontzorgen, uit_de_bijstand_te_betalen, 0.0)
