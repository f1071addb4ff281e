from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from inburgering_rules.dates import ONE_DAY, peildatum
from inburgering_rules.entities import Persoon
from inburgering_rules.enums import Inburgeringsregime
from inburgering_rules.rules import datum_parameter, eerste_van_toepassing, niet_eerder_dan, voor_peildatum
from inburgering_rules.traject import niet_voor_geboorte
from inburgering_rules.wetten import WI2013, WI2021, WIJZIGINGSWET_2012, artikel

# The Wet inburgering as it read before 2013 (regime WI2007).
WI2007_ART_7 = artikel(WI2013, "7", lid=1, versie="2012-11-01")


def _toepasselijke_wet(persoon, period, parameters, art_54_lid_3: bool):
    dag = peildatum(period)
    p = parameters(period).inburgeringsplicht
    aanvang = persoon("datum_aanvang_indien_binnen_de_wet", period)
    wi2007_vanaf = datum_parameter(p.inwerkingtreding_wi2007)
    wi2013_vanaf = datum_parameter(p.inwerkingtreding_wi2013)
    wi2021_vanaf = datum_parameter(p.inwerkingtreding_wi2021)

    volgt = persoon("volgt_vrijstellende_opleiding", period)
    gestopt_op = voor_peildatum(niet_voor_geboorte(persoon, "datum_einde_vrijstellende_opleiding", period), dag)

    def volgt_opleiding_op(datum):
        # The education follows the kwalificatieplicht without a gap ("aansluitend", Wi2013 art. 5 lid 1 e),
        # so whoever has not stopped by ``datum`` was following it that day.
        return volgt & (gestopt_op > datum)

    # Stb. 2012, 430, art. X lid 2: the old law stays for whoever was inburgeringsplichtig with a term
    # begun before 2013. A nieuwkomer's term began with the plicht (Wi2007 art. 7 lid 1); an oudkomer's
    # (resident since before 2007, art. 1 lid 1 c) only when the college set it under art. 26.
    oudkomer = persoon("datum_verblijfsrecht", period) < wi2007_vanaf
    # The college could set that term only under the Wet inburgering, in force from 2007-01-01.
    termijn_oudkomer_bepaald = niet_eerder_dan(
        persoon, "datum_inburgeringstermijn_oudkomer_bepaald",
        persoon("datum_inburgeringstermijn_oudkomer_bepaald", period), wi2007_vanaf,
        "a date on or after 2007-01-01 (the Wet inburgering, art. 26, applies from that day)",
    )
    termijn_oudkomer_bepaald_voor_2013 = voor_peildatum(termijn_oudkomer_bepaald, dag) < wi2013_vanaf
    plichtig_voor_2013 = (aanvang < wi2013_vanaf) & ~volgt_opleiding_op(wi2013_vanaf - ONE_DAY)
    art_x_lid_2 = plichtig_voor_2013 & (~oudkomer | termijn_oudkomer_bepaald_voor_2013)
    # The Wi2013 only reaches whoever "rechtmatig verblijf verkrijgt" (art. 3 lid 1) from 2013 and not
    # retroactively (lid 4): an oudkomer left without a term before 2013 is under neither law.
    oudkomer_zonder_termijn = plichtig_voor_2013 & oudkomer & ~termijn_oudkomer_bepaald_voor_2013
    # Wi2021 art. 54 lid 1: the Wi2013 stays for whoever it applied to on 2021-12-31.
    art_54_lid_1 = aanvang < wi2021_vanaf
    if art_54_lid_3:
        # Art. 54 lid 3 (from 2023-01-01): the Wi2013 art. 5 lid 1 e exemption of whoever still follows
        # that education counts as a Wi2021 art. 4 lid 1 d vrijstelling, so the Wi2021 governs him.
        art_54_lid_1 = art_54_lid_1 & ~volgt_opleiding_op(dag)
    return eerste_van_toepassing(
        [
            (Inburgeringsregime.GEEN, oudkomer_zonder_termijn),
            (Inburgeringsregime.WI2007, art_x_lid_2),
            (Inburgeringsregime.WI2013, art_54_lid_1),
        ],
        anders=Inburgeringsregime.WI2021,
    )


class toepasselijke_inburgeringswet(Variable):
    """Welke wettekst de persoon beheerst als de wet hem bereikt, vóór de toets van de redenen die hem
    buiten de wet plaatsen; ``inburgeringsregime`` is deze waarde, of ``GEEN`` als zo'n reden geldt.
    De vrijstellingen en uitzonderingen van ``reden_geen_inburgeringsplicht`` volgen de tekst van deze wet.

    - ``WI2007``: Wet inburgering zoals die tot 2013 luidde, voor wie vóór 2013-01-01 inburgeringsplichtig
      was met een aangevangen termijn (Stb. 2012, 430, art. X lid 2: "blijven hoofdstuk 2 en de artikelen 16,
      17, eerste lid, 18, 23, eerste tot en met derde lid, 29 tot en met 37, 47 en 49 van de Wet inburgering
      van toepassing"); via Wi2021 art. 54 lid 1 ook na 2021.
    - ``GEEN``: een oudkomer aan wie vóór 2013 geen termijn was opgelegd (reden OUDKOMER_ZONDER_TERMIJN).
    - ``WI2013``: aanvang vóór 2022-01-01 (Wi2021 art. 54 lid 1, versie 2022-01-01). Vanaf 2023-01-01 niet
      meer voor wie de vrijstellende opleiding van Wi2013 art. 5 lid 1 e nog volgt: art. 54 lid 3 (versie
      2023-01-01) "wordt beschouwd als een vrijstelling als bedoeld in artikel 4, eerste lid, onderdeel d".
    - ``WI2021``: anders. Wie die opleiding op of na 2022-01-01 afbreekt krijgt een aanvang op of na die dag
      (``datum_aanvang_indien_binnen_de_wet``) en valt daarmee onder de Wi2021, zoals DUO het toepast.
    """

    value_type = Enum
    possible_values = Inburgeringsregime
    default_value = Inburgeringsregime.WI2021
    entity = Persoon
    definition_period = DAY
    label = "Toepasselijke inburgeringswet (vóór de redenen buiten de wet)"
    reference = [artikel(WI2021, "54", lid=1), artikel(WI2021, "54", lid=3), artikel(WIJZIGINGSWET_2012, "X", lid=2), WI2007_ART_7]

    def formula_2013_01_01(persoon, period, parameters):
        """2013-01-01 t/m 2022-12-31: Stb. 2012, 430 art. X lid 2 en Wi2021 art. 54 lid 1."""
        return _toepasselijke_wet(persoon, period, parameters, art_54_lid_3=False)

    def formula_2023_01_01(persoon, period, parameters):
        """Vanaf 2023-01-01 ook Wi2021 art. 54 lid 3 (Stb. 2022, 487)."""
        return _toepasselijke_wet(persoon, period, parameters, art_54_lid_3=True)
