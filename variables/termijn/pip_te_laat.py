from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import is_nooit, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.rules import voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import BI2021, WI2021, artikel


class pip_te_laat(Variable):
    """Is het PIP op de peildatum te laat vastgesteld (Bi2021 art. 5.3 lid 1; Wi2021 art. 15 lid 3)?

    Waar als (a) het PIP is gedagtekend na ``pip_uiterste_datum``, of (b) er op de peildatum nog geen
    PIP is, de peildatum na de uiterste datum ligt en de persoon op de peildatum inburgeringsplichtig
    is. Een PIP op de uiterste datum zelf is op tijd. Onderdeel (b) vraagt de plicht: wie vrijgesteld
    of ontheven is of al voldeed, hoeft geen PIP te krijgen (seed 002 l.2492: bij een volledige
    medische ontheffing hoeft de gemeente geen PIP op te stellen).
    """

    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "PIP te laat vastgesteld"
    reference = [artikel(BI2021, "5.3", lid=1), artikel(WI2021, "15", lid=3)]

    def formula_2022_01_01(persoon, period, parameters):
        """Sinds 2022-01-01: het PIP bestaat alleen onder de Wi2021."""
        dag = peildatum(period)
        uiterste = persoon("pip_uiterste_datum", period)
        pip = voor_peildatum(niet_voor_geboorte(persoon, "datum_dagtekening_pip", period), dag)
        pip_vastgesteld = ~is_nooit(pip)

        # (a) het plan is vastgesteld, maar na de uiterste datum.
        na_uiterste_datum_vastgesteld = pip_vastgesteld & (pip > uiterste)
        # (b) geen plan, terwijl de uiterste datum verstreken is en er een plan moet komen.
        uiterste_datum_verstreken = dag > uiterste
        pip_nodig = persoon("inburgeringsplichtig", period)
        nog_geen_pip = ~pip_vastgesteld & uiterste_datum_verstreken & pip_nodig

        return na_uiterste_datum_vastgesteld | nog_geen_pip
