from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from inburgering_rules.entities import Persoon
from inburgering_rules.wetten import BI2021, WI2021, artikel


class voldoende_ingeburgerd_aangetoond(Variable):
    """DUO heeft vastgesteld dat de persoon al voldoende is ingeburgerd, en hem daarom vrijgesteld of
    ontheven. Het is een beslissing op aanvraag, zoals ``ontheffing``: niet opgegeven betekent niet verleend.

    - Wi2021 art. 4 lid 1 e (versies 2022-01-01 en 2023-01-01): vrijstelling aan degene die "heeft
      aangetoond al voldoende te zijn ingeburgerd"; Bi2021 art. 2.3 (versie 2022-01-01): verleend indien
      a. ten minste 10 jaar onafgebroken ingezetene volgens de BRP, b. ten minste 5 jaar betaald werk of
      vrijwilligerswerk in Nederland en c. in een gesprek spreek- en luistervaardigheid op B1 vastgesteld.
    - Wet inburgering (2013): ontheffing van Besluit inburgering art. 2.8a lid 1 (versies 2014-03-21 tot en
      met 2020-10-01): "indien Onze Minister van oordeel is dat een inburgeringsplichtige aantoonbaar
      voldoende is ingeburgerd".
    - Wet inburgering tot 2013: art. 5 lid 1 f (versie 2012-11-01): "heeft aangetoond te beschikken over
      voldoende mondelinge en schriftelijke vaardigheden in de Nederlandse taal en evidente kennis van de
      Nederlandse samenleving".
    """

    value_type = bool
    entity = Persoon
    definition_period = ETERNITY
    label = "Heeft aangetoond al voldoende te zijn ingeburgerd (vrijstelling of ontheffing verleend)"
    reference = [artikel(WI2021, "4", lid=1), artikel(BI2021, "2.3")]
