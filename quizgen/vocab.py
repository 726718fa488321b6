"""quizgen's rule vocabulary: the closed word lists of English and the gazetteer that the NLP layer,
the fact extractor and the question builder share, each defined once.

General language knowledge (titles, organisation heads, number words, units, countries, given
names), never names taken from any particular article. ``quizgen.nlp`` reads these lists through
``quizgen.nlp.lexicon`` and ``quizgen.nlp.gazetteer`` too; ``facts/`` and ``questions/`` read them
here, so they need nothing from ``quizgen.nlp``.

Some lists are features of the trained recogniser (ROLE_TITLES, ORG_WORDS and the gazetteer): a
change to their contents changes what the shipped model sees and needs `python -m tools.train_models`.
This module imports only the standard library (tools/peer_spacy.py loads it without quizgen's
dependencies).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _word_list(text: str) -> frozenset[str]:
    """A closed word list, written once: a word listed twice is a mistake in this file."""
    words = text.split()
    repeated = sorted({w for w in words if words.count(w) > 1})
    if repeated:
        raise ValueError(f"word listed twice in quizgen/vocab.py: {', '.join(repeated)}")
    return frozenset(words)


# Words that name a position or title; a capitalised one before a name is a title, not the name.
ROLE_TITLES = _word_list("""
president vice-president premier chancellor king queen prince princess emperor empress pope sultan
emir sheikh shaikh governor mayor senator congressman congresswoman representative minister secretary
ambassador envoy consul commissioner director chairman chairwoman chair chairperson chief ceo cfo
coo founder co-founder editor publisher judge justice attorney general lieutenant colonel major captain
sergeant commander admiral marshal officer spokesman spokeswoman spokesperson professor prof dr mr mrs
ms miss sir dame lord lady saint st rev reverend father bishop archbishop cardinal rabbi imam coach
manager striker midfielder defender goalkeeper player researcher scientist astronaut pilot
leader head deputy undersecretary under-secretary assistant aide adviser advisor
counsel counselor lawyer economist analyst author writer journalist reporter correspondent columnist
historian poet artist actor actress singer composer producer architect engineer inventor
physicist chemist biologist mathematician philosopher teacher principal dean provost rector
treasurer auditor registrar clerk speaker whip member delegate diplomat administrator
referee umpire interpreter surveyor shareholder lobbyist speechwriter reformer successor predecessor colleague
creator co-creator owner co-owner investor activist campaigner negotiator mediator ombudsman governor-general
secretary-general superintendent commandant magistrate prosecutor barrister solicitor surgeon physician nurse
missionary explorer navigator commander-in-chief monarch regent viceroy chieftain lieutenant-governor
mr. mrs. ms. dr. gen. gov. sen. rep. col. lt. capt. sgt. rev. prof.
""")

# More words for a person's position, used by the fact extractor only: those the data of
# person_nouns() lacks (titles of rule, and everyday trades and arts the corpora name too rarely).
# (ROLE_TITLES and ORG_WORDS are features of the trained recogniser too: a change to them needs
# `python -m tools.train_models`.)
OCCUPATIONS = _word_list("""
trustee headmaster headmistress postmaster harbourmaster harbormaster warden steward librarian
shah tsar czar tsarina czarina kaiser pharaoh caliph maharaja maharajah rajah mikado
boss strategist trader banker entrepreneur accountant consultant
farmer priest nun sailor carpenter blacksmith merchant shopkeeper butcher baker tailor weaver miner hunter shepherd
maid cook chef waiter bartender dentist pharmacist veterinarian programmer designer sculptor playwright screenwriter
comedian dancer choreographer conductor pianist violinist guitarist drummer rapper model filmmaker superhero
firefighter policeman policewoman mechanic plumber electrician midwife astronomer botanist zoologist geographer
archaeologist essayist cartoonist illustrator animator songwriter preacher laureate restaurateur
councillor councilor councilman councilwoman alderman alderwoman legislator
""")

PERSON_NOUNS_FILE = ("nlp", "data", "person_nouns.txt")  # inside the quizgen package


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns for a kind of person ("farmer", "novelist", "opponent"), learnt from treebanks by
    tools/build_person_nouns.py; the words of ROLE_TITLES, OCCUPATIONS and RELATION_NOUNS are not in it."""
    path = resources.files("quizgen").joinpath(*PERSON_NOUNS_FILE)
    text = path.read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))

# People by the form of the word: "hydrologist", "geographer", "politician", "historian", "engineer",
# "correspondent" (but not "event", "content", "government").
_OCCUPATION_SUFFIX = re.compile(r"[a-z]{3}(?:ologist|ographer|ician|onomist|ist|ian|eer|[^m]ent)$")
_NOT_PEOPLE = _word_list("""event content accident percent continent incident extent talent comment element segment
patent component present intent consent descent ascent advent torrent current moment resident""")


def person_by_its_form(word: str) -> bool:
    """A lower-case noun whose ending names a person ("grammarian", "hydrologist", "engineer")."""
    return _OCCUPATION_SUFFIX.search(word) is not None and word not in _NOT_PEOPLE


# Nouns for a person by their relation to someone ("Galois' cousin", "a friend of Lind"): roles too,
# in apposition or after a copula, with their "of" complement.
RELATION_NOUNS = _word_list("""
friend cousin brother sister son daughter mother wife husband uncle aunt nephew niece grandson
granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother widow widower fiancé fiancée
fiance fiancee partner companion rival opponent ally mentor pupil student disciple protégé protege heir
heiress lover mistress supporter critic follower admirer biographer contemporary classmate teammate
roommate neighbour neighbor boyfriend girlfriend spouse twin sibling parent child descendant ancestor
""")

# People by sex and age alone: a role only as "the first woman to …", "the youngest man in …" (an
# ordinal or superlative makes them say what the person did).
GENERIC_PERSON_NOUNS = _word_list("""
man woman men women person people boy girl guy gal kid kids baby adult youth teenager
gentleman gentlemen human individual folk folks
""")

# Faiths and their followers, and nationality words the country gazetteer cannot derive: like
# nationalities, these describe groups of people and are not organisations.
# Reflexive pronouns: their antecedent is the clause's own subject ("Marbles appeared as herself")
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())

GROUP_WORDS = _word_list("""
Muslim Muslims Christian Christians Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists
Jewish Jew Jews Sikh Sikhs Sunni Sunnis Shia Shiite Shiites Ahmadiyya Ismaili Ismailis Sufi Sufis Mormon Mormons
Saudi Saudis Emirati Emiratis Romans Byzantine Byzantines Viking Vikings Aztec Aztecs Celts Saxons
""")

# Last words of company names that hold no organisation word ("Tullow Oil", "Base Titanium", "Kenya
# Power"): industries and trades. Used by the fact extractor for names the recogniser left alone.
COMPANY_HEADS = _word_list("""
oil gas petroleum energy power electric electricity mining minerals metals steel titanium gold copper
motors automotive aerospace aviation pharmaceuticals pharma biotech foods beverages brewery breweries
telecom telecommunications communications technologies technology software systems semiconductors
electronics media entertainment studios records pictures publishing insurance capital investments
securities logistics shipping railways railway resources chemicals textiles cement
transit transport transportation lines rentals tours ferries coaches buses taxis cabs freight couriers
""")

# The section headings of a travel guide ("Get in", "See", "Eat"): an article with two or more of them
# on lines of their own tells its reader where to go, and every sentence of it is about one place.
GUIDE_HEADINGS = frozenset({"understand", "get in", "get around", "see", "do", "buy", "eat", "drink", "sleep",
                            "stay safe", "stay healthy", "go next", "talk", "connect", "cope", "respect", "learn",
                            "work", "by plane", "by car", "by bus", "by train", "by boat", "climate"})

# The continents: a class of place of their own, so that a continent's alternatives are continents
# (not "Indiana" or "the Far East" beside "Europe").
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica"})

# Words after a company's own name ("Torstar Corporation" is also "Torstar").
CORPORATE_SUFFIXES = frozenset({"corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "limited", "company",
                                "co.", "group", "holdings", "plc", "llc"})

# Head words that end (or start) an organisation's name.
ORG_WORDS = _word_list("""
agency association authority bank board bureau cabinet centre center church club college commission
committee company conference congress corporation corp corp. council court department division embassy federation
foundation fund group guard inc inc. institute institution league limited ltd ltd. ministry mission
movement navy army air force office organisation organization parliament party police press programme
senate service society star times post tribune herald journal news union university academy school
museum observatory laboratory laboratories labs hospital network broadcasting municipality conservatory
airlines airways holdings industries enterprises partners trust alliance coalition assembly
command brigade regiment battalion fleet administration secretariat tribunal watch government community
fm radio television channel magazine newspaper
école ecole hôpital hopital lycée lycee collège université universite universidad universität institut instituto
académie musée museo banque banco
""")

# Institutions a capitalised common noun names on its own ("Congress passed …", "the Army").
INSTITUTIONS = _word_list("""congress parliament senate army navy knesset bundestag duma diet legislature
politburo""")

# Head words of built or natural places that are named like organisations ("Fisht Stadium").
FACILITY_WORDS = _word_list("""
stadium arena building street avenue road boulevard lane square place hall base airport airfield dam park bridge
tower plaza palace castle station port harbour harbor canal highway interchange gardens zone island islands
river lake mountain mountains valley desert peninsula heights forest falls gorge bay gulf strait coast
glen facility pier wharf terminal
turnpike trail parkway expressway freeway motorway drive blvd blvd. ave ave. cemetery monument memorial statue
promenade mall
pyramid temple shrine tomb cathedral basilica mosque abbey citadel fortress sanctuary
""")

# Facility words that are also surnames: after a given name they name a person ("Helen Park",
# "Anna Hall"); the others name a place even then ("Katy Trail", "Tommy Solomon Statue").
SURNAME_FACILITIES = _word_list("park hall lane bridge tower castle dam port glen square station base place temple abbey tomb")


def is_facility(words: list[str]) -> bool:
    """"Fisht Stadium", "Fort Duquesne", "One Yonge Street": built places are places."""
    return bool(words) and len(words) > 1 and (words[-1] in FACILITY_WORDS or words[0] in ("fort", "mount", "lake"))


# Generic heads of place names that take an "of" complement ("Colony of Canada", "Gulf of Mexico").
PLACE_HEADS = FACILITY_WORDS | frozenset("""colony colonies forks republic kingdom province state city county
district region territory isle isles cape sea straits commonwealth duchy principality emirate sultanate
""".split())

# Heads of natural and built places that PLACE_HEADS and the gazetteer's town names lack: after a place's
# name they name a place ("the Gaza Strip", "the Berlin Wall"), not something of that place (an
# orchestra, a team, a newspaper).
PLACE_FEATURE_HEADS = _word_list("""ocean oceans strip basin delta plateau plain plains highlands lowlands
wetlands archipelago lagoon reef shore area quarter wall gate market house theatre theater zoo library
garden metro suburbs outskirts yard common coliseum seashore cliff cliffs shelf""")

# What a common noun right before a name says the name is ("the airline Widerøe", "the village Lohals",
# "the crime drama Bergen Harbour"): the kinds of body, of place and of work or product a text names that way
# (quizgen/nlp/name_mentions.py: kind_said_before, kind_said_after). Before a name, bodies also take
# COMPANY_HEADS and places PLACE_HEADS and PLACE_FEATURE_HEADS; a person's kind is any noun for a person.
BODY_KINDS = _word_list("""band newspaper magazine firm publisher broadcaster carrier airline retailer charity
label orchestra choir team startup supermarket chain""")
PLACE_KINDS = _word_list("""village town city island country suburb neighbourhood neighborhood hamlet resort area
township borough""")
WORK_KINDS = _word_list("""film movie documentary drama comedy sitcom series show programme program novel book
memoir poem play opera musical album song single column essay painting sculpture game browser software app
application brand ship boat yacht""")

# Everyday names of countries that ISO and GeoNames list under another name.
COUNTRY_SHORT_NAMES = frozenset({"Britain", "Great Britain", "Korea", "Holland", "Burma", "Persia", "Siam",
                                 "Soviet Union", "Czechia", "Ivory Coast", "East Timor", "Vatican"})

COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "PRC", "DRC", "USSR"})
# Everyday acronyms that name things, not organisations.
NOT_ORGANIZATION_ACRONYMS = _word_list("""GDP GNP HDI CEO CFO CTO PDF TV DNA RNA AIDS HIV GMT UTC FM AM PM PC
IT AI OK ID VIP MVP PhD MBA BA MA LLB GPS USB DVD ATM SUV LED CPU URL SMS""")

# Countries whose people's word does not begin like the country's name ("American" of the United States,
# "Dutch" of the Netherlands): a sentence with the word names the country as plainly as its name would.
DEMONYMS_UNLIKE_THE_NAME = {
    "United States": ("American", "Americans"), "United Kingdom": ("British", "Briton", "Britons"),
    "Britain": ("British", "Briton", "Britons"), "Netherlands": ("Dutch",), "France": ("French",),
    "Switzerland": ("Swiss",), "Philippines": ("Filipino", "Filipinos", "Philippine"), "Ireland": ("Irish",),
    "Wales": ("Welsh",), "Spain": ("Spanish", "Spaniard", "Spaniards"), "Denmark": ("Danish", "Dane", "Danes"),
    "Sweden": ("Swedish", "Swede", "Swedes"), "Finland": ("Finnish", "Finn", "Finns"), "Poland": ("Polish", "Pole", "Poles"),
    "Turkey": ("Turkish", "Turk", "Turks"), "Greece": ("Greek", "Greeks"), "China": ("Chinese",), "Japan": ("Japanese",),
    "Vietnam": ("Vietnamese",), "Thailand": ("Thai", "Thais"), "Iraq": ("Iraqi", "Iraqis"), "Israel": ("Israeli", "Israelis"),
    "Pakistan": ("Pakistani", "Pakistanis"), "Bangladesh": ("Bangladeshi", "Bangladeshis"), "Yemen": ("Yemeni", "Yemenis"),
    "Somalia": ("Somali", "Somalis"), "Peru": ("Peruvian", "Peruvians"), "Norway": ("Norwegian", "Norwegians"),
    "New Zealand": ("New Zealander", "New Zealanders"), "Madagascar": ("Malagasy",), "Côte d'Ivoire": ("Ivorian",),
    "Ivory Coast": ("Ivorian", "Ivorians"), "Lebanon": ("Lebanese",), "Sudan": ("Sudanese",), "Cyprus": ("Cypriot", "Cypriots"),
}

# The portfolio of a ministry ("Interior Minister", "Defense Secretary"): it says which office, never
# which country's.
PORTFOLIO_WORDS = _word_list("""interior foreign defense defence finance justice health education agriculture
trade energy oil economy economic labor labour transport transportation environment information culture home
treasury commerce industry communications security intelligence tourism housing welfare
""")

# News agencies and broadcasters known by their initials or one word: whom someone "told" is then the
# outlet that carried the story, a side detail ("told VOA that …").
NEWS_OUTLETS = _word_list("""VOA BBC CNN AP AFP Reuters NPR PBS Xinhua IRNA ITAR-Tass Tass Interfax Kyodo Wikinews
Yonhap Bernama Antara RIA Novosti Al-Jazeera Al-Arabiya ABC CBS NBC Fox MSNBC ANSA EFE dpa DPA UPI
""")

# "General nouns" (Halliday and Hasan's cohesion): with "the" and nothing after them, "the trouble",
# "the move", "the incident" stand for an event the text told of before, whatever words it used.
ANAPHORIC_NOUNS = _word_list("""trouble incident move affair matter episode development situation issue
step action measure decision announcement request proposal violence unrest dispute scandal accident
fighting idea appeal plea allegations accusations charges
""")

# Event nouns and the verb each is made from: "the approval" after "approved", "the arrest" after
# "arrested" stands for an event the text told of before (a closed table: a suffix rule would link
# "station" to "stated").
EVENT_NOUN_VERBS = {
    "approval": "approve", "arrest": "arrest", "attack": "attack", "announcement": "announce",
    "decision": "decide", "agreement": "agree", "killing": "kill", "kidnapping": "kidnap", "abduction": "abduct",
    "ruling": "rule", "resignation": "resign", "appointment": "appoint", "dismissal": "dismiss",
    "release": "release", "withdrawal": "withdraw", "rejection": "reject", "closure": "close", "ban": "ban",
    "shooting": "shoot", "bombing": "bomb", "explosion": "explode", "crash": "crash", "indictment": "indict",
    "conviction": "convict", "acquittal": "acquit", "invasion": "invade", "capture": "capture",
    "rescue": "rescue", "seizure": "seize", "detention": "detain", "expulsion": "expel", "suspension": "suspend",
    "cancellation": "cancel", "postponement": "postpone", "extension": "extend", "launch": "launch",
    "raid": "raid", "ambush": "ambush", "assassination": "assassinate", "execution": "execute",
    "nomination": "nominate", "election": "elect", "vote": "vote", "protest": "protest", "strike": "strike",
    "demonstration": "demonstrate", "march": "march", "rally": "rally",
}

# Head words of events and documents named after people, places or groups ("Seven Years' War").
EVENT_HEADS = _word_list("""war wars battle siege revolution crisis treaty accord accords act agreement
conference summit games olympics cup championship election elections massacre uprising rebellion
""")

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}
MULTIPLIER_WORDS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "half": 0.5}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "k": 1000, "tn": 1_000_000_000_000,
}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
SEASONS = frozenset("spring summer autumn fall winter".split())


# Units, currencies and vague amounts, as the recogniser's rules and the number facts read them.
CURRENCY_SYMBOLS = ("$", "US$", "€", "£", "¥", "₹", "C$", "A$", "HK$", "Shs", "Ksh", "KSh")
UNIT_WORDS = _word_list("""km km2 kilometre kilometres kilometer kilometers mile miles mi m metre metres meter meters
cm mm ft feet foot inch inches yard yards kg kilogram kilograms g gram grams tonne tonnes ton tons lb lbs pound
mph kph km/h hectare hectares acre acres sq square cubic litre litres liter liters gallon gallons barrel barrels
bpd mw gw kw kwh mwh w watt watts volt volts degrees °c °f °""")
VAGUE_AMOUNTS = frozenset("hundreds thousands millions billions dozens tens scores".split())


@dataclass(frozen=True)
class Gazetteer:
    """Place, country, given-name and nationality lists (built by tools/build_gazetteer.py)."""

    places: frozenset[str]
    countries: frozenset[str]
    given_names: frozenset[str]
    nationalities: frozenset[str]
    common_words: frozenset[str]
    regions: frozenset[str]  # states, provinces, continents: places that are not also a town's name
    place_phrases: dict[str, list[str]]  # first word → multi-word names starting with it

    def match_places(self, words: list[str]) -> list[tuple[int, int]]:
        """Longest place-name matches over a token list, as (first, one past last) token indices."""
        spans = []
        i = 0
        while i < len(words):
            best = 1 if words[i] in self.places else 0
            for phrase in self.place_phrases.get(words[i], ()):
                n = phrase.count(" ") + 1
                if n > best and " ".join(words[i:i + n]) == phrase:
                    best = n
            if best:
                spans.append((i, i + best))
                i += best
            else:
                i += 1
        return spans


GAZETTEER_FILE = ("nlp", "models", "gazetteer.json.gz")  # inside the quizgen package


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read from the package's data on first use."""
    path = resources.files("quizgen").joinpath(*GAZETTEER_FILE)
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
            data = json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError:
        raise RuntimeError(f"quizgen's data file {'/'.join(GAZETTEER_FILE)} is missing; rebuild it with "
                           "python -m tools.train_models gazetteer") from None
    phrases: dict[str, list[str]] = {}
    for name in data["places"]:
        if " " in name:  # one-word names are looked up in ``places`` directly
            phrases.setdefault(name[:name.index(" ")], []).append(name)
    return Gazetteer(
        places=frozenset(data["places"]),
        countries=frozenset(data["countries"]),
        given_names=frozenset(data["given_names"]),
        nationalities=frozenset(data["nationalities"]),
        common_words=frozenset(data["common_words"]),
        regions=frozenset(data["regions"]),
        place_phrases=phrases,
    )
