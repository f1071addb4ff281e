"""Enumerations of the public vocabulary (RULEBOOK §3–§6).

Member names are the contract: callers send and receive them exactly as written here.
"""

from openfisca_core.indexed_enums import Enum


class Nationaliteit(Enum):
    NEDERLANDS = "Nederlandse nationaliteit"
    EU_EER_ZWITSERS = "Onderdaan van een EU-lidstaat, EER-staat of Zwitserland"
    TURKS = "Turkse nationaliteit"
    OVERIG = "Andere nationaliteit"


class Verblijfsgrond(Enum):
    GEEN = "Geen rechtmatig verblijf"
    ASIEL = "Verblijfsvergunning asiel voor bepaalde tijd"
    NAREIZIGER_REGULIER = "Nareiziger van een asielstatushouder met een reguliere vergunning (Wi2021 art. 13 lid 1 b)"
    GEZINSMIGRATIE = "Verblijf bij familie of partner (gezinsmigratie)"
    OVERIG_NIET_TIJDELIJK = "Ander verblijfsdoel dat niet tijdelijk is"
    TIJDELIJK_DOEL = "Tijdelijk verblijfsdoel (studie, arbeid, kennismigrant …)"
    GEESTELIJK_BEDIENAAR = "Geestelijk bedienaar"


class Diploma(Enum):
    GEEN = "Geen Nederlands diploma"
    VMBO_BASIS_KADER = "Vmbo basisberoepsgerichte of kaderberoepsgerichte leerweg"
    VMBO_GL_TL = "Vmbo gemengde of theoretische leerweg"
    HAVO = "Havo"
    VWO = "Vwo"
    MBO_1_ENTREE = "Mbo niveau 1 (entreeopleiding)"
    MBO_2_OF_HOGER = "Mbo niveau 2 of hoger"
    HBO_WO_NEDERLANDSTALIG = "Nederlandstalige hbo- of wo-opleiding"
    PRAKTIJKONDERWIJS = "Praktijkonderwijs"
    VSO = "Voortgezet speciaal onderwijs"
    # Added by the statute review, round 2 (2026-12): the foreign documents of Besluit inburgering art. 2.3
    # lid 1 d-h (versie 2013-01-01) = c-g (versie 2021-12-31); each with the condition the text sets.
    BELGISCH_NEDERLANDSTALIG = (
        "Vergelijkbaar diploma uit het Nederlandstalig onderwijs in België (voldoende voor Nederlandse taal)"
    )
    SURINAAMS_NEDERLANDSTALIG = (
        "Vergelijkbaar diploma uit het Nederlandstalig onderwijs in Suriname (voldoende voor Nederlandse taal)"
    )
    CARIBISCH_NEDERLANDSTALIG = (
        "Diploma van een aangewezen opleiding in het Nederlandstalig onderwijs in Bonaire, Sint Eustatius, Saba, "
        "Aruba, Curaçao of Sint Maarten (voldoende voor Nederlandse taal)"
    )
    EUROPEES_BACCALAUREAAT = "Europees baccalaureaat met Nederlands als eerste of tweede taal (voldoende)"
    INTERNATIONAAL_BACCALAUREAAT = (
        "IB Middle Years Certificate, IGCSE of Internationaal Baccalaureaat met het vak Nederlands (voldoende)"
    )


class Ontheffing(Enum):
    GEEN = "Geen ontheffing"
    MEDISCH = "Ontheffing wegens een psychische of lichamelijke belemmering of verstandelijke beperking"
    BIJZONDERE_OMSTANDIGHEDEN = "Ontheffing wegens bijzondere individuele omstandigheden"
    # Bi2021 art. 2.7 lid 3: a partial medical ontheffing exempts from some exam parts only and
    # does not end the plicht (DUO: Ontheffing MED, gedeeltelijk).
    MEDISCH_GEDEELTELIJK = "Gedeeltelijke ontheffing wegens een medische belemmering (niet alle onderdelen)"


class RedenGeenInburgeringsplicht(Enum):
    GEEN = "Geen reden: de persoon is inburgeringsplichtig"
    NEDERLANDER = "Nederlander"
    EU_EER_ZWITSERS = "Onderdaan van de EU, de EER of Zwitserland"
    FAMILIELID_EU_BURGER = "Familielid van een EU/EER/Zwitserse burger met vrij verkeer"
    GEEN_RECHTMATIG_VERBLIJF = "Geen rechtmatig verblijf (nog niet bekendgemaakt)"
    TIJDELIJK_VERBLIJFSDOEL = "Verblijf voor een tijdelijk doel"
    TURKSE_NATIONALITEIT = "Turkse nationaliteit, niet onder de inburgeringsplicht gebracht"
    JONGER_DAN_MINIMUMLEEFTIJD = "Jonger dan de minimumleeftijd"
    KWALIFICATIEPLICHTIG = "Leerplichtig of kwalificatieplichtig"
    PENSIOENGERECHTIGDE_LEEFTIJD = "Pensioengerechtigde leeftijd bereikt"
    ACHT_JAAR_LEERPLICHTIG_IN_NL = "Ten minste acht jaar tijdens de leerplichtige leeftijd in Nederland"
    VRIJSTELLEND_DIPLOMA = "Vrijstellend Nederlands diploma"
    VRIJSTELLENDE_OPLEIDING = "Volgt een opleiding die tot een vrijstellend diploma leidt"
    ONTHEFFING = "Ontheffing verleend"
    VOLDAAN = "Al aan de inburgeringsplicht voldaan"
    # Added by the statute review (2026-12); members keep their place at the end, the order of
    # precedence is the list in reden_geen_inburgeringsplicht and uitleg.REDENEN.
    INBURGERINGSVEREISTE_ANDERE_LIDSTAAT = (
        "Voldaan aan een inburgeringsvereiste van een andere EU/EER-staat voor de status van langdurig ingezetene"
    )
    OUDKOMER_ZONDER_TERMIJN = "Oudkomer aan wie vóór 2013 geen inburgeringstermijn was opgelegd"
    VOLDOENDE_INGEBURGERD = "Heeft aangetoond al voldoende te zijn ingeburgerd"


class Inburgeringsregime(Enum):
    GEEN = "Geen inburgeringsregime"
    # Wet inburgering as in force until 2012-12-31: the municipality's regime, no DUO fine and no
    # Wi2013 term (Wet inburgering 2013 transitional law; Wi2021 art. 54 keeps it for that cohort).
    WI2007 = "Wet inburgering zoals die gold tot 2013 (gemeentelijk regime)"
    WI2013 = "Wet inburgering (2013), via Wi2021 art. 54"
    WI2021 = "Wet inburgering 2021"


class Doelgroep(Enum):
    GEEN = "Geen doelgroep"
    ASIELSTATUSHOUDER = "Asielstatushouder (Wi2021 art. 13 lid 1)"
    GEZINSMIGRANT = "Gezinsmigrant"
    OVERIGE_MIGRANT = "Overige migrant"


class Leerroute(Enum):
    GEEN = "Geen leerroute"
    B1 = "B1-route"
    ONDERWIJS = "Onderwijsroute"
    Z = "Zelfredzaamheidsroute"


# Reasons 1–6 of RULEBOOK §3 (and the two scope reasons added by the statute review): the law does
# not reach the person at all, so there is no aanvang, no regime and no doelgroep. The other
# reasons are exemptions within a regime.
REDENEN_BUITEN_DE_WET = (
    RedenGeenInburgeringsplicht.NEDERLANDER,
    RedenGeenInburgeringsplicht.EU_EER_ZWITSERS,
    RedenGeenInburgeringsplicht.FAMILIELID_EU_BURGER,
    RedenGeenInburgeringsplicht.GEEN_RECHTMATIG_VERBLIJF,
    RedenGeenInburgeringsplicht.TIJDELIJK_VERBLIJFSDOEL,
    RedenGeenInburgeringsplicht.TURKSE_NATIONALITEIT,
    RedenGeenInburgeringsplicht.INBURGERINGSVEREISTE_ANDERE_LIDSTAAT,
    RedenGeenInburgeringsplicht.OUDKOMER_ZONDER_TERMIJN,
)


class Taalniveau(Enum):
    GEEN = "Geen taalniveau"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"


class Examenpogingen(Enum):
    NIET_ALLE_GEPROBEERD = "Niet alle examenonderdelen geprobeerd"
    ALLE_EENMAAL = "Alle examenonderdelen eenmaal geprobeerd"
    ALLE_TWEEMAAL_OF_VAKER = "Alle examenonderdelen tweemaal of vaker geprobeerd"


class Verwijtbaarheid(Enum):
    """Bi2021 art. 7.1 lid 4: the culpability that sets the PIP fine (art. 23 Wi2021) as a percentage."""

    OPZET = "Opzet (100 procent, Bi2021 art. 7.1 lid 4 a)"
    GROVE_SCHULD = "Grove schuld (75 procent, Bi2021 art. 7.1 lid 4 b)"
    GEEN_OPZET_OF_GROVE_SCHULD = "Geen opzet of grove schuld (50 procent, Bi2021 art. 7.1 lid 4 c)"
    VERMINDERDE_VERWIJTBAARHEID = "Verminderde verwijtbaarheid (25 procent, Bi2021 art. 7.1 lid 4 d)"
    # Default of the input: the college must establish culpability before it fines (lid 4), so a
    # fine that depends on it stops with an error naming the input instead of guessing a percentage.
    NIET_OPGEGEVEN = "Niet opgegeven (het college heeft de verwijtbaarheid vast te stellen)"
