import numpy as np
from openfisca_core.periods import YEAR, period as make_period

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import eerste_prestatiejaar, eerste_spuk_cohortjaar, op_centen
from inburgering_rules.rules import niet_negatief
from inburgering_rules.wetten import BI2021, artikel


class prestatiebekostiging(Geldbedrag):
    """De prestatieterm AIA (jaar t−2) × [d] van de gemeentelijke grondslag voor begrotingsjaar t
    (Bi2021 art. 10.2 lid 3, definitieve uitkering; art. 10.1 lid 4 voor de voorlopige): het aantal
    "met een inburgeringsdiploma of inburgeringscertificaat afgeronde inburgeringstrajecten van
    asielstatushouders in het betreffende jaar t-2" maal het gewicht [d].

    - [d]: "Bij ministeriële regeling worden de gewichten a tot en met d [...] vastgesteld" (art. 10.3
      lid 4); de Regeling is niet gelezen. Gerapporteerd (seed 003 l.454): 10 % van de prijs van de
      leerroutes, € 10.000, dus € 1.000 per traject, vanaf 2026 (l.450); daarvoor 0.
    - Art. 10.3 lid 5 (versies 2022-01-01 en 2026-04-02): "in het eerste jaar nadat [...] een gewicht
      wordt toegekend dat groter is dan 0" tellen "alle vanaf de inwerkingtreding van de wet
      aangevangen en inmiddels [...] afgeronde inburgeringstrajecten van asielstatushouders tot en met
      jaar t-2": in 2026 de trajecten afgerond in 2022, 2023 en 2024 samen; daarna alleen t−2.
    Het bedrag is een deel van de grondslag (GG), geen los uitgekeerd bedrag: de gemeente ontvangt
    GG / SOM GG × TBA (``spuk_deel_asielstatushouders``).
    """

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Prestatiebekostiging (prestatieterm van de gemeentelijke grondslag)"
    reference = [artikel(BI2021, "10.2", lid=3), artikel(BI2021, "10.3", lid=4), artikel(BI2021, "10.3", lid=5)]

    def formula_2022_01_01(gemeente, period, parameters):
        """Sinds 2022 (Bi2021 hoofdstuk 10); 0 vóór het eerste jaar met een gewicht groter dan 0."""
        p = parameters(period).financiering.prestatiebekostiging
        jaar = period.start.year
        terugkijken = int(p.terugkijkjaren)
        peiljaar = jaar - terugkijken
        eerste_jaar = eerste_prestatiejaar(parameters, period)
        if jaar < eerste_jaar:
            return np.zeros(gemeente.count, dtype=np.float64)
        # Art. 10.3 lid 5: in the first year every trajectory since the law took effect counts.
        vanaf = eerste_spuk_cohortjaar(parameters, period) if jaar == eerste_jaar else peiljaar
        afgerond = sum(
            niet_negatief(gemeente, "aantal_afgeronde_inburgeringstrajecten", make_period(f"{j}"))
            for j in range(vanaf, peiljaar + 1)
        )
        gewicht_per_traject = p.gewicht * p.gemiddelde_prijs_leerroute
        return op_centen(afgerond * gewicht_per_traject)
