import numpy as np
from openfisca_core.periods import YEAR

from inburgering_rules.entities import Gemeente
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.geldregels import op_centen
from inburgering_rules.rules import datum_parameter, niet_negatief
from inburgering_rules.wetten import BI2021, artikel


class prestatiebekostiging(Geldbedrag):
    """Prestatiebekostiging voor begrotingsjaar Y (Bi2021 art. 10.1): het aantal inburgeringstrajecten
    dat in Y−2 met een inburgeringsdiploma of -certificaat is afgerond, maal een gewicht van 10% van de
    gemiddelde prijs van de leerroutes (€ 10.000), dus € 1.000 per afgerond traject. 0 vóór 2026."""

    value_type = float
    entity = Gemeente
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Prestatiebekostiging"
    reference = [artikel(BI2021, "10.1")]

    def formula(gemeente, period, parameters):
        """Vanaf begrotingsjaar 2026 (Bi2021 art. 10.1, seed 003 l.450); daarvoor 0."""
        p = parameters(period).financiering.prestatiebekostiging
        ingangsjaar = int(datum_parameter(p.ingangsdatum).astype("datetime64[Y]").astype(np.int64)) + 1970
        peiljaar = period.offset(-int(p.terugkijkjaren))
        afgerond = niet_negatief(gemeente, "aantal_afgeronde_inburgeringstrajecten", peiljaar)
        prestatiebekostiging_ingevoerd = period.start.year >= ingangsjaar
        if not prestatiebekostiging_ingevoerd:
            return np.zeros(afgerond.shape, dtype=np.float64)
        gewicht_per_traject = p.gewicht * p.gemiddelde_prijs_leerroute
        return op_centen(afgerond * gewicht_per_traject)
