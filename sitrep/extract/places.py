"""Pipeline component sitrep_places: find and resolve every place an article names.

Sets doc._.places (list[PlaceMention], sorted by offset), doc._.country_hint (canonical country name of the
article, or None) and doc._.dateline (the PlaceMention of a "KIRKUK, Iraq -" / "BEIRUT -" dateline, or None).

How a coder reads places, and what this does the same way:
- Names are matched as token n-grams against the gazetteer's keys (longest first), linear in the text.
  Only capitalised words start a name ("al-"/"el-" may lead), and words never join across punctuation.
- "X province/governorate/oblast/state" (also "the provinces of X and Y", "X, Y and Z governorates") is the
  region X, precision 3; "the countryside of Aleppo" / "Idlib countryside" / "rural Damascus" is the region too.
- "near / outside / outskirts of / south of / 10 km from X" and "southern Khartoum" make a town precision 2.
- The article's country (most-named country, dateline, unambiguous towns) decides between same-named places;
  a small town abroad, a name that is an everyday English word ("Mobile"), a stoplisted name (months, person
  names) needs a locative cue ("in", "near", "town of") and the article's country before it is believed.
- Capitals used for governments ("Washington's forces", "Moscow accused") are metonyms, not places.
- A bare country name is the country ("in neighbouring Niger"), "Niger state" the Nigerian state. The words around
  a name can put it in another country than the article's: "the southern Lebanese village of X", "Niger's
  Tillaberi region", a sentence opening "In neighbouring Niger, ..." (m.local).
- "X in Y region" / "X, Y": the namesake of X inside Y; none there means the gazetteer lacks X (Y places it).
- Unknown names with a locative cue are matched by spelling skeleton / transliteration variant within the
  article's countries only (Laukkaing = Laukkai, al-Sukhna = As Sukhnah, Tartous = Tartus).

Helpers for the incidents component: places_in_sentence, best_place, article_country, is_metonym.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract.mentions import Place, PlaceMention
from sitrep.extract.sentences import doc_text
from sitrep.gazetteer import (
    ADMIN1,
    ARTICLES,
    DATA_DIR,
    ISO2,
    KIND,
    LAT,
    LON,
    NAME,
    POP,
    PREC,
    Gazetteer,
    haversine_km,
    loose_key,
    name_similarity,
    norm_key,
    norm_token,
)

for _ext in ("places", "country_hint", "dateline"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
LEAD_ARTICLES = {"al", "el"}  # may lead a name with a space ("al Bab"); other articles need a hyphen ("as-Suwayda")
NOT_PLACE_AFTER = re.compile(r"^-(?:based|backed|led|born|registered|made|funded|aligned|affiliated|supported|"
                             r"sponsored|allied|linked|owned|run|controlled|held|bound|flagged|brokered|"
                             r"mediated|style|era|related)\b", re.IGNORECASE)
_JOIN = re.compile(r"^(?:[ \u00a0]|-|‐|‑| -|- | - )$")
ADMIN_SINGULAR = {"province", "governorate", "oblast", "state", "region", "district", "county", "prefecture",
                  "department", "wilaya", "wilayat", "muhafazat", "raion", "rayon", "krai", "municipality", "division",
                  "territory", "tehsil", "township", "subdistrict", "cercle", "circle", "taluka", "mandal", "zone"}
ADMIN_PLURAL = {"provinces", "governorates", "oblasts", "states", "regions", "districts", "counties",
                "prefectures", "departments", "municipalities", "townships", "raions", "territories", "tehsils", "zones"}
# words after a region/city name that make the region reading certain even for generic names
REGION_WORDS = {"province", "governorate", "oblast", "state", "region", "prefecture", "department", "wilaya",
                "wilayat", "muhafazat", "krai"}
AREA_AFTER = {"countryside", "outskirts", "suburbs", "environs", "hinterland", "surroundings", "periphery"}
# "Hama northern countryside", "Idlib's southern countryside": a direction between the name and the area word
AREA_DIR_AFTER = re.compile(r"(?:['’]s)?\s+(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                            r"south-?west)(?:ern)?\s+(countryside|outskirts|suburbs|environs)\b", re.IGNORECASE)
# second-level units: the unit (admin2.csv) or, when it is named after its town, the town; precision 2
DISTRICT_WORDS = {"district", "county", "territory", "tehsil", "township", "raion", "rayon", "subdistrict", "cercle",
                  "circle", "taluka", "mandal", "municipality", "zone"}
DISTRICT_PLURAL = {"districts", "counties", "townships", "raions", "territories", "tehsils", "municipalities", "zones"}
# unions built once (they were rebuilt for every match)
_REGION_OR_PLURAL = frozenset(REGION_WORDS | ADMIN_PLURAL)
_ADMIN_ANY = frozenset(ADMIN_SINGULAR | ADMIN_PLURAL)
# "the passenger boat 'Tombouctou'", "the vessel Gaza": a named craft, not a place
CRAFT_BEFORE = re.compile(r"\b(?:boat|ship|vessel|ferry|tanker|freighter|frigate|destroyer|carrier|submarine|barge|"
                          r"steamer|trawler|cargo\s+ship|warship|dhow|yacht|plane|aircraft|jet|airliner|flight|"
                          r"operation|codenamed|code-named)\s+(?:named\s+|called\s+)?['‘’\"“]?$", re.IGNORECASE)
SETTLEMENT_AFTER = {"city", "town", "village", "hamlet"}
# Nigerian local government areas: "Bukkuyum Local Government Area", "Gwoza LGA", "Bama Local Government"
LGA_AFTER = re.compile(r"\s+(?:(?i:local\s+government(?:\s+area)?)|LGA)\b")
# "the southern Lebanese village of X", "Syria's northern town of X", "Niger's Tillaberi region": the gap between
# a demonym or a country's possessive and the next name, which then lies in that country
QUALIFIER_GAP = re.compile(
    r"^(?:['’]s)?(?:\s+|-)(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?(?:(?:border|frontline|front-line|coastal|restive|besieged|remote|rural|mountainous)\s+)?"
    r"(?:(?:town|towns|city|cities|village|villages|hamlet|region|province|governorate|district|state|camp|port|"
    r"capital|area|enclave|county|oblast|department)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# a following capitalised word that turns a place name into an organisation's name
ORG_AFTER = {"democratic", "liberation", "party", "front", "movement", "workers", "alliance", "revolutionary",
             "resistance", "national", "islamic", "people", "peoples", "union", "federation", "brigade",
             "brigades", "battalion", "battalions", "revolution", "times", "post", "news", "tribune", "herald",
             "observer", "telegraph", "daily", "agency", "radio", "tv", "television", "broadcasting",
             "gazette", "journal", "review", "ledger", "monitor", "chronicle", "desk", "files", "army",
             "independence", "cartel", "cartels", "gang", "province", "wire", "mail", "star", "express",
             "insider", "weekly", "bulletin", "dispatch", "sentinel"}
ORG_AFTER_LOWER = frozenset({"cartel", "cartels", "gang", "gangs"})
ORG_AFTER |= {"freedom", "solidarity", "salvation", "justice"}  # "Kurdistan Freedom Party", "Darfur Justice ..."
# "the Democratic Party of Iranian Kurdistan", "Patriotic Union of Kurdistan", "Popular Front for the Liberation of X":
# the place names the organisation, not where anything happened
ORG_OF_BEFORE = re.compile(r"\b(?:Party|Front|Movement|Union|Council|Liberation|Alliance|League|Congress|Coalition|Organi[sz]ation|"
                           r"Assembly|Brigades?|Battalions?)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}$")
# "Iran's Tasnim news agency", "Ukraine's State Emergency Service": the country owns the outlet or the body
POSS_ORG_AFTER = re.compile(r"^['’]s\s+(?:(?:state|official|semi-official|state-run|state-owned)\s+)?"
                            r"(?:[A-Z][\w'’-]+\s+){0,3}(?:news\s+agency|agency|broadcaster|television|TV|radio|"
                            r"newspaper|daily)\b|^['’]s\s+(?i:presidential\s+office|president['’]s\s+office|"
                            r"(?:foreign|defen[cs]e|interior)\s+ministry|general\s+staff|side\b|embassy|ambassador)")
# "offloaded persons belonging to Punjab", "labourers hailing from Sindh": where the people come from, not where it
# happened ("from" alone only for a province or country: "passengers from Punjab")
PEOPLE = (r"(?:persons|people|passengers|labou?rers|workers|men|women|travell?ers|natives|residents|migrants|pilgrims|"
          r"victims|drivers|settlers|nationals|citizens|tourists|youths|traders|students|those)")
ORIGIN_BEFORE = re.compile(PEOPLE + r"\s+(?:(?:who\s+(?:were|are)\s+)?(?:belonging|belonged|belong)\s+to|hailing\s+from|"
                           r"originally\s+from|natives?\s+of|domiciled\s+in|who\s+(?:hailed|came)\s+from)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", re.IGNORECASE)
ORIGIN_FROM_BEFORE = re.compile(PEOPLE + r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
GOVERNOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:regional|provincial|state)\s+)?(?i:governor|governorate)\b")
TITLE_BEFORE = re.compile(
    r"\b(?:president|minister|premier|general|gen\.|lt\.|col\.|colonel|major|captain|commander|mr\.?|mrs\.?|ms\.?|"
    r"dr\.?|sheikh|shaykh|imam|king|prince|emir|sultan|sayyed|sayyid|mullah|spokesman|spokeswoman|leader|chief|"
    r"named|called|dubbed|journalist|reporter|correspondent)\s+$", re.IGNORECASE)
DIR = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|outside|outskirts\s+of|vicinity\s+of|close\s+to|around|edges?\s+of|countryside\s+of|"
    r"suburbs?\s+of|environs\s+of|outskirts\s+of\s+the\s+(?:city|town|village)\s+of|"
    r"" + DIR + r"(?:ern)?\s+(?:part|parts|outskirts|edge|countryside|suburbs?|side)\s+of|"
    r"" + DIR + r"\s+of|(?:\d+|a\s+few|several|some)\s*(?:km|kilometres|kilometers|miles|kms)\s+(?:\w+\s+)?"
    r"(?:of|from)|(?:\d+|a\s+few|several|some)-?(?:km|kilometre|kilometer|mile)\s+(?:\w+\s+)?(?:of|from)|"
    r"rural|countryside\s+of|between)\s+(?:the\s+)?(?:(?:besieged|embattled|northern|southern|eastern|"
    r"western|central|frontline|front-line|key|strategic|rebel-held|government-held|nearby)\s+)?"
    r"(?:(?:town|city|village|area|district|province|governorate|region|countryside|camp)\s+of\s+)?$", re.IGNORECASE)
PART_BEFORE = re.compile(r"\b(?:" + DIR + r"ern|northeastern|northwestern|southeastern|southwestern|central|"
                         r"north-eastern|north-western|south-eastern|south-western|downtown|rural|eastern|western|"
                         r"northern|southern|(?-i:north|south|east|west))\s+$", re.IGNORECASE)
RURAL_BEFORE = re.compile(r"\b(?:rural|countryside\s+of(?:\s+the)?|the\s+countryside\s+of)\s+$", re.IGNORECASE)
STRONG_CUE = re.compile(
    r"(?:\b(?:town|towns|city|cities|village|villages|hamlet|area|district|neighbourhood|neighborhood|suburb|"
    r"region|province|governorate|camp|port|locality|municipality|settlement|outskirts|countryside|"
    r"vicinity|outpost|base)\s+of\s+(?:the\s+)?|\b(?:in|near|outside|at|around|into|toward|towards|from|to|"
    r"across|inside|entered|captured|seized|shelled|struck|stormed|besieged)\s+(?:the\s+)?"
    r"(?:(?:besieged|embattled|frontline|nearby|northern|southern|eastern|western|central|neighbouring|"
    r"neighboring)\s+)?)$", re.IGNORECASE)
METONYM_AFTER = re.compile(
    r"^(?:['’]s\s+(?:forces|government|troops|allies|officials|proxies|policy|policies|position|decision|"
    r"support|backing|envoy|ambassador|administration|regime|military|army|leadership|response|stance|"
    r"claims?|accusations?|narrative|strategy|interests|plans?|approach|demands|ally|partners|"
    r"occupation|aggression|sanctions|threats?|warning)\b|"
    r"\s+(?:has|have|had|is|was|will|would|could|says|said|accused|accuses|denied|denies|warned|warns|"
    r"announced|announces|claimed|claims|blamed|blames|rejected|rejects|condemned|condemns|insists|insisted|"
    r"wants|wanted|did|does|refused|refuses|responded|responds|recently|also|sent|sends|deployed|deploys|"
    r"imposed|backed|backs|supports|supported|continues|continued|reinforced|approved|agreed|urged|urges|"
    r"called|calls|views|sees|believes|hopes|fears|vowed|vows|threatened|threatens|sought|seeks|"
    r"retaliated|struck\s+back|considers|considered|maintains|maintained|dismissed|dismisses)\b)", re.IGNORECASE)
AGENT_BY = re.compile(r"\b(?:launched|fired|carried\s+out|conducted|backed|supported|sponsored|armed|funded|"
                      r"killed|attacked|shelled|bombed|struck|hit|targeted|deployed|sent|used|occupied|annexed)\s+by\s+$",
                      re.IGNORECASE)
DATELINE_AFTER = re.compile(r"^\s*(?:,[^\n]{0,60}?)?\s*(?:\(\s*[^)\n]{1,40}\)\s*)?[-–—:]\s", re.UNICODE)
POSS_COUNTRYSIDE = re.compile(r"^['’]s\s+countryside\b")
PLURAL_OF = re.compile(r"\b(?:provinces|governorates|oblasts|states|regions)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
DISTRICT_OF = re.compile(r"\b(?:district|county|territory|tehsil|township|raion|rayon|cercle|circle|municipality|"
                         r"commune|local\s+government\s+area|LGA|sub-?district)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
SINGULAR_OF = re.compile(r"\b(?:province|governorate|oblast|state|region)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
MODIFIER_AFTER = re.compile(
    r"^ (?:forces|troops|military|army|drones?|strikes?|air|airstrikes?|officials?|government|embassy|soldiers|"
    r"navy|naval|aircraft|warplanes|jets|fighter|president|envoy|state|media|authorities|intelligence|special|"
    r"base|bases|personnel|service|citizens?|nationals?|administration|ministry|defen[cs]e|foreign|police|"
    r"security|coalition|occupation|proxies|allies|sanctions|officers?|diplomats?|marines|contractors|"
    r"national|defense|counterpart|delegation|side|team|commanders?|regime|senators?|lawmakers|"
    r"[A-Z][a-z]+ [A-Z])\b")
SPEECH_AFTER = re.compile(r"\s+(?:reported|reports|quoted|cited|added|announced|said|says|wrote|tweeted)\b")
# a village, barangay or neighbourhood the gazetteer lacks, named just before the town it belongs to
SUBPLACE_BEFORE = re.compile(r"\b(?:[Bb]arangays?|[Bb]rgy\.?|[Ss]itio|[Pp]urok|[Kk]ebele|village\s+of|hamlet\s+of|"
                             r"neighbou?rhood\s+of|locality\s+of|villages?|hamlet)\s+(?:[A-Z][\w'’-]+\s+){0,2}"
                             r"[A-Z][\w'’-]+,\s$")
# "X, a village in Arauca": the name after is what contains the place, read as a region where it is one
CONTAINER_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:small\s+|remote\s+|rural\s+|farming\s+|border\s+|mining\s+)?"
                              r"(?:village|town|hamlet|settlement|locality|community|municipality|district)\s+in\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
IN_REGION_GAP = re.compile(r"^(?:\s+(?:village|town|hamlet|area|camp))?(?:,\s*|\s+in\s+(?:the\s+)?|,\s+in\s+(?:the\s+)?)$")
TOWN_OF = re.compile(r"\b(?:town|city|village|camp)\s+of\s+$", re.IGNORECASE)
DISTRICT_AFTER = re.compile(r"^\s+(?:neighbou?rhood|district|quarter|area|camp|street|market)\b", re.IGNORECASE)
# cheap pre-checks: the cue regexes only run when the text before the name ends in one of their last words
_ADJ_LAST = {"besieged", "embattled", "northern", "southern", "eastern", "western", "central", "frontline",
             "front-line", "key", "strategic", "rebel-held", "government-held", "nearby", "neighbouring",
             "neighboring"}
NEAR_LAST = frozenset({"near", "nearby", "outside", "of", "to", "around", "rural", "between", "from", "the"} |
                      _ADJ_LAST)
CUE_LAST = frozenset({"of", "the", "in", "near", "outside", "at", "around", "into", "toward", "towards", "from",
                      "to", "across", "inside", "entered", "captured", "seized", "shelled", "struck", "stormed"} |
                     _ADJ_LAST)
PART_LAST = frozenset({"northern", "southern", "eastern", "western", "central", "downtown", "rural", "north", "south",
                       "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                       "north-eastern", "north-western", "south-eastern", "south-western"})
NEAR_WORDS = ("near", "outside", "outskirts", "vicinity", "close", "around", "edge", "countryside", "suburb",
              "environs", " of", "from", "rural", "between")
# capitalised words that may stand right before or after a place name without making it a person's name
FUNCTION_WORDS = frozenset(["in", "on", "at", "of", "from", "to", "the", "a", "an", "and", "or", "near", "into", "across", "outside", "between", "after", "before", "during", "since", "when", "while", "as", "by", "for", "with", "without", "via", "toward", "towards", "around", "about", "over", "under", "against", "within", "north", "south", "east", "west", "central", "southern", "northern", "eastern", "western", "greater", "upper", "lower", "new", "old", "downtown", "rural", "city", "town", "village", "province", "governorate", "state", "region", "district", "camp", "base", "port", "airport", "island", "valley", "mount", "lake", "river", "sea", "gulf", "strait", "desert", "border", "crossing", "checkpoint", "road", "highway", "street", "square", "bridge", "dam", "field", "oil", "gas", "refinery", "prison", "hospital", "university", "mosque", "church", "market", "neighbourhood", "neighborhood", "area", "zone", "corridor", "strip", "bank", "heights", "plains", "mountains", "residents", "locals", "officials", "witnesses", "sources", "police", "army", "troops", "forces", "fighters", "militants", "rebels", "protesters", "governor", "mayor", "president", "minister", "meanwhile", "separately", "elsewhere", "also", "later", "earlier", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "breaking", "update", "updated", "live", "exclusive", "analysis", "watch", "read", "photos", "video"])
PLACE_HEADS = frozenset(["city", "town", "village", "province", "governorate", "state", "region", "district", "camp", "base", "airbase", "port", "airport", "island", "valley", "mount", "lake", "river", "sea", "gulf", "strait", "desert", "border", "crossing", "checkpoint", "road", "highway", "street", "square", "bridge", "dam", "field", "oilfield", "refinery", "prison", "hospital", "university", "mosque", "church", "market", "neighbourhood", "neighborhood", "area", "zone", "corridor", "strip", "bank", "heights", "plains", "mountains", "hills", "governor", "mayor", "council", "police", "airfield", "garrison", "barracks", "shrine", "plant", "station"])
FUNCTION_WORDS = FUNCTION_WORDS | frozenset(STOP_WORDS) | frozenset(
    ["however", "meanwhile", "moreover", "nonetheless", "nevertheless", "instead", "although", "though", "despite", "unlike", "like", "according", "yesterday", "overnight", "later", "earlier", "officials", "residents", "witnesses", "sources", "analysts", "diplomats", "critics"])
GAP_LIST = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$", re.IGNORECASE)


_MIXED_CASE = re.compile(r"^(?:[A-Z]{2,}[a-z]{1,2}|[A-Z][a-z][A-Z])$")  # FAMa, MoD, DoD (not McAllen)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Tok:
    __slots__ = ("cap", "end", "norm", "start", "text")

    def __init__(self, m):
        self.start, self.end = m.span()
        self.text = t = m.group()
        self.cap = t[0].isupper()
        # key form computed once, as a plain slot: it is read several times per token (a property call each time)
        self.norm = t.lower() if t.isascii() and t.isalpha() else norm_token(t)


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m) for m in _WORD.finditer(text)]


_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "‐", "‑", " -", "- ", " - "})


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    return b.start - a.end <= 3 and text[a.end:b.start] in _JOIN_GAPS


class _Match:
    __slots__ = (
        "admin",
        "country_only",
        "cue",
        "dateline",
        "demonym",
        "district",
        "end",
        "fuzzy",
        "i",
        "ids",
        "j",
        "key",
        "local",
        "metonym",
        "near",
        "person",
        "plural",
        "precision",
        "rid",
        "rural",
        "settlement",
        "start",
    )

    def __init__(self, i, j, start, end, ids=(), demonym=None, key=""):
        self.i, self.j, self.start, self.end = i, j, start, end
        self.ids, self.demonym, self.key = ids, demonym, key
        self.admin = False
        self.plural = False
        self.rid = None
        self.precision = None
        self.dateline = False
        self.metonym = False
        self.country_only = False
        self.cue = False
        self.near = False
        self.rural = False
        self.person = False
        self.local = None  # iso2 the words around the name put it in ("Lebanese village of X", "In Niger, ... X")
        self.settlement = False  # "Donetsk city", "al-Sukhna town": the town, never the region so named
        self.district = False  # followed by district/township/LGA/raion...: a second-level unit
        self.fuzzy = False  # found by spelling skeleton, not by an exact key


def find_matches(text: str, g: Gazetteer, toks: list[_Tok] | None = None) -> list[_Match]:
    """Longest-first gazetteer matches over word n-grams; O(words x max name length)."""
    toks = toks if toks is not None else _tokens(text)
    out: list[_Match] = []
    n_tok = len(toks)
    max_n = min(g.max_tokens, 8)
    resume = 0
    # only capitalised words and short words (articles: "al-Bab") can start a name
    for i in [k for k, t in enumerate(toks) if t.cap or len(t.text) <= 3]:
        if i < resume:
            continue
        t = toks[i]
        if not t.cap and t.norm not in ARTICLES:
            continue
        if t.norm in ARTICLES:
            # "al-Bab", "al Bab", "as-Suwayda" lead a name; "The", "at", "as" followed by a space do not
            nxt = toks[i + 1] if i + 1 < n_tok else None
            sep = text[t.end:nxt.start] if nxt else ""
            if nxt is None or not nxt.cap or not (sep in ("-", "‐", "‑") or (sep == " " and t.norm in LEAD_ARTICLES)):
                continue
        elif not t.norm:
            continue
        if _MIXED_CASE.match(t.text) and t.norm not in g.country_keys:
            continue  # "FAMa", "MoD", "DoD": a mixed-case acronym, not a town
        # short all-capital words are acronyms (RSF, SAA, KDP) unless a country code (US, UK) or a dateline
        if t.text.isupper() and len(t.norm) <= 4 and t.norm not in g.country_keys and \
                text[text.rfind("\n", 0, t.start) + 1:t.start].strip():
            continue
        found = None
        # extend as far as words are joined by a space or hyphen
        last = i
        key_words = g.key_words
        first_real = i + 1 if t.norm in ARTICLES else i
        while last + 1 < n_tok and last + 1 - i < max_n and _joined(text, toks[last], toks[last + 1]) and \
                (last + 1 <= first_real or toks[last + 1].norm in key_words):
            last += 1
        if last == i and t.norm in FUNCTION_WORDS and t.norm not in g.country_keys:
            continue  # "From", "Meanwhile", "Police" open sentences; they are not the towns so named
        for j in range(last + 1, i, -1):
            words = [x.norm for x in toks[i:j]]
            while len(words) > 1 and words[0] in ARTICLES:
                words = words[1:]
            key = " ".join(words)
            if len(key) < 3 and key not in g.country_keys:
                continue
            if key == "us" and toks[j - 1].text not in ("US", "U.S."):
                continue
            if key in g.upper_keys and not "".join(x.text for x in toks[i:j]).replace(".", "").isupper():
                continue
            last_tok = toks[j - 1]
            end = last_tok.end - 2 if last_tok.text[-2:] in ("'s", "’s") else last_tok.end
            if j - i == 1 and key in FUNCTION_WORDS and key not in g.country_keys:
                continue  # "From", "Meanwhile", "Police" open sentences; they are not the towns so named
            ids = g.ids(key)
            if not ids and j - i > 1 and all(text[toks[x].end:toks[x + 1].start] in _HYPHENS for x in range(i, j - 1)):
                ids = g.ids(key.replace(" ", ""))  # "Pétion-Ville" = Petionville
            if ids:
                found = _Match(i, j, t.start, end, ids=ids, key=key)
                break
            dem = g.demonyms.get(key)
            if dem:
                found = _Match(i, j, t.start, end, demonym=dem, key=key)
                break
        if found is not None and t.norm in ARTICLES and not t.cap and i > 0 and toks[i - 1].cap and \
                text[toks[i - 1].end:t.start] == " ":
            resume = found.j  # "Hayat Tahrir al-Sham", "Abu Bakr al-Baghdadi": the end of a longer name
            continue
        if found is None:
            continue
        if found.j < n_tok and not found.demonym and _continues(text, toks, found, g):
            resume = found.j + 1  # "Carrefour-Feuilles", "Lanao del Sur": a longer name the gazetteer lacks
            continue
        out.append(found)
        resume = found.j
    return out


NAME_CONNECTORS = frozenset({"del", "de", "la", "da", "do", "dos", "das", "des", "du", "di", "y"})
_HYPHENS = ("-", "‐", "‑")


def _continues(text: str, toks: list[_Tok], m: _Match, g: Gazetteer) -> bool:
    """True when a town/site match is only the start of a longer name: hyphen-joined to a capitalised word that
    is no place ("Carrefour-Feuilles"), or followed by a connector and a capitalised word ("Lanao del Sur")."""
    if any(g.rows[i][KIND] in ("country", "admin1") for i in m.ids[:3]):
        return False  # "Israel-Hamas war", "Tigray-Amhara border"
    nt = toks[m.j]
    gap = text[m.end:nt.start]
    if gap in _HYPHENS and nt.cap:
        if BORDER_AFTER.match(text, m.end, m.end + 60):
            return False  # "the Gwoza-Pulka axis", "the Dantewada-Bijapur border": two places, not one name
        return not g.ids(nt.norm) and nt.norm not in g.demonyms and nt.norm not in ADMIN_SINGULAR
    if gap == " " and not nt.cap and nt.norm in NAME_CONNECTORS and m.j + 1 < len(toks):
        nn = toks[m.j + 1]
        if nn.cap and text[nt.end:nn.start] == " " and g.admin2_ids(f"{m.key} {nt.norm} {nn.norm}"):
            return True  # "Agusan del Sur": a province, not the town Agusan
        return nn.cap and text[nt.end:nn.start] == " " and not g.ids(nn.norm)
    return False


def _before(text: str, start: int, width: int = 60) -> str:
    """Text before a mention, cut at the sentence/line start so cues do not leak across sentences."""
    seg = text[max(0, start - width):start]
    cut = max(seg.rfind("\n"), seg.rfind(". "), seg.rfind("? "), seg.rfind("! "))
    return seg[cut + 1:] if cut >= 0 else seg


def _is_capital(g: Gazetteer, rid: int) -> bool:
    r = g.rows[rid]
    if r[KIND] != "city" or r[ISO2] not in g.countries:
        return False
    c = g.rows[g.countries[r[ISO2]]]
    return abs(c[LAT] - r[LAT]) < 0.05 and abs(c[LON] - r[LON]) < 0.05


def is_metonym(doc_or_text, start: int, end: int) -> bool:
    """True when the name at [start, end) stands for a government ("Washington's forces", "Moscow accused")."""
    text = doc_or_text.text if hasattr(doc_or_text, "text") else doc_or_text
    return bool(METONYM_AFTER.match(text[end:end + 40]))


def _sentence_starts(doc) -> list[int]:
    """Char offsets of sentence starts, read as one array (iterating doc.sents costs more than the matching)."""
    if len(doc) == 0:
        return [0]
    flags = doc.to_array("SENT_START")
    starts = [doc[int(i)].idx for i in (flags == 1).nonzero()[0]]
    if not starts or starts[0] != doc[0].idx:
        starts.insert(0, 0)
    return starts


def _context(m: _Match, text: str, toks: list[_Tok], g: Gazetteer, body_start: int) -> None:
    """Region words, cues, dateline and metonym flags of one match, read from the words around it."""
    nxt = toks[m.j] if m.j < len(toks) else None
    before = _before(text, m.start)
    gap_after = text[m.end:nxt.start] if nxt else ""
    last_word = toks[m.j - 1].norm
    if m.j - m.i > 1 and last_word in _REGION_OR_PLURAL:
        m.admin = True  # the alias itself says so: "Donetsk Oblast", "Homs Governorate"
    elif nxt is not None and _JOIN.match(gap_after) and nxt.norm in _ADMIN_ANY:
        m.admin = nxt.norm in REGION_WORDS or nxt.norm in ADMIN_PLURAL or nxt.norm in DISTRICT_WORDS
        m.plural = nxt.norm in ADMIN_PLURAL
        if nxt.norm in DISTRICT_WORDS or nxt.norm in DISTRICT_PLURAL:
            m.near = True  # a district named after its town: the town, precision 2
            m.district = True
        if m.admin:
            m.end = nxt.end - 2 if nxt.text[-2:] in ("'s", "’s") else nxt.end  # "Sagaing Region's"
    elif nxt is not None and _JOIN.match(gap_after) and nxt.norm in AREA_AFTER:
        m.near = True
        m.admin = m.rural = "countryside" in nxt.norm
    elif nxt is not None and not nxt.cap and gap_after == " " and nxt.norm in SETTLEMENT_AFTER:
        m.settlement = True  # "Donetsk city", "al-Sukhna town": the town itself
        m.cue = True
        if nxt.norm == "city":
            m.end = nxt.end
    elif nxt is not None and not nxt.cap and AREA_DIR_AFTER.match(text, m.end):
        area = AREA_DIR_AFTER.match(text, m.end).group(1).lower()  # "Hama northern countryside" (SANA)
        m.near = True
        m.admin = m.rural = area == "countryside"
    elif text[m.end:m.end + 2] in ("'s", "’s") and POSS_COUNTRYSIDE.match(text[m.end:m.end + 20]):
        m.near = True
        m.admin = m.rural = True
    if GOVERNOR_AFTER.match(text, m.end) and any(g.rows[i][KIND] == "admin1" for i in m.ids):
        m.admin = True  # "Bryansk Governor Alexander Bogomaz", "the Yobe governor": the region's governor
    if " of" in before and PLURAL_OF.search(before):
        m.admin, m.plural = True, True
    elif " of" in before and SINGULAR_OF.search(before):
        m.admin = True
    elif " of" in before and DISTRICT_OF.search(before):
        m.near = m.district = True  # "the circle of Bourem", "the municipality of Tame": the unit around the town
    low = before[-45:].lower()
    if ("rural" in low or "countryside" in low) and RURAL_BEFORE.search(before):
        m.admin, m.near = True, True
        m.rural = True
    last = low[low.rstrip().rfind(" ") + 1:].strip()  # the cue regexes all end in one of a few words
    if last in NEAR_LAST and NEAR_BEFORE.search(before):
        m.near = True
    elif last in PART_LAST and PART_BEFORE.search(before):
        m.near = True  # "southern Khartoum": part of the city
    m.cue = m.cue or (last in CUE_LAST and bool(STRONG_CUE.search(low)))
    # dateline: at the start of a line, followed by ", Country -", " -", " (Agency) -"
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:m.start].strip() and DATELINE_AFTER.match(text[m.end:m.end + 80]) and \
            (m.start >= body_start or m.start < 400):
        words = text[m.start:m.end]
        colon = DATELINE_AFTER.match(text[m.end:m.end + 80]).group().rstrip().endswith(":")
        if words.isupper() or (len(text[m.end:m.end + 80].split("\n")[0]) > 40 and not colon):
            m.dateline = True  # "North Kivu: displacement surges ..." is a headline, "RAWALPINDI, Mar 16 (APP):" not
    if m.ids and not m.cue and (is_metonym(text, m.start, m.end)  # "in Kyiv was quiet" is a place
                                or AGENT_BY.search(before)):  # "drones launched by Russia": who, not where
        m.metonym = any(_is_capital(g, i) for i in m.ids) or any(g.rows[i][KIND] == "country" for i in m.ids)
    # a one-word name right after a capitalised word that is not a place or a function word is a surname
    # ("Mark Carney", "Lloyd Austin", "Matthew Miller"); also a name followed by one ("Lloyd Austin")
    if m.j - m.i == 1 and m.i > 0:
        prev = toks[m.i - 1]
        if prev.cap and text[prev.end:m.start] == " " and prev.norm not in FUNCTION_WORDS and \
                not prev.text.isupper() and prev.norm not in g.demonyms and \
                (not g.ids(prev.norm) or prev.norm in g.stop or prev.norm in g.common):
            m.person = True
    if m.j - m.i == 1 and nxt is not None and nxt.cap and text[m.end:nxt.start] == " " and \
            nxt.norm not in FUNCTION_WORDS and nxt.norm not in _ADMIN_ANY and \
            nxt.norm not in PLACE_HEADS and not nxt.text.isupper() and not LGA_AFTER.match(text, m.end):
        m.person = True
    if LGA_AFTER.match(text, m.end):
        m.near = True  # "Bukkuyum Local Government Area", "Gwoza LGA": a district named after its town
        m.district = True
        m.local = m.local or "NG"  # local government areas are Nigeria's
    if before.endswith(", ") and SUBPLACE_BEFORE.search(before):
        m.near = True  # "Barangay Dalwangan, Malaybalay City": a village of the town, which is only near it
    if text[m.end:m.end + 1] == "-" and BORDER_AFTER.match(text, m.end, m.end + 60) or \
            text[m.start - 1:m.start] == "-" and BORDER_WORD_AFTER.match(text, m.end, m.end + 12) and \
            BORDER_BEFORE.search(text, max(0, m.start - 40), m.start):
        m.near = True  # "the Dantewada-Bijapur border": near each side, not in it


LOOSE_CUE = re.compile(r"\b(?:town|towns|city|village|villages|hamlet|area|district|neighbou?rhood|suburb|camp|"
                       r"locality|settlement|in|near|outside|around)\s+(?:of\s+)?(?:the\s+)?$")
LOOSE_SCAN = re.compile(r"\b(?i:town|towns|city|village|villages|hamlet|area|district|neighbou?rhood|suburb|camp|"
                        r"locality|settlement|in|near|outside|around|of|the) (?=[A-Z]|(?:al|el|as|ad|ar|an|at|az|ash)-)")
_UNIT_WORDS = (r"district|township|tehsil|raion|rayon|territory|county|subdistrict|cercle|LGA|province|zone|"
               r"[Ll]ocal [Gg]overnment|District|Township|Tehsil|Raion|Rayon|Territory|County|Province|Zone")
_LINE_WORDS = r"(?:border|frontier|boundary|road|highway|axis|route|corridor|expressway|motorway|railway|front)"
_BORDER = r"-[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?\s+" + _LINE_WORDS + r"\b"
LOOSE_AFTER_WORDS = re.compile(r" (?:town|village|city|hamlet|area|camp|" + _UNIT_WORDS + r")\b|" + _BORDER)
LOOSE_AFTER = re.compile(r"\s+(?:town|village|city|hamlet|area|camp|" + _UNIT_WORDS + r")\b|" + _BORDER)
# "the Dantewada-Bijapur border", "along the Tigray-Amhara boundary": each side is only near the event
BORDER_AFTER = re.compile(_BORDER)
BORDER_BEFORE = re.compile(r"[A-Z][\w'’]*-$")
BORDER_WORD_AFTER = re.compile(r"\s+" + _LINE_WORDS + r"\b")
UNIT_AFTER = re.compile(r"\s+(?:" + _UNIT_WORDS + r")\b")


def _loose_matches(text, toks, matches, g: Gazetteer, countries, body_start) -> list[_Match]:
    """Unmatched capitalised names with a locative cue ("village of X", "in X", "X town"), looked up by spelling
    skeleton among the article's countries: Darat Izza = Darat Izzah, al-Sukhna = As Sukhnah, Laukkaing = Laukkai."""
    covered = set()
    for m in matches:
        covered.update(range(m.i, m.j))
    extra = []
    n = len(toks)
    # candidate name starts, found by two scans of the text: after a cue word, and before a settlement word
    starts = [t.start for t in toks]
    cands = {bisect.bisect_left(starts, mm.end()) for mm in LOOSE_SCAN.finditer(text)}
    for mm in LOOSE_AFTER_WORDS.finditer(text):
        s = bisect.bisect_left(starts, mm.start() + 1)
        cands.update(range(max(0, s - 3), s))
    # "Malaybalay City, Bukidnon": a name after a place and a comma may be its district or province
    after_place = {m.j for m in matches if m.j < n and text[m.end:toks[m.j].start] == ", "}
    cands.update(after_place)
    k = -1
    for c in sorted(cands):
        if c <= k or c >= n:
            continue
        k = c
        t = toks[k]
        lead = not t.cap and len(t.text) <= 3 and t.norm in ARTICLES and k + 1 < n and toks[k + 1].cap and \
            text[t.end:toks[k + 1].start] in ("-", "‐", "‑")  # "in al-Sukhna town"
        if k in covered or not (t.cap or lead) or \
                ((t.norm in g.stop or t.norm in g.common) and t.norm not in _UNIT_DIRECTIONS) or \
                (t.text.isupper() and len(t.text) <= 4):
            continue
        end = k + 1 if lead else k
        while end + 1 < n and end + 1 - k < 3 and end + 1 not in covered and _joined(text, toks[end], toks[end + 1]) \
                and (toks[end + 1].cap or toks[end + 1].norm in ARTICLES) and toks[end + 1].norm not in _UNIT_TOKENS:
            end += 1
        if end + 2 < n and toks[end + 1].norm in NAME_CONNECTORS and toks[end + 2].cap and \
                text[toks[end].end:toks[end + 1].start] == " " and text[toks[end + 1].end:toks[end + 2].start] == " ":
            end += 2  # "Agusan del Sur", "Lanao del Norte"
        unit_only = False
        if not LOOSE_CUE.search(_before(text, t.start, 30).lower()) and \
                not LOOSE_AFTER.match(text, toks[end].end, toks[end].end + 50):
            if k not in after_place:
                continue
            unit_only = True  # after "Town, ": only an exactly named district/province, never a spelling guess
        found = None
        for e in range(end, k - 1, -1):
            if toks[e].norm in ARTICLES:
                continue
            name = text[t.start:toks[e].end]
            if len(name) < 5:
                continue
            # a district/LGA/township the town table lacks ("Shangla district", "Tarmuwa local government area")
            ids = g.admin2_ids(name, countries) if UNIT_AFTER.match(text, toks[e].end, toks[e].end + 20) or \
                (len(name) >= 5 and name.lower() not in _UNIT_DIRECTIONS) else ()
            fuzzy = not ids
            local = None
            if fuzzy and e == k and UNIT_AFTER.match(text, toks[e].end, toks[e].end + 20):
                ids = _adjectival_unit(g, name, countries | SLAVIC_UNIT_COUNTRIES, text)  # "Klimovsky district"
                fuzzy = not ids
                ccs = {g.rows[i][ISO2] for i in ids}
                local = next(iter(ccs)) if len(ccs) == 1 else None  # the district's name says its country
            if fuzzy and not unit_only:
                ids = _closest(g, name, countries)
            if ids:
                found = _Match(k, e + 1, t.start, toks[e].end, ids=ids, key=" ".join(x.norm for x in toks[k:e + 1]))
                _context(found, text, toks, g, body_start)
                found.cue = True
                found.fuzzy = fuzzy
                found.local = found.local or local
                break
        if found is None:
            continue
        extra.append(found)
        k = found.j - 1
    return extra


ADJ_UNIT = re.compile(r"^([A-Z][a-z]{2,}?)(?:skiy|skyi|skyy|sky|skij|ski|skoy|skaya|ska|skyi)$")
SLAVIC_UNIT_COUNTRIES = frozenset({"RU", "UA", "BY"})  # where districts are named by an adjective of their town
_ADJ_ENDINGS = ("", "o", "a", "e", "i", "y", "sk", "ka", "ki", "ovo", "ino")


def _adjectival_unit(g: Gazetteer, name: str, countries, text: str) -> tuple[int, ...]:
    """The town an adjectival Russian/Ukrainian district name is named after ("Klimovsky district" = Klimovo,
    "Shebekinsky" = Shebekino, "Bakhmutskyi raion" = Bakhmut, "Sudzhansky" = Sudzha), among the article's
    countries; of several namesakes, those whose region the text names."""
    mm = ADJ_UNIT.match(name)
    if not mm:
        return ()
    stem = mm.group(1)
    stems = [stem] + ([stem[:-1]] if stem.endswith("n") and len(stem) > 4 else [])
    ids = []
    for st in stems:
        for end in _ADJ_ENDINGS:
            ids += [i for i in g.ids(norm_key(st + end)) if g.rows[i][KIND] == "city" and g.rows[i][ISO2] in countries]
    ids = list(dict.fromkeys(ids))
    named = [i for i in ids if g.rows[i][ADMIN1] and g.rows[i][ADMIN1] in text]
    return tuple(named or ids)


def _closest(g: Gazetteer, name: str, countries) -> tuple[int, ...]:
    """Places of the given countries sharing a spelling skeleton with name, the most similar spelling only."""
    scored = []
    for lk in _skeletons(name):
        if len(lk) < 3:
            continue
        for i in g.loose_ids(lk):
            if g.rows[i][ISO2] in countries:
                r = name_similarity(name, g.rows[i][NAME])
                if r >= 0.75:
                    scored.append((r, i))
    for i in g.variant_ids(name, countries):  # Laukkaing = Laukkai, whose skeleton is too short to index
        r = name_similarity(name, g.rows[i][NAME])
        if r >= 0.7:
            scored.append((r, i))
    if not scored:
        return ()
    top = max(r for r, _ in scored)
    return tuple(dict.fromkeys(i for r, i in scored if r >= top - 0.03))


def _skeletons(name: str) -> list[str]:
    """Spelling skeletons of a name and of its common Burmese/Chinese/Arabic ending variants (-ng/-n, -h):
    Laukkaing ~ Laukkai, Hpakant ~ Hpakan, Tal Afar ~ Tall Afar."""
    out = [loose_key(name)]
    low = name.lower()
    for cut in (2 if low.endswith("ng") else 0, 1 if low[-1:] in "nhg" else 0):
        if cut and len(name) - cut >= 4:
            lk = loose_key(name[:-cut])
            if lk not in out:
                out.append(lk)
    return out


@functools.lru_cache(maxsize=1)
def _org_names() -> dict[str, list[tuple[str, ...]]]:
    """Multi-word names of named actors and sources (actors.jsonl, sources.jsonl) that hold a capitalised word,
    by first word: a place inside one ("Kurdistan Regional Government", "Syrian Observatory for Human Rights")
    names the body, not where anything happened."""
    names: set[str] = set()
    for line in (DATA_DIR / "actors.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if not rec.get("generic") and "{" not in rec["name"]:
                names.update([rec["name"], *rec.get("aliases", ())])
    for line in (DATA_DIR / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            names.update([rec["canonical"], *rec.get("aliases", ())])
    g = Gazetteer.get()
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        toks = _tokens(name)
        if toks and toks[0].norm == "the":
            toks = toks[1:]
        if len(toks) < 2 or not any(t.cap for t in toks) or g.ids(norm_key(name)):
            continue
        out.setdefault(toks[0].norm, []).append(tuple(t.norm for t in toks))
    for lst in out.values():
        lst.sort(key=len, reverse=True)
    return out


def _org_spans(text: str, toks: list[_Tok], publisher: str | None) -> list[tuple[int, int]]:
    """Character spans of organisation and outlet names: named actors/sources, the publisher's name and
    "the <word of the publisher's name>" ("told the Herald")."""
    index = _org_names()
    pub = {t.norm for t in _tokens(publisher or "") if t.cap and t.norm not in FUNCTION_WORDS}
    spans: list[tuple[int, int]] = []
    n = len(toks)
    norms = tuple(t.norm for t in toks)  # one tuple slice compares a candidate name's words at C speed
    i = 0
    while i < n:
        t = toks[i]
        hit = 0
        for keys in index.get(t.norm, ()) if t.cap else ():
            k = len(keys)
            if i + k <= n and norms[i:i + k] == keys and \
                    all(_joined(text, toks[i + x - 1], toks[i + x]) or text[toks[i + x - 1].end:toks[i + x].start]
                        in ("'s ", "’s ", "' ", "’ ") for x in range(1, k)):
                hit = k
                break
        if hit:
            start = t.start
            if i > 0 and toks[i - 1].cap and text[toks[i - 1].end - 2:t.start] in ("'s ", "’s "):
                start = toks[i - 1].start  # "Iran's Revolutionary Guards": whose, not where
            spans.append((start, toks[i + hit - 1].end))
            i += hit
            continue
        if pub and t.cap and t.norm in pub and i > 0 and toks[i - 1].norm == "the":
            spans.append((t.start, t.end))  # "told the Herald"
        i += 1
    return spans


def annotate(doc, g: Gazetteer | None = None) -> list[PlaceMention]:
    g = g or Gazetteer.get()
    text = doc_text(doc)  # doc.text rebuilds the string from every token on each access
    toks = _tokens(text)
    matches = find_matches(text, g, toks)
    body_start = getattr(doc._, "body_start", 0) or 0
    # names inside an organisation's or outlet's name are no places; a country so named keeps half a vote
    spans = _org_spans(text, toks, getattr(doc._, "publisher", None))
    org_countries: Counter = Counter()
    if spans:
        starts_ = [s for s, _ in spans]
        kept = []
        for m in matches:
            k = bisect.bisect_right(starts_, m.start) - 1
            if k >= 0 and spans[k][1] >= m.end and not m.demonym and not (
                    m.start == spans[k][0] and text[m.end:m.end + 2] not in ("'s", "’s") and
                    any(g.rows[i][KIND] == "country" for i in m.ids)):  # "the U.S. military": still the country
                for i in m.ids:
                    if g.rows[i][KIND] == "country":
                        org_countries[g.rows[i][ISO2]] += 0.5
                        break
                continue
            kept.append(m)
        matches = kept
    kept = []
    for m in matches:
        if m.ids and not m.demonym and (ORG_OF_BEFORE.search(text, max(0, m.start - 80), m.start) or
                                        POSS_ORG_AFTER.match(text[m.end:m.end + 60])):
            if any(g.rows[i][KIND] == "country" for i in m.ids):
                org_countries[next(g.rows[i][ISO2] for i in m.ids if g.rows[i][KIND] == "country")] += 0.5
            continue
        kept.append(m)
    matches = kept

    # --- 1. local context of each match: region words, cues, datelines, metonyms, organisations ---------
    for m in matches:
        if not m.demonym:  # a demonym only qualifies the next name (see _local_countries)
            _context(m, text, toks, g, body_start)

    # two one-word names in a row, one of them a surname, are one person ("Lloyd Austin")
    for k in range(1, len(matches)):
        a, b = matches[k - 1], matches[k]
        if a.j == b.i and text[a.end:b.start] == " " and (a.person or b.person) and \
                a.j - a.i == 1 and b.j - b.i == 1 and not any(g.rows[i][KIND] == "country" for i in a.ids + b.ids):
            a.person = b.person = True

    # "X, Y and Z governorates": the plural region word covers the whole list
    for k in range(len(matches) - 1, 0, -1):
        m = matches[k]
        if m.admin and m.plural:
            prev = matches[k - 1]
            if GAP_LIST.match(text[prev.end:m.start]) and not prev.admin:
                prev.admin, prev.plural = True, True
    for k in range(len(matches) - 1):
        m = matches[k]
        if m.admin and m.plural and "of" in _before(text, m.start)[-12:]:
            nxt = matches[k + 1]
            if GAP_LIST.match(text[m.end:nxt.start]):
                nxt.admin, nxt.plural = True, True

    # "Salvatierra, Guanajuato": a region name right after a town of that region qualifies the town
    for k in range(1, len(matches)):
        a, b = matches[k - 1], matches[k]
        if b.admin or not a.ids or not b.ids or text[a.end:b.start] != ", ":
            continue
        regions = [i for i in b.ids if g.rows[i][KIND] == "admin1"]
        if not regions:
            continue
        towns = {(g.rows[i][ISO2], norm_token(g.rows[i][ADMIN1] or "")) for i in a.ids if g.rows[i][KIND] == "city"}
        if any((g.rows[r][ISO2], norm_token(g.rows[r][NAME])) in towns for r in regions):
            b.admin = True

    _in_named_region(matches, text, g)

    # capitals listed together are governments: "Damascus, Tehran, and Moscow"
    for k in range(len(matches) - 1):
        a, b = matches[k], matches[k + 1]
        if a.ids and b.ids and GAP_LIST.match(text[a.end:b.start]):
            ca = [i for i in a.ids if _is_capital(g, i)]
            cb = [i for i in b.ids if _is_capital(g, i)]
            if ca and cb and g.rows[ca[0]][ISO2] != g.rows[cb[0]][ISO2] and (a.metonym or b.metonym or (
                    k + 2 < len(matches) and GAP_LIST.match(text[b.end:matches[k + 2].start]))):
                a.metonym = b.metonym = True

    starts = _sentence_starts(doc)
    _local_countries(matches, text, g, starts)

    # --- 2. the article's countries -------------------------------------------------------------------
    # explicit: country names (more when located: "in Syria"; less as a modifier: "U.S. drone", "US troops"),
    # demonyms (half); towns: distinct unambiguous towns. A country is "of the article" when named outright
    # or through two different towns; the hint is the best total.
    explicit: Counter = Counter(org_countries)
    towns: dict[str, set] = {}
    for m in matches:
        if NOT_PLACE_AFTER.match(text[m.end:m.end + 14]):
            continue
        if m.metonym and not any(g.rows[i][KIND] == "country" for i in m.ids):
            continue  # "Washington's forces" says nothing of where; "Israel struck" still says Israel
        if m.demonym:
            explicit[m.demonym] += 0.5
            continue
        kinds = {g.rows[i][KIND] for i in m.ids}
        if m.admin and not m.district and "admin1" in kinds:
            # "the Gao region", "Yobe state": a region named as one says its country as plainly as the country
            regs = {g.rows[i][ISO2] for i in m.ids if g.rows[i][KIND] == "admin1"}
            if len(regs) == 1 and not _of_other_country(g, text, m.end, next(iter(regs))):
                explicit[next(iter(regs))] += 1.0
                continue
        if "country" in kinds and not m.admin:  # "Niger state" is a region of Nigeria, no vote for Niger
            iso2 = next(g.rows[i][ISO2] for i in m.ids if g.rows[i][KIND] == "country")
            after = text[m.end:m.end + 20]
            if m.cue:
                w = 2.0
            elif MODIFIER_AFTER.match(after) or after[:1] == "-":  # "US-Saudi aggression", "Israel-Hamas war"
                w = 0.3  # used as a modifier: "U.S. drone strike", "US Central Command"
            else:
                w = 1.0
            explicit[iso2] += w
            continue
        if m.key in g.stop or m.key in g.common or m.person:
            continue
        ccs = {g.rows[i][ISO2] for i in m.ids if g.rows[i][ISO2]}
        if len(ccs) == 1:
            towns.setdefault(next(iter(ccs)), set()).add(m.key)
        elif m.ids:  # a name the gazetteer lost all candidates for (e.g. pruned by its region) votes for nothing
            big = max(m.ids, key=lambda i: g.rows[i][POP])
            if g.rows[big][POP] >= 500000:
                explicit[g.rows[big][ISO2]] += 0.3
    votes: Counter = Counter(explicit)
    for cc, keys in towns.items():
        votes[cc] += 0.75 * len(keys)
    hint = votes.most_common(1)[0][0] if votes else None
    countries = {c for c, v in explicit.items() if v >= 1.0} | {c for c, k in towns.items() if len(k) >= 2}
    if hint:
        countries.add(hint)

    # --- 2b. spelling variants of local places: an unmatched capitalised name after "village of"/"in"/"near",
    # looked up by its consonant skeleton among the article's own countries only ("Darat Izza" = Darat Izzah)
    local = {m.local for m in matches if m.local}
    if countries or local:
        extra = _loose_matches(text, toks, matches, g, countries | local, body_start)
        if extra:
            inside = {x for e in extra for x in range(e.i, e.j)}  # "Agusan del Sur" swallows the "Sur" match
            matches = sorted([m for m in matches if m.i not in inside] + extra, key=lambda m: m.start)
            _in_named_region(matches, text, g)
            _local_countries(matches, text, g, starts)

    # --- 3. resolve each mention --------------------------------------------------------------------
    mentions: list[PlaceMention] = []
    article_hint, article_countries = hint, countries
    last_point = None
    # a namesake named before any other town is judged by the article's first unambiguous town ("Pokrovsk ...
    # Myrnohrad": the Donetsk Pokrovsk, not the one in Yakutia)
    first_point = next(((g.rows[m.ids[0]][LAT], g.rows[m.ids[0]][LON]) for m in matches
                        if len(m.ids) == 1 and g.rows[m.ids[0]][KIND] in ("city", "site") and not m.person
                        and not m.demonym and not m.metonym and m.key not in g.stop and m.key not in g.common
                        and not m.fuzzy and g.rows[m.ids[0]][ISO2] in countries), None)
    regions_by_sent, regions_by_para, newlines = _stated_regions(matches, text, g, starts, hint, countries)
    dateline = None
    for m in matches:
        if m.demonym or m.metonym:
            continue
        if NOT_PLACE_AFTER.match(text[m.end:m.end + 14]):
            continue
        words = text[m.start:m.end]
        nxt = toks[m.j] if m.j < len(toks) else None
        before = _before(text, m.start)
        # a person's or an organisation's name that begins with a place name
        if before[-1:] == " " and TITLE_BEFORE.search(before[-30:]):
            continue
        if ORIGIN_BEFORE.search(before) or (ORIGIN_FROM_BEFORE.search(before[-30:]) and m.ids and all(
                g.rows[i][KIND] in ("admin1", "country") for i in m.ids)):
            continue  # "persons belonging to Punjab": the victims' origin
        if CRAFT_BEFORE.search(before[-45:]):
            continue  # "the passenger boat 'Tombouctou'", "Operation Peace Spring": a vessel's or operation's name
        if _inside_longer_name(text, toks, m, g):
            continue  # "Puerto Jordán", "Bank Indonesia": a country's name inside a longer proper name
        if nxt is not None and not m.admin and nxt.cap and _JOIN.match(text[m.end:nxt.start]) and \
                nxt.norm in ORG_AFTER:
            continue
        if nxt is not None and not nxt.cap and text[m.end:nxt.start] == " " and nxt.norm in ORG_AFTER_LOWER:
            continue  # "Sinaloa cartel", "Tren de Aragua gang": a group named after a place
        stop = m.key in g.stop
        common = m.key in g.common
        if m.person and any(g.rows[i][KIND] == "country" for i in m.ids) and toks[m.i - 1].cap and \
                text[toks[m.i - 1].end:m.start] == " ":
            continue  # "Michael Jordan", "Jim Jordan"
        if stop and not (m.admin or TOWN_OF.search(before)):
            continue
        ids = m.ids
        if m.local:  # "the Lebanese village of X", "In neighbouring Niger, ... X": that country's X
            hint, countries = m.local, article_countries | {m.local}
        else:
            hint, countries = article_hint, article_countries
        if m.fuzzy:
            # a spelling-skeleton match: only one place of the article's own country, near the story's towns
            ids = tuple(i for i in ids if g.rows[i][ISO2] in (hint, m.local))
            ref = last_point or first_point
            if len({(round(g.rows[i][LAT], 1), round(g.rows[i][LON], 1)) for i in ids}) != 1 or (
                    ref is not None and haversine_km(ref, (g.rows[ids[0]][LAT], g.rows[ids[0]][LON])) > 400):
                continue
            regs = regions_by_sent.get(bisect.bisect_right(starts, m.start) - 1) or \
                regions_by_para.get(bisect.bisect_left(newlines, m.start))
            if regs and (g.rows[ids[0]][ISO2], norm_key(g.rows[ids[0]][ADMIN1] or "")) not in regs:
                continue  # "Myaung Township" in a Sagaing story is not Myanaung in Ayeyarwady
        if not m.admin:
            ids = _country_reading(g, ids, hint)
            if m.settlement:  # "Donetsk city": the town, not the oblast
                ids = tuple(i for i in ids if g.rows[i][KIND] == "city") or ids
        sent = max(bisect.bisect_right(starts, m.start) - 1, 0)
        if m.district and m.i > 0 and toks[m.i - 1].norm in _UNIT_DIRECTIONS and text[toks[m.i - 1].end:m.start] == " ":
            prev = toks[m.i - 1]  # "North Wollo zone", "West Guji zone": the direction is part of the unit's name
            units = g.admin2_ids(prev.text + " " + text[m.start:toks[m.j - 1].end], countries)
            if units:
                ids, m.start = units, prev.start
        rid = _resolve_district(g, m, ids, hint, countries) if m.district else None
        if rid is None and m.admin:
            rid = _resolve_admin(g, m, hint, countries)
            if rid is not None and _of_other_country(g, text, m.end, g.rows[rid][ISO2]):
                continue  # "the Sahel region of Mali": not Burkina Faso's Sahel region
            if rid is not None and m.district and g.rows[rid][ISO2] != hint:
                rid = None  # "Beni territory" in a Congo story: the town, not Bolivia's El Beni department
                ids = tuple(i for i in ids if g.rows[i][KIND] != "admin1") or ids
            if rid is None and not m.district:
                rid = _resolve_district(g, m, ids, hint, countries)  # "Soum province": Burkina's second level
            if rid is None:
                m.near = True  # "the Qandil and Gara regions": the site or town, as an area
        fallback = False
        if rid is None:
            ranked = g.rank(ids, hint, last_point or first_point, countries)
            if not ranked:
                continue
            rid = ranked[0]
            r = g.rows[rid]
            qualified = _qualified(g, ranked, text, m.end)
            if qualified is not None:
                rid = qualified  # "Cairo, Georgia", "Tripoli, Lebanon": the namesake the text names
                r = g.rows[rid]
                m.cue = True
            elif m.dateline and r[ISO2] not in _qualifier_countries(g, text, m.end):
                continue  # "Koya, Kurdistan Region -" and no Koya there: not the namesake abroad
            elif r[KIND] == "city" and r[POP] < 50000 and len(ranked) > 1:
                # a world city outweighs a small namesake, even in the article's country (Cairo, not Cairo GA)
                world = [i for i in ranked[1:] if g.rows[i][KIND] == "city" and
                         (g.rows[i][POP] >= 2000000 or (_is_capital(g, i) and g.rows[i][POP] >= 500000))]
                if world:
                    rid = world[0]
                    r = g.rows[rid]
            container = CONTAINER_BEFORE.search(before[-40:]) is not None and not m.settlement
            if container and r[KIND] == "city":  # "a village in Arauca" is in the department, not the town
                region = [i for i in ranked if g.rows[i][KIND] == "admin1" and g.rows[i][ISO2] == r[ISO2]]
                if region:
                    rid = region[0]
                    r = g.rows[rid]
            if r[KIND] == "admin1" and not container:
                rid = g.seat_city(rid, words)
                if rid == ranked[0] and m.near and not m.admin:  # "near Menaka": the town, not the region
                    town = [i for i in ranked if g.rows[i][KIND] == "city" and g.rows[i][ISO2] == r[ISO2] and
                            norm_key(g.rows[i][NAME]) == m.key]
                    rid = town[0] if town else rid
                r = g.rows[rid]
            if qualified is None and not m.local and r[KIND] in ("city", "site"):
                para = bisect.bisect_left(newlines, m.start)
                got = _within_stated_region(g, m, ranked, rid, regions_by_sent.get(sent),
                                            regions_by_para.get(para), countries)
                if got is not None:
                    rid, fallback = got
                    r = g.rows[rid]
            if r[KIND] == "city" and hint and r[ISO2] != hint and qualified is None and not m.local and \
                    (r[POP] < 100000 or norm_key(r[NAME]) != m.key) and not fallback:
                # ... and a city abroad known by that name only as an alias ("Mambasa" for Mombasa, "Bale" for Basel)
                units = g.admin2_ids(m.key, (hint,))  # "Kohistan": the Pakistani district, not Kuhsan in Herat
                if units:
                    rid = units[0]
                    r = g.rows[rid]
            in_article = (r[ISO2] in countries if r[ISO2] else True) or qualified is not None
            if r[KIND] == "city":
                big = r[POP] >= 100000 or _is_capital(g, rid)
                if common and not (m.cue and in_article):
                    continue
                if not in_article and not big and not m.dateline and (not m.cue or countries):
                    continue  # a small town abroad: only when the article has no country of its own
                if not in_article and r[POP] < 1000 and not m.cue:
                    continue
                if not in_article and not m.cue and not m.dateline and (r[POP] < 1000000 or len(m.key) <= 3) and \
                        norm_key(r[NAME]) != m.key and name_similarity(r[NAME], m.key) < 0.8:
                    continue  # "Kuki" (a people), "El Sol" (a paper): only an alternate name of a town abroad
                if not in_article and not m.cue and not m.dateline and (
                        is_metonym(text, m.start, m.end) or SPEECH_AFTER.match(text, m.end, m.end + 30)):
                    continue  # "Saba reported", "Tasnim said": an outlet or a government, not a town abroad
                # part of a person's name ("Mark Carney", "Hassan Nasrallah"): believed only for a big town of
                # the article's countries (a title-case headline: "Drone Hits Erbil Airport")
                if m.person and not (in_article and big):
                    continue
                # a district of a city in the article's country is not a town abroad ("Dar es Salaam neighbourhood")
                if not in_article and DISTRICT_AFTER.match(text[m.end:m.end + 20]):
                    continue
            elif r[KIND] in ("site", "admin1") and not in_article and (
                    common or (m.j - m.i == 1 and not (m.cue or m.admin))):  # one-word regions abroad need a cue
                continue
        r = g.rows[rid]
        precision = None
        if m.near and r[KIND] in ("city", "site"):
            precision = max(r[PREC], 2)  # near / part of it; a region-sized site stays 3
        elif fallback:
            precision = 2 if m.near or r[KIND] == "admin2" else 3  # only the region the text names places it
        place = g.place(rid, precision)
        pm = PlaceMention(start=m.start, end=m.end, text=text[m.start:m.end], place=place, sent=sent)
        mentions.append(pm)
        if m.dateline and dateline is None:
            dateline = pm
        if r[KIND] in ("city", "site") and not fallback:
            last_point = (r[LAT], r[LON])

    doc._.places = mentions
    doc._.dateline = dateline
    hint = article_hint
    doc._.country_hint = g.rows[g.countries[hint]][NAME] if hint and hint in g.countries else None
    return mentions


_NEWLINE = re.compile(r"\n")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|throughout|of|into|from|inside|around|near|elsewhere\s+in)\s+(?:the\s+)?"
                             r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                             r"(?:ern)?\s+)?$", re.IGNORECASE)
REGION_ORG_AFTER = re.compile(r"(?:\s+(?:state|region|province|governorate|oblast))?(?:['’]s)?\s+(?:governor|police|"
                              r"government|officials?|authorities|command|commissioner|lawmakers?|assembly|emergency|"
                              r"spokesm[ae]n|administration|council|prosecutor|ministry|health|security\s+council)\b",
                              re.IGNORECASE)


def _stated_regions(matches: list[_Match], text: str, g: Gazetteer, starts: list[int], hint, countries):
    """First-level regions of the article's countries each sentence and each paragraph names ("Yobe state",
    "in Sagaing", "Kherson Oblast", a district's region): {sentence: {(iso2, key): rid}}, {paragraph: ...}, and
    the newline offsets that number the paragraphs."""
    newlines = [mm.start() for mm in _NEWLINE.finditer(text)]
    by_sent: dict[int, dict] = {}
    by_para: dict[int, dict] = {}
    # a name the article calls a region once ("Sagaing Region") is the region when it comes back bare ("in Sagaing")
    regional = {m.key for m in matches if m.admin and not m.district and m.ids and
                any(g.rows[i][KIND] == "admin1" for i in m.ids[:4])}
    for m in matches:
        if m.demonym or m.metonym or m.person or not m.ids:
            continue
        rid = None
        k0 = g.rows[m.ids[0]][KIND]
        if k0 == "admin2" and g.rows[m.ids[0]][ISO2] in countries:
            r = g.rows[m.ids[0]]
            rid = g.admin1_by.get((r[ISO2], norm_key(r[ADMIN1] or "")))
        elif m.admin or m.key in regional or (k0 == "admin1" and not any(  # a bare name is a region unless a town bears it ("Gao")
                g.rows[i][KIND] == "city" and g.rows[i][ISO2] == g.rows[m.ids[0]][ISO2] and g.rows[i][POP] >= 20000 and
                norm_key(g.rows[i][NAME]) == m.key for i in m.ids)):
            regs = [i for i in m.ids[:4] if g.rows[i][KIND] == "admin1" and g.rows[i][ISO2] in countries]
            regs.sort(key=lambda i: g.rows[i][ISO2] != hint)
            rid = regs[0] if regs else None
        if rid is None or _of_other_country(g, text, m.end, g.rows[rid][ISO2]) or \
                REGION_ORG_AFTER.match(text, m.end, m.end + 40) or \
                not (m.admin or k0 == "admin2" or LOCATIVE_BEFORE.search(text, max(0, m.start - 30), m.start)):
            continue  # "the Yobe governor", "Borno police said": who speaks, not where the story is
        r = g.rows[rid]
        key = (r[ISO2], norm_key(r[NAME]))
        s = bisect.bisect_right(starts, m.start) - 1
        by_sent.setdefault(s, {})[key] = rid
        by_para.setdefault(bisect.bisect_left(newlines, m.start), {})[key] = rid
    return by_sent, by_para, newlines


def _within_stated_region(g: Gazetteer, m: _Match, ranked: list[int], rid: int, in_sent, in_para, countries):
    """The namesake inside the region the sentence (else the paragraph) names: "Mafa ... Yobe state" is not the
    Borno Mafa, "near Kani town" in a Sagaing story is not Kani in Japan. With no namesake inside, the region
    itself when the best reading is a small town abroad, or a small town of another region of the same
    sentence's single region. Returns (record id, True when it is the region fallback) or None (keep rid)."""
    regs = in_sent or in_para
    if not regs:
        return None
    r = g.rows[rid]

    def key(i):
        return g.rows[i][ISO2], norm_key(g.rows[i][ADMIN1] or "")

    if key(rid) in regs or not r[ISO2] or (r[KIND] == "site" and r[PREC] > 1):
        return None
    big = r[POP] >= 100000 or _is_capital(g, rid)
    inside = [i for i in ranked if key(i) in regs and g.rows[i][KIND] in ("city", "site")]
    if inside:
        return (inside[0], False) if not big else None
    located = m.cue or m.settlement or m.district or (m.near and not m.admin)
    if not located or m.person or m.key in g.stop or m.key in g.common:
        return None  # only a name the text places ("near Kani town", "in Mafa") falls back to its region
    abroad = r[ISO2] not in countries
    if abroad and not _is_capital(g, rid) and (r[POP] < 100000 or (m.settlement and r[POP] < 1000000)) \
            and not m.dateline:
        target = next(iter(regs.values())) if len(regs) == 1 else None
    elif not abroad and in_sent and len(in_sent) == 1 and r[POP] < 50000 and r[KIND] == "city" and not m.district:
        target = next(iter(in_sent.values()))
    else:
        target = None
    return (target, True) if target is not None else None


_OF_COUNTRY = re.compile(r"\s*(?:,|\s(?:of|in))\s+(?:the\s+)?([A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+)?)")


def _of_other_country(g: Gazetteer, text: str, end: int, iso2: str | None) -> bool:
    """True when the words after a region put it in another country: 'the Sahel region of Mali'."""
    m = _OF_COUNTRY.match(text, end, end + 40)
    if m is None or not iso2:
        return False
    for cand in (m.group(1), m.group(1).split(" ")[0]):
        cc = g.country_keys.get(norm_key(cand))
        if cc:
            return cc != iso2
    return False


_UNIT_TOKENS = frozenset(ADMIN_SINGULAR | ADMIN_PLURAL | {"lga", "local"})
_UNIT_DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "northern", "southern",
                              "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern"})


def _resolve_district(g: Gazetteer, m: _Match, ids, hint, countries) -> int | None:
    """'Shangla district', 'Tarmuwa local government area', 'Myaung Township': the second-level unit of the
    article's countries, or its namesake town when the unit is named after it (within 60 km); None when no unit
    is known (the town reading then applies)."""
    units = [i for i in ids if g.rows[i][KIND] == "admin2"] or list(g.admin2_ids(m.key, countries))
    if not units:
        return None
    unit = g.rank(units, hint, None, countries)[0]
    u = g.rows[unit]
    towns = [i for i in ids if g.rows[i][KIND] == "city" and g.rows[i][ISO2] == u[ISO2] and
             haversine_km((g.rows[i][LAT], g.rows[i][LON]), (u[LAT], u[LON])) < 60]
    if towns:
        m.near = True
        return max(towns, key=lambda i: g.rows[i][POP])
    return unit


_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _inside_longer_name(text: str, toks: list[_Tok], m: _Match, g: Gazetteer) -> bool:
    """A country's name right after a capitalised word that is no place, direction or function word ('Puerto
    Jordán', 'Air India', 'Bank Indonesia') is part of that longer name; title-case headlines excepted."""
    if m.i == 0 or not m.ids or g.rows[m.ids[0]][KIND] != "country":
        return False
    prev = toks[m.i - 1]
    if not prev.cap or text[prev.end:m.start] != " " or prev.text.isupper() or prev.norm in FUNCTION_WORDS or \
            prev.norm in g.demonyms or prev.norm in g.country_keys or prev.norm in ARTICLES:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if not text[line_start:prev.start].strip():
        return False  # the name opens a line ("Puerto" as a byline word is rare; a heading is not)
    line_end = text.find("\n", m.end)
    words = _LINE_WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)])
    return not (words and sum(w[0].isupper() for w in words) >= 0.6 * len(words))  # not a title-case headline


def _in_named_region(matches: list[_Match], text: str, g: Gazetteer) -> None:
    """"Synkivka in Kharkiv region", "Hays district in Hodeidah governorate": the town is the one in that region;
    with no namesake there, the gazetteer lacks it and the far namesakes are wrong (the region places it)."""
    for k in range(1, len(matches)):
        a, b = matches[k - 1], matches[k]
        units = [i for i in b.ids[:1] if g.rows[i][KIND] == "admin2"]
        if units and a.ids and not a.admin and not a.demonym and IN_REGION_GAP.match(text[a.end:b.start]):
            # "Mafa village in Tarmuwa local government area": the namesake within the unit, else the unit
            u = g.rows[units[0]]
            inside = tuple(i for i in a.ids if g.rows[i][ISO2] == u[ISO2] and g.rows[i][KIND] in ("city", "site") and
                           haversine_km((g.rows[i][LAT], g.rows[i][LON]), (u[LAT], u[LON])) < 60)
            a.ids = inside or (units[0],)
            if not inside:
                a.near = True
            continue
        if not b.admin or b.near or b.plural or (a.admin and not a.near) or not a.ids or \
                not IN_REGION_GAP.match(text[a.end:b.start]):
            continue
        regions = {(g.rows[i][ISO2], norm_key(g.rows[i][NAME])) for i in b.ids if g.rows[i][KIND] == "admin1"}
        if not regions or any(g.rows[i][KIND] in ("country", "admin1") for i in a.ids[:3]):
            continue
        inside = tuple(i for i in a.ids if (g.rows[i][ISO2], norm_key(g.rows[i][ADMIN1] or "")) in regions)
        if inside:
            a.ids = inside
        else:
            a.ids = ()  # dropped in step 3


def _country_ids(g: Gazetteer, ids) -> list[int]:
    n = len(g.countries)  # country records come first, and ids are in record order
    return [i for i in ids[:4] if i < n] if ids and ids[0] < n else []


def _country_reading(g: Gazetteer, ids, hint) -> tuple[int, ...]:
    """A bare name that is a country's is the country ("in neighbouring Niger", "TIJUANA, Mexico"), not the
    Nigerian state or a city listing it as an alternate name; only a region of the article's own country named
    like a far-away country keeps its reading (Georgia in a US story)."""
    cids = _country_ids(g, ids)
    if not cids:
        return ids
    c = g.rows[cids[0]]
    if not hint or hint == c[ISO2]:
        return (cids[0],)
    home = [i for i in ids if i < g.admin1_end and g.rows[i][KIND] == "admin1" and g.rows[i][ISO2] == hint and hint != c[ISO2] and
            haversine_km((g.rows[i][LAT], g.rows[i][LON]), (c[LAT], c[LON])) > 3000]
    return tuple(home) or (cids[0],)


def _local_countries(matches: list[_Match], text: str, g: Gazetteer, starts: list[int]) -> None:
    """Set m.local where the words put a name in a country: a demonym or a country's possessive right before
    it ("the southern Lebanese village of X", "Niger's Tillaberi region"), or a sentence that places itself in
    one country ("In neighbouring Niger, jihadists ambushed a convoy near X in the Tillaberi region")."""
    for k in range(len(matches) - 1):
        a, b = matches[k], matches[k + 1]
        if b.demonym or b.local or b.start - a.end > 60 or not b.ids:
            continue
        gap = text[a.end:b.start]
        if a.demonym:
            cc = a.demonym if " of" in gap.lower() else None
            if cc and text[a.start - 1:a.start] == "-" and k > 0 and matches[k - 1].demonym:
                # "the Syrian-Turkish border town of X": whichever of the two countries has an X
                pair = (matches[k - 1].demonym, cc)
                cc = next((c for c in pair if any(g.rows[i][ISO2] == c for i in b.ids[:50])), None)
        elif gap[:1] in "'’" and not a.admin:
            cids = _country_ids(g, a.ids)
            cc = g.rows[cids[0]][ISO2] if cids else None
        else:
            cc = None
        if cc and QUALIFIER_GAP.match(gap):
            b.local = cc
    by_sent: dict[int, set] = {}
    sent_of = {}
    for m in matches:
        s = bisect.bisect_right(starts, m.start) - 1
        sent_of[id(m)] = s
        if m.cue and not m.admin and not m.demonym and not m.metonym:
            cids = _country_ids(g, m.ids)
            if cids:
                by_sent.setdefault(s, set()).add(g.rows[cids[0]][ISO2])
    if not by_sent:
        return
    for m in matches:
        one = by_sent.get(sent_of[id(m)])
        if m.local is None and one and len(one) == 1:
            m.local = next(iter(one))


def _qualified(g: Gazetteer, ranked: list[int], text: str, end: int) -> int | None:
    """The candidate whose region or country follows the name after a comma ("Cairo, Georgia")."""
    if text[end:end + 1] != "," or len(ranked) < 2:
        return None
    after = text[end + 1:end + 40].lstrip()
    if not after[:1].isupper():
        return None
    for i in ranked:
        r = g.rows[i]
        cname = g.rows[g.countries[r[ISO2]]][NAME] if r[ISO2] in g.countries else None
        for q in (r[ADMIN1], cname, "US" if r[ISO2] == "US" else None):
            if q and after.startswith(q) and not after[len(q):len(q) + 1].isalpha():
                return i
    # "Koya, Kurdistan Region": a region-sized name the gazetteer knows (a region, a country, a region-sized site)
    # qualifies the town: the candidate in that region, else in that country
    words = _QUALIFIER_WORDS.match(after)
    if not words:
        return None
    toks = words.group().split()
    for n in range(len(toks), 0, -1):
        regs = [i for i in g.ids(norm_key(" ".join(toks[:n]))) if g.rows[i][KIND] in ("admin1", "country") or
                (g.rows[i][KIND] == "site" and g.rows[i][PREC] >= 3)]
        if regs:
            areas = {(g.rows[i][ISO2], g.rows[i][ADMIN1] if g.rows[i][KIND] != "country" else None) for i in regs}
            for strict in (True, False):
                for i in ranked:
                    r = g.rows[i]
                    if r[KIND] in ("city", "site") and any(r[ISO2] == cc and (not strict or a is None or a == r[ADMIN1])
                                                           for cc, a in areas):
                        return i
            return None
    return None


def _qualifier_countries(g: Gazetteer, text: str, end: int) -> set:
    """Countries of a region or country named right after a town and a comma ("Koya, Kurdistan Region -");
    every country when nothing region-sized follows."""
    words = _QUALIFIER_WORDS.match(text[end + 1:end + 40].lstrip()) if text[end:end + 1] == "," else None
    if not words:
        return _ANY
    toks = words.group().split()
    for n in range(len(toks), 0, -1):
        regs = [i for i in g.ids(norm_key(" ".join(toks[:n]))) if g.rows[i][KIND] in ("admin1", "country") or
                (g.rows[i][KIND] == "site" and g.rows[i][PREC] >= 3)]
        if regs:
            return {g.rows[i][ISO2] for i in regs}
    return _ANY


class _AnySet(frozenset):
    def __contains__(self, item):
        return True


_ANY = _AnySet()
_QUALIFIER_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


def _resolve_admin(g: Gazetteer, m: _Match, hint, countries) -> int | None:
    """Region reading of a name followed/preceded by a region word: same country as the best city reading."""
    cands = []
    if m.rural:  # "rural Damascus", "Damascus countryside": Rif Dimashq, not the city governorate
        for pat in ("rural {}", "{} countryside", "rif {}", "reef {}"):
            cands = [i for i in g.ids(pat.format(m.key)) if g.rows[i][KIND] == "admin1"]
            if cands:
                break
    if not cands:
        cands = [i for i in m.ids if g.rows[i][KIND] == "admin1"]
    if not cands:
        # "Aleppo province": the admin1 with the name of the city's region, or a spelling variant
        loose = loose_key(m.key)
        cands = [i for i in g.loose_ids(loose) if g.rows[i][KIND] == "admin1" and
                 (g.rows[i][ISO2] in countries or g.rows[i][ISO2] == hint)]
        cities = [i for i in m.ids if g.rows[i][KIND] == "city"]
        if not cands and cities:
            best = g.rank(cities, hint, None, countries)[0]
            c = g.rows[best]
            if c[ADMIN1] and (c[ISO2], norm_token(c[ADMIN1])) in g.admin1_by and \
                    loose_key(c[ADMIN1]) == loose_key(c[NAME]):
                cands = [g.admin1_by[(c[ISO2], norm_token(c[ADMIN1]))]]
    if not cands:
        return None
    return g.rank(cands, hint, None, countries)[0]


@Language.component("sitrep_places")
def sitrep_places(doc):
    annotate(doc)
    return doc


# ---- helpers for the incidents component --------------------------------------------------------------

SPECIFIC = {"site": 0, "city": 1, "admin2": 1.5, "region": 2, "admin1": 2, "country": 3}


def places_in_sentence(doc, sent_index: int) -> list[PlaceMention]:
    return [p for p in (doc._.places or []) if p.sent == sent_index]


def article_country(doc) -> Place | None:
    """The article's country as a Place (precision 3), from doc._.country_hint."""
    name = getattr(doc._, "country_hint", None)
    return Gazetteer.get().country_place(name) if name else None


def best_place(doc, sent_index: int, lookback: int = 0, start: int | None = None,
               end: int | None = None) -> Place | None:
    """The most specific place for an event told in sentence sent_index (or a char span inside it).

    Site > town > region > country; a town inside a region named in the same sentence keeps the region's
    name as admin1. A dateline counts only when the sentence offers nothing more specific than a country.
    lookback > 0 also searches that many earlier sentences (nearest first) when the sentence names nothing."""
    places = doc._.places or []
    dateline = getattr(doc._, "dateline", None)
    for s in range(sent_index, max(-1, sent_index - lookback - 1), -1):
        cands = [p for p in places if p.sent == s and p is not dateline]
        if start is not None and end is not None and s == sent_index:
            inside = [p for p in cands if start <= p.start and p.end <= end]
            cands = inside or cands
        if not cands:
            if s == sent_index and dateline is not None and dateline.sent == s:
                return dateline.place
            continue
        cands.sort(key=lambda p: (SPECIFIC.get(p.place.kind, 4), p.start))
        best = cands[0]
        if best.place.kind == "country" and dateline is not None and dateline.sent == s and \
                dateline.place.country_code == best.place.country_code:
            return dateline.place
        regions = [p.place for p in cands if p.place.kind == "admin1"]
        if best.place.kind in ("city", "site") and regions:
            same = [r for r in regions if r.country_code == best.place.country_code]
            if not same:
                return regions[0]
        return best.place
    return None


def nearest(place: Place, others: list[Place]) -> Place | None:
    if place.latitude is None or not others:
        return None
    return min(others, key=lambda o: haversine_km((place.latitude, place.longitude), (o.latitude, o.longitude)))
