import numpy as np
from openfisca_core.periods import DAY

from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime, Verblijfsgrond
from inburgering_rules.geld import Geldbedrag
from inburgering_rules.wetten import BI2013, BI2021, WI2013, artikel


class duo_lening_maximum(Geldbedrag):
    """Het hoogste bedrag dat DUO de persoon op de peildatum kan lenen; 0 zonder aanspraak
    (``mag_lenen_bij_duo``).

    - Wi2021: Bi2021 art. 6.2 lid 1 (versie 2022-01-01, gelijk 2026-04-02): "een lening van ten
      hoogste € 10.000"; de hoogte zelf hangt af van het toetsingsinkomen (lid 2, niet gemodelleerd).
      Sinds 2026-04-02 krijgt de persoon van art. 6.1 een lening "van ten hoogste € 10.000" op grond
      van art. 6.2a lid 2 (voor de examenonderdelen en cursussen die daar staan) in plaats van art. 6.2
      lid 1: hetzelfde maximum.
    - Wi2013: Besluit inburgering art. 4.1a. Versie 2013-01-01 (gelijk 2015-01-01): lid 1 "ten hoogste €
      5.000,–", lid 3 "ten hoogste € 10.000,–" voor wie een verblijfsvergunning asiel voor bepaalde tijd
      heeft of als gezinslid bij een asielvergunninghouder verblijft (``ASIEL``, ``NAREIZIGER_REGULIER``).
      Sinds versie 2016-11-29 (gelijk 2021-12-31): lid 1 "ten hoogste € 10.000,–" voor iedereen.
    Het maximum geldt voor de lening als geheel; wat al geleend is, wordt niet afgetrokken (geen invoer).
    """

    value_type = float
    entity = Persoon
    definition_period = DAY
    unit = "currency-EUR"
    label = "Maximale DUO-lening"
    reference = [
        artikel(BI2021, "6.2", lid=1), artikel(BI2021, "6.2a", lid=2), artikel(BI2013, "4.1a", lid=1),
        artikel(WI2013, "16"),
    ]

    def formula_2013_01_01(persoon, period, parameters):
        """Van 2013 tot 2022: alleen de Wi2013 (Besluit inburgering art. 4.1a lid 1 en 3)."""
        mag_lenen = persoon("mag_lenen_bij_duo", period)
        return np.where(mag_lenen, maximum_wi2013(persoon, period, parameters), 0.0)

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01 ook de Wi2021 (Bi2021 art. 6.2 lid 1; sinds 2026-04-02 art. 6.2a lid 2 voor de
        persoon van art. 6.1, hetzelfde maximum)."""
        p = parameters(period).financiering.lening
        mag_lenen = persoon("mag_lenen_bij_duo", period)
        wi2013 = persoon("inburgeringsregime", period) == Inburgeringsregime.WI2013
        maximum = np.where(wi2013, maximum_wi2013(persoon, period, parameters), float(p.maximum_bedrag))
        return np.where(mag_lenen, maximum, 0.0)


def maximum_wi2013(persoon, period, parameters) -> np.ndarray:
    """Besluit inburgering art. 4.1a lid 3 (tot 2016-11-29): the higher cap for an asylum permit holder
    (art. 28 Vw 2000) and his family member; from 2016-11-29 both caps are € 10.000."""
    p = parameters(period).financiering.lening
    grond = persoon("verblijfsgrond", period)
    asiel_of_gezinslid = (grond == Verblijfsgrond.ASIEL) | (grond == Verblijfsgrond.NAREIZIGER_REGULIER)
    return np.where(asiel_of_gezinslid, float(p.maximum_bedrag_wi2013_asiel), float(p.maximum_bedrag_wi2013))
