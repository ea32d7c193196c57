"""Pipeline component sitrep_attribution: who said what, through whom.

Sets doc._.attributions to a list of dicts (contract ATTRIBUTION keys plus kind, target, sent, figures):
  source       canonical name, one per real-world source ("SOHR" for "the Britain-based war monitor")
  source_type  news agency | state media | media | armed group media | government | military | armed group |
               monitor | NGO | UN agency | official | person | police | local sources | residents | witnesses |
               security source | medical source | political party | organization ...
  cue          the attributing words as written ("said", "according to", "claimed responsibility")
  claim, start, end   the claim as a span of doc.text (start/end are character offsets)
  via          the named outlet the claim came through ("told Sputnik", "IRNA, citing ..."), else None
  kind         claim | responsibility | accusation | denial
  target       canonical actor claimed/blamed/accused (actors component name when it has one), else None
  sent         index in list(doc.sents) of the sentence holding the claim's start
  sents        every sentence index from the speaker's sentence to the claim's end (a claim may span two)
  figures      fatality figures the claim states (list[int], may be empty)
  mention      the speaker phrase as written ("The Britain-based war monitor", "his office")
  channel      platform a statement was posted on ("Telegram", "X", "Facebook"), else None
Data: sitrep/data/sources.jsonl (known sources), cues.csv (cue phrases with kind and shape),
source_words.csv (words a speaker phrase is made of: determiners, modifiers, heads with their source type);
countries come read-only from countries.csv / demonyms.csv (gazetteer and actors helpers).

How an ACLED coder reads a sentence, and so how this module does:
1. find the attribution cue ("said", "told", "according to", "claimed responsibility", "accused" ...;
   sitrep/data/cues.csv);
2. take the noun phrase next to it (left for "X said", right for "said X" / "according to X");
3. name the source once per real-world source: known outlets/agencies/militaries/monitors
   (sitrep/data/sources.jsonl), "<country> health ministry" style descriptions (country table),
   anonymous sources kept as such ("a security source"), and definite descriptions ("the monitor",
   "the ministry", "the statement", "he") resolved to the most recent matching source of the article;
4. the outlet a claim came through ("told Sputnik", "citing ...") is `via`; the publisher is never a source.

A speaker phrase is a noun phrase headed by a source word: it ends at a relative clause ("a figure [that] the
government rejected" -> the government), keeps hyphenated qualifiers ("Russian-installed officials") and the place
the text names ("the Gaza health ministry", "the Odesa regional administration"); an unqualified ministry, police
or army belongs to the one country its sentence (else its paragraph) names, else to the article's country
("In neighbouring Niger, ... the defence ministry said" -> Nigerien defence ministry); "X (ACR) and Y said" gives
both speakers, but an "and" inside one name does not split it.

Everything is token-window work inside one sentence: linear in the length of the article.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from sitrep.extract.sentences import doc_text, sent_spans

DATA = Path(__file__).resolve().parents[1] / "data"

MEDIA_TYPES = {"news agency", "state media", "media", "armed group media"}
PLATFORMS = {
    "telegram",
    "facebook",
    "x",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
    "website",
    "truth social",
    "social media",
    "weibo",
    "vk",
    "vkontakte",
}
# Words that never belong to a speaker's noun phrase even when capitalised at a sentence start.
STOP_CAPS = {
    "while",
    "as",
    "but",
    "and",
    "however",
    "meanwhile",
    "separately",
    "earlier",
    "later",
    "also",
    "when",
    "although",
    "though",
    "after",
    "before",
    "since",
    "because",
    "if",
    "yet",
    "so",
    "then",
    "in",
    "on",
    "at",
    "last",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "why",
    "how",
    "where",
    "who",
    "which",
    "according",
    "citing",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "no",
    "not",
    "nor",
    "or",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "previously",
    "instead",
    "still",
    "now",
    "thus",
    "furthermore",
    "moreover",
    "additionally",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "about",
    "during",
    "despite",
    "amid",
    "under",
    "over",
    "into",
    "upon",
    "against",
    "between",
    "among",
    "nonetheless",
    "nevertheless",
    "indeed",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "none",
    "others",
    "both",
    "all",
    "each",
    "most",
    "few",
    "many",
    "some",
    "one",
    "anyone",
    "anybody",
    "people",
}
CONNECTORS = {"of", "for", "in", "'s", "’s", "&", "and"}
BOUNDARY_WORDS = {
    "that",
    "and",
    "but",
    "while",
    "as",
    "when",
    "after",
    "because",
    "although",
    "though",
    "since",
    "where",
    "meanwhile",
    "however",
    "also",
    "which",
    "who",
    "whereas",
    "yet",
    "so",
    "if",
    "once",
    "then",
    "or",
    "until",
    "before",
    "separately",
    "earlier",
    "later",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "still",
    "now",
    "today",
    "yesterday",
}
SKIP_LEFT = {
    "has",
    "have",
    "had",
    "also",
    "later",
    "earlier",
    "previously",
    "further",
    "separately",
    "repeatedly",
    "again",
    "already",
    "then",
    "last",
    "first",
    "initially",
    "subsequently",
    "officially",
    "publicly",
    "reportedly",
    "allegedly",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "immediately",
    "quickly",
    "swiftly",
    "widely",
    "recently",
    "frequently",
    "often",
    "once",
}
MEDIA_NAME_WORDS = {
    "voice", "herald", "tribune", "gazette", "journal", "mirror", "observer", "telegraph", "chronicle", "express",
    "guardian", "courier", "standard", "daily", "times", "post", "news", "radio", "tv", "television",
}
QUALIFIER_SUFFIXES = ("-based", "-run", "-backed", "-led", "-aligned", "-allied", "-controlled", "-affiliated", "-linked")
QUALIFIER_NOUNS = {"range", "zone", "division", "district", "state", "province", "region", "sector", "county"}
SELF_REFERENCE = {"cited", "quoted", "mentioned", "listed", "above", "below", "referenced"}
BULLETS = {"-", "–", "—", "•", "*", "·"}
CLAUSE_JOINS = {"and", "but", ";", "while", "whereas"}
PASSIVE = {"was", "were", "been", "be", "being", "is", "are", "widely", "not", "no"}
CLAIM_SKIP = {
    "that",
    ",",
    ":",
    "on",
    "in",
    "a",
    "statement",
    "late",
    "early",
    "earlier",
    "this",
    "week",
    "the",
    "also",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
QUOTES = set("\"“”‘’'«»")
TITLES = {
    "prefect",
    "sub-prefect",
    "préfet",
    "sous-préfet",
    "bourgmestre",
    "administrateur",
    "attorney",
    "inspector",
    "superintendent",
    "commissioner",
    "president",
    "prime",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "general",
    "gen.",
    "gen",
    "col.",
    "colonel",
    "lt.",
    "lieutenant",
    "maj.",
    "major",
    "brig.",
    "brigadier",
    "governor",
    "gov.",
    "mayor",
    "commander",
    "chief",
    "dr.",
    "dr",
    "mr.",
    "mr",
    "ms.",
    "ms",
    "mrs.",
    "sheikh",
    "king",
    "emir",
    "secretary",
    "ambassador",
    "ombudsman",
    "envoy",
    "leader",
    "officer",
    "director",
    "head",
    "deputy",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "adm.",
    "admiral",
    "captain",
    "capt.",
    "sgt.",
    "sergeant",
    "field",
    "marshal",
    "defence",
    "defense",
    "foreign",
    "interior",
    "health",
    "information",
    "army",
    "military",
    "police",
    "vice",
    "acting",
    "former",
    "national",
    "security",
    "adviser",
    "advisor",
    "state",
    "of",
    "the",
    "for",
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a hundred": 100,
}
# "told reporters": the audience, not an outlet
TOLD_SKIP = {
    "reporters",
    "journalists",
    "media",
    "press",
    "parliament",
    "lawmakers",
    "us",
    "me",
    "him",
    "her",
    "them",
    "residents",
    "supporters",
    "mourners",
    "crowds",
    "crowd",
    "delegates",
}
# "claimed the deadly ambush": a claim whose object is an attack is a claim of responsibility
ATTACK_NOUNS = {
    "attack",
    "attacks",
    "ambush",
    "bombing",
    "bombings",
    "strike",
    "strikes",
    "assault",
    "killing",
    "killings",
    "kidnapping",
    "abduction",
    "raid",
    "operation",
    "operations",
    "explosion",
    "blast",
    "shooting",
    "massacre",
    "assassination",
    "downing",
}
# "according to (a statement from | estimates by | figures released by) X"
DOCUMENT_WORDS = {
    "carried",
    "aired",
    "broadcast",
    "shared",
    "circulated",
    "sent",
    "a",
    "an",
    "the",
    "statement",
    "statements",
    "estimates",
    "estimate",
    "figures",
    "data",
    "report",
    "reports",
    "tally",
    "count",
    "toll",
    "death",
    "latest",
    "new",
    "preliminary",
    "initial",
    "official",
    "issued",
    "released",
    "published",
    "posted",
    "video",
    "post",
    "posts",
    "message",
    "communique",
    "communiqué",
    "its",
    "their",
    "updated",
    "casualty",
    "figure",
    "numbers",
    "records",
    "sources",
    "compiled",
    "gathered",
    "collected",
    "provided",
    "kept",
    "tallied",
    "cited",
}
ANON_TYPES = {
    "anonymous source",
    "official",
    "residents",
    "witnesses",
    "medical source",
    "activists",
    "police",
}
ORG_WORDS = {
    "complex",
    "commission",
    "authority",
    "bureau",
    "council",
    "office",
    "forces",
    "army",
    "front",
    "movement",
    "brigade",
    "brigades",
    "party",
    "union",
    "committee",
    "command",
    "ministry",
    "agency",
    "group",
    "network",
    "coalition",
    "alliance",
    "organization",
    "organisation",
    "court",
    "police",
    "service",
    "news",
    "tv",
    "radio",
    "times",
    "post",
    "observatory",
    "center",
    "centre",
    "institute",
    "foundation",
    "mission",
    "corps",
    "guard",
    "militia",
    "battalion",
    "regiment",
    "division",
    "directorate",
    "department",
    "government",
    "administration",
    "hospital",
    "clinic",
    "university",
    "school",
    "operations",
    "affairs",
    "relations",
    "services",
    "media",
    "committees",
    "councils",
    "rooms",
    "team",
    "association",
    "tracker",
    "secretariat",
    "cabinet",
    "society",
    "federation",
    "collective",
    "unions",
}
SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# "called on X", "urged X": X is who is addressed, never the speaker
ADDRESSEE_CUES = {"called", "calls", "call", "urged", "urges", "appealed"}
# "unconfirmed reports ... say": words that make 'reports' a noun
HEARSAY_ADJ = {"unconfirmed", "unverified", "conflicting", "initial", "preliminary", "early", "earlier", "first",
               "some", "other", "several", "later", "separate", "contradictory"}
# "<adjective> spokesman X": the body the adjective names
ADJ_BODIES = {
    "presidential": "presidency",
    "governmental": "government",
    "ministerial": "ministry",
    "royal": "palace",
    "parliamentary": "parliament",
}
MAX_PHRASE = 24  # longest speaker phrase looked at, in words
MAX_CLAIM = 90  # longest claim kept, in words (a run-on sentence must not make every claim the whole text)
COREF_WINDOW = 40  # sources looked at back (or forward) for a description: bounded, so linear in length
# the state's forces are named from the country ("Nigerian police"), the same way every time they speak
STATE_FORCE_HEADS = {"police", "army", "military", "junta"}
# words in TITLES that only connect or qualify a title ("Minister of State for ...")
FILLER_TITLES = {
    "of",
    "the",
    "for",
    "state",
    "national",
    "security",
    "defence",
    "defense",
    "foreign",
    "interior",
    "health",
    "information",
    "army",
    "military",
    "police",
    "former",
    "acting",
    "vice",
    "field",
}
GROUP_HEADS = {
    "group",
    "movement",
    "militants",
    "rebels",
    "militia",
    "organization",
    "organisation",
    "outfit",
}
# role words: "the governor" points back only to a source introduced as governor
ROLE_HEADS = {
    "prefect",
    "sub-prefect",
    "préfet",
    "sous-préfet",
    "bourgmestre",
    "governor",
    "mayor",
    "president",
    "minister",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "chief",
    "commissioner",
    "administrator",
    "leader",
    "officer",
    "source",
    "sources",
    "officials",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "doctor",
    "doctors",
    "medic",
    "medics",
    "activist",
    "activists",
    "villager",
    "villagers",
}
# "the monitor", a bare headline "monitor says": heads that only ever point back to a named source
COREF_HEADS = {
    "monitor",
    "observatory",
    "ministry",
    "agency",
    "statement",
    "report",
    "army",
    "military",
    "group",
    "junta",
    "wing",
    "command",
    "movement",
    "militants",
    "rebels",
    "militia",
    "government",
    "authorities",
    "presidency",
    "administration",
    "organization",
    "organisation",
    "charity",
    "mission",
    "coalition",
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "broadcaster",
    "newspaper",
    "channel",
}
# when nothing earlier or later matches, these still name the country's institution
COREF_FALLBACK = {"army", "military", "government", "authorities", "presidency", "police", "junta"}
ACTOR_KIND_TYPE = {
    "state forces": "military",
    "armed group": "armed group",
    "rebel group": "armed group",
    "political militia": "armed group",
    "identity militia": "armed group",
    "militia": "armed group",
    "external forces": "military",
    "political party": "political party",
    "civilians": "residents",
    "protesters": "residents",
}


def _fold(s: str) -> str:
    """Comparable form of a name: curly quotes straightened, spaces collapsed."""
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(s.split())


# every pattern is compiled once here: re's own cache is shared with the other components and may evict them
_APOSTROPHES = re.compile(r"['’`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PASSIVE_TAIL = re.compile(r"(?:,\s*as|\s+(?:was|were|is|are|(?:has|have|had)\s+been|been))$")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=8192)  # pure, and called on the same few names for every record
def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOSTROPHES.sub("", s)
    words = _NON_ALNUM.sub(" ", s).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


# ---------------------------------------------------------------- knowledge (data files) ----


@dataclass
class Entry:
    canonical: str
    type: str
    aliases: list = field(default_factory=list)
    descriptors: list = field(default_factory=list)


class WordTable(dict):
    """Source words; a hyphenated qualifier ('Russian-installed', 'Iran-backed', 'pro-government') is a modifier
    when the table lists its affix ('-installed', 'pro-')."""

    def _affix(self, key):
        if not isinstance(key, str) or "-" not in key[1:-1]:
            return None
        tail = key.rpartition("-")[2]
        got = dict.get(self, "-" + tail)
        if got is None:
            got = dict.get(self, key.split("-", 1)[0] + "-")
        return got

    def __missing__(self, key):
        got = self._affix(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key):
        return dict.__contains__(self, key) or self._affix(key) is not None

    def get(self, key, default=None):
        got = dict.get(self, key)
        if got is None:
            got = self._affix(key)
        return default if got is None else got


@dataclass(eq=False)
class Knowledge:
    exact: dict  # case-sensitive alias -> Entry (acronyms)
    lower: dict  # folded lower alias -> Entry
    descriptors: dict  # folded lower descriptor -> Entry
    max_len: int
    words: dict  # lower word -> (role, type)
    cues: dict  # first word -> list of (tuple(words), kind, shape, cue text)
    speech: set  # one-word cues ("said", "told"): an apposition never contains one
    countries: (
        dict  # lower term (name/alias/demonym/capital, possessive stripped) -> (country, adjective, how)
    )
    person_aliases: list  # ("Dmitry Peskov", Entry): people listed as the voice of a body


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (letters and all(c.isupper() for c in letters))


@lru_cache(maxsize=8192)  # pure: resolve asks for the same head words again and again
def _alias_words(s: str) -> tuple:
    return tuple(w.lower() for w in _tokenize(_fold(s))[0])


def load_sources(path: Path | None = None) -> list[Entry]:
    path = path or DATA / "sources.jsonl"
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                d = json.loads(line)
                out.append(
                    Entry(d["canonical"], d["type"], d.get("aliases") or [], d.get("descriptors") or [])
                )
    return out


def _load_countries() -> dict:
    """Country names, aliases, demonyms and capitals from the shared tables (read-only for us)."""
    out: dict = {}
    path = DATA / "countries.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                name = row["name"]
                dems = [d for d in (row.get("demonyms") or "").split("|") if d]
                aliases = [a for a in (row.get("aliases") or "").split("|") if a]
                # "US", "UK", "DRC" abbreviate the name and read as adjectives; "PRC", "KSA" do not ("Chinese")
                initials = "".join(w[0] for w in name.split() if w[:1].isupper())
                short = next(
                    (a for a in aliases if a.isupper() and a.isalpha() and len(a) <= 3 and initials.startswith(a)),
                    None,
                )
                adj = short or (dems[0] if dems else name)
                for term, how in (
                    [(name, "name")]
                    + [(a, "name") for a in aliases]
                    + [(d, "demonym") for d in dems]
                    + ([(row["capital"], "capital")] if row.get("capital") else [])
                ):
                    key = _fold(term).lower()
                    key = key.removeprefix("the ")
                    out.setdefault(key, (name, adj, how))
    path = DATA / "demonyms.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                term, country = row.get("term"), row.get("country")
                if not term or not country:
                    continue
                key = _fold(term).lower()
                if key not in out:
                    known = next((v for v in out.values() if v[0] == country), None)
                    out[key] = (country, known[1] if known else term, row.get("kind") or "name")
    return out


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    exact, lower, descriptors = {}, {}, {}
    max_len = 1
    for e in load_sources():
        for alias in [e.canonical] + e.aliases:
            key = " ".join(_alias_words(alias))
            max_len = max(max_len, len(key.split()))
            if _is_acronym(alias):
                exact[" ".join(_tokenize(_fold(alias))[0])] = e
            else:
                lower.setdefault(key, e)
        for d in e.descriptors:
            key = " ".join(_alias_words(d))
            max_len = max(max_len, len(key.split()))
            descriptors[key] = e
    words = WordTable()
    with open(DATA / "source_words.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words[row["word"].lower()] = (row["role"], row.get("type") or "")
    cues: dict = {}
    with open(DATA / "cues.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ws = tuple(row["cue"].lower().split())
            cues.setdefault(ws[0], []).append((ws, row["kind"], row["shape"], row["cue"]))
    for lst in cues.values():
        lst.sort(key=lambda c: -len(c[0]))
    speech = {c[0][0] for lst in cues.values() for c in lst if len(c[0]) == 1}
    person_aliases = [
        (a, e)
        for e in load_sources()
        for a in e.aliases
        if 2 <= len(a.split()) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in a.split())
        and not any(w.lower() in words or w.lower() in ORG_WORDS for w in a.split())
        and e.type in ("government", "armed group", "military", "monitor", "UN agency")
    ]
    return Knowledge(
        exact, lower, descriptors, max_len, words, cues, speech, _load_countries(), person_aliases
    )


# ---------------------------------------------------------------------------- tokens ----

_TOKEN = re.compile(  # the possessive *+ never backtracks: same tokens as X*Y with X = Y + ['’\-&], faster
    r"(?:[A-Z]\.){2,}|[0-9A-Za-z\u00C0-\u024F](?:[\w\u00C0-\u024F]|['’\-&]+[\w\u00C0-\u024F])*+\.?|\S"
)
_ABBREV_DOT = re.compile(
    r"^(?:[A-Z]|Jr|Sr|No|Mt|Ft|Gen|Col|Lt|Maj|Brig|Dr|Mr|Ms|Mrs|Sgt|Capt|Adm|Sen|Rep|Gov|St)\.$"
)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _tokenize(text: str, offset: int = 0):
    """Words with their offsets; 'Syria's' -> 'Syria', ''s'. A final '.' stays only on abbreviations."""
    words, spans = [], []
    add_word, add_span = words.append, spans.append
    n = len(text)
    for m in _TOKEN.finditer(text):  # hot: one test of the last character picks the (rare) split case
        w = m.group()
        s, e = m.span()
        last = w[-1]
        if len(w) > 1:
            if last == ".":
                if not _ABBREV_DOT.match(w) and not _DOTTED.fullmatch(w):
                    e -= 1
                    add_word(w[:-1])
                    add_span((s + offset, e + offset))
                    add_word(".")
                    add_span((e + offset, e + offset + 1))
                    continue
            elif last in "sS":
                if len(w) > 2 and w[-2] in "'’":
                    add_word(w[:-2])
                    add_span((s + offset, e - 2 + offset))
                    add_word("'s")
                    add_span((e - 2 + offset, e + offset))
                    continue
            elif last in "'’" and w[-2] == "s":  # plural possessive: "rebels'"
                add_word(w[:-1])
                add_span((s + offset, e - 1 + offset))
                add_word("'s")
                add_span((e - 1 + offset, e + offset))
                continue
        elif (
            last in "'’"
            and spans
            and spans[-1][1] == s + offset
            and words[-1][-1:] in ("s", "S")
            and (e >= n or text[e].isspace())
        ):
            add_word("'s")  # plural possessive: "Hamas’ armed wing", "rebels' commander"
            add_span((s + offset, e + offset))
            continue
        add_word(w)
        add_span((s + offset, e + offset))
    return words, spans


@dataclass
class Source:
    canonical: str
    type: str
    mention: str
    start: int
    end: int
    coref: str | None = None  # head word / pronoun still to resolve against earlier sources
    person: bool = False
    plural: bool = False
    named_person: bool = False  # "Taliban spokesman Zabihullah Mujahid": a later "he" is this source
    quals: set = field(default_factory=set)  # "the local health office": words an earlier source must share
    fallback: tuple | None = None  # (name, type) for a description nothing earlier names
    where: tuple | None = None  # (country, adjective) the speaker's sentence is about, for 'the army'
    countries: set | None = None  # countries its name or mention names (cached by Resolver.same_country)


# ------------------------------------------------------------------------ resolution ----

_PERSON_TITLES = (
    r"President|Prime Minister|Minister|Foreign Minister|Defen[cs]e Minister|Interior Minister|"
    r"Gen\.|General|Governor|Gov\.|Mayor|Commander|Col\.|Colonel|Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier|"
    r"Capt\.|Captain|Dr\.|Spokesman|spokesman|spokeswoman|Spokeswoman|Secretary|Sheikh|King|Emir|Senator|Sen\.|"
    r"Ambassador"
)
_PERSON = re.compile(
    # the lookahead on the titles' first letters lets the scan skip every other position quickly
    r"(?=[" + "".join(sorted({t[0] for t in _PERSON_TITLES.split("|")})) + r"])"
    r"\b(?:(?:" + _PERSON_TITLES + r")\s+){1,4}"
    r"((?:[A-Z][\w'’\-]+|(?:al|el|bin|ibn)-[A-Z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]+|(?:al|el|bin|ibn|de|van|von)"
    r"(?:-[A-Z][\w'’\-]*)?)){0,3})"
)


_NICKNAME = re.compile(r"\s+[\"“”‘’'][A-Z][^\"“”‘’'\s]*[\"“”‘’'](?=\s)")

# "Ahmed Hassan, a farmer from the village, ...": a name introduced by an apposition, for a later "he said"
_NAMED_APPOSITION = re.compile(
    r"(?=[A-Z])(?<![\w\-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: (?:al-|el-|bin |abu )?[A-Z][a-z'’\-]+){1,2}), (?:(?:a|an) [a-z]|\d{1,3},)"
)

_ACRONYM_PAREN = re.compile(r"[ \t]\([A-Z][A-Za-z0-9\-]{1,9}\)")
# "the Permanent Strategic Framework (CSP)": a name and the acronym it is written as afterwards
_ACRONYM_DEFINED = re.compile(
    r"\b([A-Z][\w'’\-]*(?:[ \t]+(?:of|for|the|and|in|[A-Z][\w'’\-]*)){1,12})[ \t]+\(([A-Z][A-Za-z0-9\-]{1,9})\)"
)


class Resolver:
    """Names sources for one article, remembering what was said before (coreference, acronyms, persons)."""

    def __init__(self, doc, kb: Knowledge, text: str | None = None):
        self.doc = doc
        text = doc.text if text is None else text  # doc.text joins every token: read it once
        self.kb = kb
        self.history: list[Source] = []  # resolved speakers in text order
        self.persons: dict[str, Source] = {}  # lower surname -> Source
        self.acronyms: dict[str, str] = {}
        self.acronym_sources: dict[str, Source] = {}  # "FGE" -> what "the ... Office (FGE)" resolved to
        self.implicit_names: set[str] = set()  # names whose place came from the country hint, not the text
        self.national_names: set[str] = set()  # bare 'police', 'the army' named by their country, not the text
        self._unit_admin1: str | None | bool = False
        pub = getattr(doc._, "publisher", None) if doc.has_extension("publisher") else None
        self.publisher = norm_name(pub)
        self.publisher_names = {self.publisher} if self.publisher else set()
        self.actors = []
        if doc.has_extension("actors") and doc._.actors:
            self.actors = sorted(doc._.actors, key=lambda a: a.start)
        self.actor_starts = [a.start for a in self.actors]
        self.country_hint = doc._.country_hint if doc.has_extension("country_hint") else None
        self.places = (doc._.places or []) if doc.has_extension("places") else []
        self.place_spans = {(pm.start, pm.end): pm for pm in self.places}
        self.place_starts = {pm.start: pm for pm in self.places}
        self.place_offsets = [pm.start for pm in self.places]
        self.unit = (0, 0, [])
        self.body_start = (doc._.body_start or 0) if doc.has_extension("body_start") else 0
        self._paragraphs: dict = {}
        self._breaks: list | None = None
        self.text = text
        self._unit_country = None
        self.unit_named = False
        self.person_mentions = sorted(
            [(m.start(1), m.end(1), _fold(m.group(1))) for m in _PERSON.finditer(text)]
            + [(m.start(1), m.end(1), _fold(m.group(1))) for m in _NAMED_APPOSITION.finditer(text)]
        )
        self.person_starts = [m[0] for m in self.person_mentions]
        # spokesmen listed under their body ("Dmitry Peskov" -> Kremlin): a later bare "Peskov" is that body
        for alias, e in kb.person_aliases:
            last = alias.split()[-1]
            # (a bare "Peskov told journalists" too: a listed spokesman's surname is his)
            if last in text and last.lower() not in kb.lower and last not in kb.exact:
                self.persons[last.lower()] = Source(e.canonical, e.type, alias, 0, 0, named_person=True)
        for ps, pe, name in self.person_mentions:  # "Gen. Abdel Fattah al-Burhan ... Burhan said"
            last = name.split()[-1].lower()
            src = Source(name, "official", name, ps, pe, person=True)
            self.persons.setdefault(last, src)
            if "-" in last:
                self.persons.setdefault(last.split("-", 1)[1], src)
        # the long pattern runs only on a text with some " (ABC)" (it cannot match elsewhere)
        for m in _ACRONYM_DEFINED.finditer(text if _ACRONYM_PAREN.search(text) else ""):
            self.acronyms[m.group(2)] = _fold(m.group(1))

    def add_publisher_canonical(self):
        """'AP' in the header and 'The Associated Press' in the text are one outlet."""
        if self.publisher:
            hit = self.known(_tokenize(_fold(self.doc._.publisher))[0])
            if hit:
                self.publisher_names.add(norm_name(hit[0].canonical))
            # "Agence Sahel Presse" writes itself "ASP" in its dateline
            caps = [w for w in _fold(self.doc._.publisher).split() if w[:1].isupper()]
            if len(caps) >= 2:
                self.publisher_names.add("".join(w[0] for w in caps).lower())

    # -- lookups
    def known(self, words: list[str]):
        """Longest known alias inside the words: (Entry, i, j, how) or None."""
        kb, n = self.kb, len(words)
        best = None
        for i in range(n):
            for j in range(min(n, i + kb.max_len), i, -1):
                if best and j - i < best[2] - best[1]:
                    break  # (a later name as long wins: "the UN mission MONUSCO" is MONUSCO)
                key = " ".join(words[i:j])
                e = kb.exact.get(key)
                how = "alias"
                if e is None:
                    low = key.lower()
                    e = kb.lower.get(low)
                    if e is None:
                        e = kb.descriptors.get(low)
                        how = "descriptor"
                if e is not None:
                    best = (e, i, j, how)
        if best is not None and best[2] < n and words[n - 1][:1].isupper():
            # "the United Nations peacekeeping mission MONUSCO": a name closing the phrase is who speaks
            for i in range(max(best[2], n - kb.max_len), n):
                key = " ".join(words[i:n])
                e = kb.exact.get(key) or kb.lower.get(key.lower())
                if e is not None:
                    return best if e is best[0] else (e, i, n, "alias")
        return best

    def actor_in(self, start: int, end: int, head_end: int | None = None):
        """The actor mention inside [start, end); with head_end, only one that reaches the phrase's last word
        ('People' inside 'the Defense of the People of Azawad' is not what the phrase names)."""
        i = bisect.bisect_left(self.actor_starts, start - 200)  # a mention is never longer than this
        while i < len(self.actors) and self.actors[i].start < end:
            a = self.actors[i]
            if a.end > start and (head_end is None or a.end >= head_end):
                return a
            i += 1
        return None

    def country_of(self, word: str):
        return self.kb.countries.get(_fold(word).lower())

    def same_country(self, s: Source, country: str) -> bool:
        """False when the source's name or mention names a country other than `country`."""
        named = s.countries
        if named is None:  # read once per source
            named = set()
            for w in _tokenize(f"{s.canonical} {s.mention or ''}")[0]:
                c = self.country_of(w) if w[:1].isupper() else None
                if c:
                    named.add(c[0])
            s.countries = named
        return not named or country in named

    def set_unit(self, s0: int, s1: int, words: list[str]):
        """The sentence being read: an unqualified ministry or police force may belong to the country it names."""
        self.unit = (s0, s1, words)
        self._unit_country = None
        self._unit_admin1 = False
        self.unit_named = False

    def unit_country(self):
        """(country, adjective) when the current sentence is about exactly one country: named by name (not by a
        demonym, which names an actor's side) or holding places of that country only; else None."""
        if self._unit_country is not None:
            return self._unit_country or None
        s0, s1, words = self.unit
        found = self._countries_in(s0, s1, words)
        self.unit_named = bool(found)  # the sentence itself names its country (else its paragraph does)
        if not found:
            # a sentence naming no place belongs to its paragraph ("MARAWI, Philippines - ... according to the
            # military")
            text = self.text
            if self._breaks is None:
                self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
            i = bisect.bisect_right(self._breaks, s0) - 1
            p0 = self._breaks[i] if i >= 0 else 0
            p1 = self._breaks[i + 1] if i + 1 < len(self._breaks) else len(text)
            if p1 - p0 > 3000:  # a long paragraph is read in fixed windows, so each window is read once
                w0 = max(p0, (s0 // 1500) * 1500 - 1500)
                p0, p1 = w0, min(p1, w0 + 3000)
            if (p0, p1) not in self._paragraphs:  # one look per paragraph: linear in the article
                self._paragraphs[(p0, p1)] = self._countries_in(p0, p1, _tokenize(text[p0:p1])[0])
            found = self._paragraphs[(p0, p1)]
        self._unit_country = next(iter(found.values())) if len(found) == 1 else ()
        return self._unit_country or None

    def unit_admin1(self) -> str | None:
        """The one first-level region (state, province) the current sentence's places lie in, else its paragraph's;
        None when they name none or several. A place abroad (not in the article's country) does not count."""
        if self._unit_admin1 is not False:
            return self._unit_admin1
        s0, s1, _ = self.unit
        found = self._admin1_in(s0, s1)
        if not found:
            p0, p1 = self._paragraph_of(s0)
            found = self._admin1_in(p0, p1)
        self._unit_admin1 = next(iter(found)) if len(found) == 1 else None
        return self._unit_admin1

    def _paragraph_of(self, pos: int) -> tuple[int, int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        i = bisect.bisect_right(self._breaks, pos) - 1
        p0 = self._breaks[i] if i >= 0 else 0
        p1 = self._breaks[i + 1] if i + 1 < len(self._breaks) else len(self.text)
        return max(p0, pos - 1500), min(p1, pos + 1500)  # bounded: a wall of text is read near pos only

    def _in_longer_name(self, pm) -> bool:
        """'Kuki' in 'Kuki Inpi Manipur': a place's name followed by a capitalised word no table knows is part
        of another name ('Manipur Police' is the place and a body)."""
        m = _NEXT_WORD.match(self.text, pm.end)
        return bool(m) and m.group(1).lower() not in self.kb.words and not self.country_of(m.group(1))

    def _admin1_in(self, s0: int, s1: int) -> set:
        hint = self.country_of(self.country_hint) if self.country_hint else None
        found = set()
        i = bisect.bisect_left(self.place_offsets, s0)
        while i < len(self.places) and self.places[i].start < s1:
            pm = self.places[i]
            p = pm.place
            i += 1
            if getattr(p, "kind", "") == "country" or not getattr(p, "admin1", None):
                continue
            if self.actor_in(pm.start, pm.end) is not None or self._in_longer_name(pm):
                continue  # '"Kuki militants"': a name inside an actor's is no place the story is in
            if _DESTINATION.search(self.text, max(0, pm.start - 45), pm.start):
                continue  # "wounded and later airlifted to Nairobi": where the wounded went, not where it happened
            c = self.country_of(p.country) if getattr(p, "country", None) else None
            if hint is not None and (c is None or c[0] != hint[0]):
                continue  # "'Kuki militants'" read as a town in Japan is not where an Indian story happens
            found.add(p.admin1)
        return found

    def _countries_in(self, s0: int, s1: int, words: list[str]) -> dict:
        """Countries named by name in words, and countries of the places found in [s0, s1)."""
        found = {}
        x, n = 0, len(words)
        while x < n:
            for m in (3, 2, 1):
                if x + m <= n and words[x][:1].isupper():
                    c = self.country_of(" ".join(words[x : x + m]))
                    if c and c[2] == "name":
                        found.setdefault(c[0], c)
                        x += m - 1
                        break
            x += 1
        i = bisect.bisect_left(self.place_offsets, s0)
        while i < len(self.places) and self.places[i].start < s1:
            pm = self.places[i]
            i += 1
            name = getattr(pm.place, "country", None)
            if name and self.country_of(pm.text) is None:
                c = self.country_of(name)
                if c:
                    found.setdefault(c[0], c)
        return found

    # -- the main entry point
    def resolve(self, words: list[str], spans: list[tuple], text: str) -> Source | None:
        """Name the source a speaker noun phrase refers to (None when it is not a source)."""
        src = self._resolve(words, spans, text)
        if (
            src is not None
            and src.coref is None
            and src.canonical
            and len(words) > 3
            and words[-3] == "("
            and words[-1] == ")"
            and words[-2][:1].isupper()
        ):
            # "the state Attorney General's Office (FGE) ... according to the FGE": one source, one name
            self.acronym_sources.setdefault(words[-2], src)
        return src

    def _resolve(self, words: list[str], spans: list[tuple], text: str) -> Source | None:
        kb = self.kb
        while words and words[0] in QUOTES:
            words, spans = words[1:], spans[1:]
        acr = None
        if len(words) > 4 and words[-1] == ")" and words[-3] != "(" and "(" in words[1:-2]:
            o = len(words) - 1 - words[::-1].index("(")
            words, spans = words[:o], spans[:o]  # "the Ombudsman's Office (Defensoria del Pueblo)": the English
        if len(words) > 3 and words[-1] == ")" and words[-3] == "(":
            acr = words[-2]
            words, spans = words[:-3], spans[:-3]  # "the Strategic Framework ... (CSP-DPA)"
        if "(" in words[:-3]:
            # "Senior Superintendent of Police (SSP) Rajesh Kumar": an acronym inside a title is no part of it
            x = words.index("(")
            if 0 < x < len(words) - 3 and words[x + 2] == ")" and words[x + 1].isupper():
                words, spans = words[:x] + words[x + 3 :], spans[:x] + spans[x + 3 :]
        if (
            acr
            and acr in self.kb.exact
            and len(words) > 1
            and not (
                all(w[:1].isupper() or w.lower() in CONNECTORS or w.lower() == "the" for w in words)
                and (self.known(words) or (None,))[0] is not self.kb.exact[acr]
            )  # "the Somali National Army (SNA)" is not the Syrian one the listed "SNA" names
        ):
            e = self.kb.exact[acr]  # "the national police (PNH)": the listed body the acronym names
            return Source(e.canonical, e.type, text[spans[0][0] : spans[-1][1]], spans[0][0], spans[-1][1])
        if any(w in QUOTES for w in words[1:-1]):
            # 'Jimmy "Barbecue" Cherizier': a quoted nickname inside a name is not part of it
            drop = set()
            for x in range(1, len(words) - 3):
                if words[x] in QUOTES and words[x + 2] in QUOTES and words[x + 1][:1].isupper():
                    drop |= {x, x + 1, x + 2}
            if drop:
                words = [w for x, w in enumerate(words) if x not in drop]
                spans = [sp for x, sp in enumerate(spans) if x not in drop]
        if not words:
            return None
        start, end = spans[0][0], spans[-1][1]
        mention = text[start:end]
        lows = [w.lower() for w in words]
        # strip determiners and counts
        k = 0
        while k < len(lows) - 1 and (kb.words.get(lows[k], ("",))[0] == "det" or lows[k].isdigit()):
            k += 1
        core, core_low, core_spans = words[k:], lows[k:], spans[k:]
        if (
            kb.words.get(core_low[-1], ("",))[0] == "det"
            or core_low[-1] in STOP_CAPS
            and len(core) == 1
            and kb.words.get(core_low[-1], ("",))[0] != "pronoun"
            and not core[-1].isupper()
        ):
            return None
        cs = next((x for x in range(len(core) - 1) if core_low[x] == "civil" and core_low[x + 1] == "society"), None)
        if cs is not None and not (cs + 2 < len(core) and core[cs + 2][:1].isupper()):
            # ("the Kivu Civil Society Federation" is a body's name) "the president of the civil society of Djugu", "Beni civil society", "civil society leaders in Beni":
            # the local civil society (a coordination of associations), named by its place
            where = None
            y = cs + 2
            while y < len(core) and not core[y][:1].isupper():
                y += 1
            if y < len(core) and core_low[y - 1] in ("of", "in", "from", "at"):
                where = _fold(text[core_spans[y][0] : core_spans[-1][1]])
            elif cs > 0 and core[cs - 1][:1].isupper() and core_low[cs - 1] not in STOP_CAPS:
                where = core[cs - 1]
            name = f"{where} civil society" if where else "Civil society"
            return Source(name, "civil society", mention, start, end)
        level_body = None
        if len(core) >= 2 and core_low[0] in ("state", "provincial") and len(core) <= 3:
            if core_low[-1] in SUBNATIONAL_BODIES and len(core) == 2:
                level_body = ("government", "government")
            elif "police" in core_low[1:] and all(w in ("police", "command", "force") for w in core_low[1:]):
                level_body = ("police", "police")
            elif core_low[1:] == ["governor"]:
                level_body = ("governor", "official")
        if level_body is not None:
            # "the state government blamed", "the state police command said": the state the text is in, never
            # the country's
            adm = self.unit_admin1()
            name = f"{adm} {level_body[0]}" if adm else f"{core_low[0].capitalize()} {level_body[0]}"
            return Source(name, level_body[1], mention, start, end)
        if (
            len(core) >= 3
            and core_low[-1] in FORCE_VOICES
            and core_low[0] in STATE_FORCE_HEADS
            and all(w[:1].isupper() for w in core[1:])
        ):
            # "the Police Public Relations Officer (PPRO)": the force's voice is the force
            return Source(*self.national(core_low[0], kb.words[core_low[0]][1], self.unit_country()), mention, start,
                          end, named_person=True)
        if len(core) > 2 and core_low[0] in ("member", "members") and core_low[1] in ("of", "from"):
            # "a member of the local rescue team": the team speaks through its member
            inner = self.resolve(core[2:], core_spans[2:], text)
            if inner is not None and not inner.person:
                inner.mention, inner.start, inner.end = mention, start, end
                return inner
            if inner is None and all(w == w.lower() for w in core_low[2:]):
                name = _fold(text[core_spans[0][0] : core_spans[-1][1]])  # "a member of parliament"
                return Source(name[:1].upper() + name[1:], "official", mention, start, end)
        place = None
        x = next((x for x in range(1, len(core) - 1) if core_low[x] in ("in", "of", "from", "at")), None)
        if (
            x is not None
            and core_low[x] == "of"
            and core_low[x - 1] in TITLES
            and len(core) - x >= 4
            and all(w[:1].isupper() for w in core[x + 1 :])
        ):
            # "Secretary of State Antony Blinken", "Minister of Defence Ali Musa": a titled person, not a place
            p = self.person(core, core_spans, text)
            if p is not None:
                return p
        if x is not None and kb.words.get(core_low[x - 1], ("",))[0] == "head":
            rest = core[x + 1 :]
            if rest and rest[0].lower() == "the":
                rest = rest[1:]
                # "in the occupied Zaporizhzhia region": adjectives before the place are not its name
                r = next((r for r in range(min(3, len(rest))) if rest[r][:1].isupper()), 0)
                if r and all(w.isalpha() and w == w.lower() for w in rest[:r]):
                    rest = rest[r:]
            anon = (
                kb.words.get(core_low[x - 1], ("", ""))[1] in ANON_TYPES | {"NGO"}
                and core_low[x - 1] not in SPOKES  # "Spokesman of the Nigerian Army": the army's, not a place's
            )
            # "the regional government of Norte de Santander": a local body named by its place
            local_of = (
                core_low[x] == "of"
                and bool(LEVEL_MODS & set(core_low[:x]))
                and kb.words.get(core_low[x - 1], ("", ""))[1] in ("government", "police", "military")
                and rest
                and self.place_starts.get(core_spans[len(core) - len(rest)][0]) is not None
            )
            if (
                (core_low[x] in ("in", "from", "at") or core_low[x] == "of" and (anon or local_of))
                and rest
                and (rest[0][0].isupper() or _article_name(rest[0]))  # "doctors at al-Shifa Hospital"
                and not self.known(core)
            ):
                place = _fold(
                    text[core_spans[len(core) - len(rest)][0] : core_spans[-1][1]]
                )  # "police in Kano"
                core, core_low, core_spans = core[:x], core_low[:x], core_spans[:x]
            elif (
                rest
                and all(w == w.lower() for w in rest)
                and not (
                    core_low[x] == "of"
                    and core_low[x - 1] in ("ministry", "minister", "department", "office")
                )
            ):
                # "a resident of the camp" (but "the ministry of health" is a name)
                core, core_low, core_spans = core[:x], core_low[:x], core_spans[:x]
        c2 = next(
            (x for x in range(1, len(core) - 2) if core_low[x] == "close" and core_low[x + 1] == "to"), None
        )
        if c2 is not None and core_low[c2 - 1] in ("source", "sources"):
            # "sources close to the group": anonymous, described by whom they are close to
            name = _fold(text[core_spans[0][0] : core_spans[-1][1]])
            return Source(name[:1].upper() + name[1:], "anonymous source", mention, start, end)
        if len(core) == 1 and kb.words.get(core_low[0], ("",))[0] == "pronoun":
            t = kb.words[core_low[0]][1]
            word = {"him": "he", "them": "they"}.get(core_low[0], core_low[0])  # "according to him"
            return Source("", t, mention, start, end, coref=word, plural=t == "plural")
        if core_low in (["military", "government"], ["military", "regime"], ["military", "rulers"]):
            return Source("", "military", mention, start, end, coref="junta")  # a junta by another name
        hit = self.known(core)
        if (
            hit
            and hit[3] == "descriptor"
            and any(
                core[x][:1].isupper()
                and "-" not in core[x]  # ("the Britain-based Observatory" is the monitor)
                and kb.words.get(core_low[x], ("",))[0] != "det"
                and not self.country_of(core[x])
                for x in range(len(core))
                if not hit[1] <= x < hit[2]
            )
        ):
            hit = None  # "the Haitian Human Rights Observatory": a name of its own, not the monitor 'observatory' names
        if hit and (hit[2] - hit[1]) < len(core) and hit[1] == 0 and (acr or hit[0].type == "UN agency"):
            # "the United Nations Integrated Office in Haiti (BINUH)": a body of its own, not the UN
            rest = core_low[hit[2] :]
            if all(w[:1].isupper() or w in CONNECTORS or w == "the" for w in core[hit[2] :]) and (
                ORG_WORDS & set(rest) or acr
            ):
                if acr and self.known([acr]):
                    hit = self.known([acr])
                    return Source(hit[0].canonical, hit[0].type, mention, start, end)
                name = _fold(text[core_spans[0][0] : core_spans[-1][1]])
                return Source(name, hit[0].type, mention, start, end)
        if (
            hit
            and hit[1] > 0
            and " ".join(core_low[hit[1] : hit[2]]) in ("red cross", "red crescent")
            and self.country_of(core[hit[1] - 1])
        ):
            # "the Malawi Red Cross": a national society unlisted is its own source, not the ICRC
            name = _fold(text[core_spans[hit[1] - 1][0] : core_spans[hit[2] - 1][1]])
            return Source(name, "NGO", mention, start, end)
        if hit:
            e, _i, _j, _how = hit
            named = (
                any(kb.words.get(w, ("", ""))[1] == "official" for w in core_low) and core[-1][0].isupper()
            )
            return Source(e.canonical, e.type, mention, start, end, named_person=named)
        if len(core) == 1 and core[0] in self.acronym_sources:
            known_as = self.acronym_sources[core[0]]
            return Source(known_as.canonical, known_as.type, mention, start, end, person=known_as.person)
        if len(core) == 1 and core[0] in self.acronyms:
            full = self.acronyms[core[0]]
            hit = self.known(full.split())
            if hit:
                return Source(hit[0].canonical, hit[0].type, mention, start, end)
            return Source(full, "organization", mention, start, end)
        a = self.actor_in(start, end, core_spans[-1][0] + 1)
        head = core_low[-1]
        if self.is_place(core_spans[0][0], core_spans[-1][1]) and not (
            len(core) == 1 and core_low[0] in self.persons  # "Yoav Gallant ... Gallant's office"
        ):
            return None  # "Guanajuato recorded 3,000 homicides": a place is not a source
        # "the army's spokesman": the possessor is who speaks
        if "'s" in core_low[1:-1] and lows[0] == "the":
            x = core_low.index("'s")
            if x == 1 and core_low[0] in COREF_HEADS:
                return Source(
                    "", kb.words.get(core_low[0], ("", ""))[1], mention, start, end, coref=core_low[0]
                )
        role, htype = kb.words.get(head, ("", ""))
        if role == "mod" and head in ROLE_HEADS and len(core) > 1:
            role, htype = (
                "head",
                "official",
            )  # "the local government chief": a modifier closing the phrase heads it
        # "his office", "its spokesman": the owner is the source
        if lows[0] in ("his", "her") and head in (
            "office",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "aides",
        ):
            p = self.person_before(start)
            if p is not None:
                return Source(p.canonical, "official", mention, start, end, person=True)
            return Source("", "official", mention, start, end, coref="he")
        if lows[0] in ("its", "their") and role == "head":
            return Source("", htype, mention, start, end, coref="it")
        # "the Lebanese group", "the jihadist movement": a description of a group named before
        if (
            k > 0
            and lows[k - 1] == "the"
            and head in GROUP_HEADS
            and not self.known(core)
            and not any(
                w[:1].isupper() and not self.country_of(w) for w in core[:-1]
            )  # "the Dawlah Islamiyah group"
        ):
            return Source("", htype, mention, start, end, coref=head)
        # "a spokesman for the Taliban" is handled by the alias scan; "rebels of the CSP-DPA", "CSP-DPA spokesman":
        # the organisation named inside the phrase is the source
        if "of" in core_low[1:-1] or "for" in core_low[1:-1]:
            x = next(x for x in range(1, len(core) - 1) if core_low[x] in ("of", "for"))
            y = x + 1 + (core_low[x + 1] == "the")
            if (
                y < len(core)
                and kb.words.get(core_low[x - 1], ("",))[0] == "head"
                and (core[y][0].isupper() or core_low[x + 1] == "the" and core_low[y] in kb.words)
                and (
                    not all(w[:1].isupper() for w in core[:x])  # "Reconciliation Center for Syria" is a name
                    or x == 1 and core_low[0] in SPOKES  # ("Spokesman of the Nigerian Army" is not)
                )
            ):
                # "a spokesman for the military government": the body, named or described
                inner = self.resolve(core[x + 1 :], core_spans[x + 1 :], text)
                if inner is not None and inner.type != "person":  # "Government of National Unity"
                    return Source(
                        inner.canonical,
                        inner.type,
                        mention,
                        start,
                        end,
                        coref=inner.coref,
                        named_person=core_low[x - 1] in ("spokesman", "spokeswoman", "spokesperson"),
                    )
        q0 = 0
        while q0 < len(core) - 2 and kb.words.get(core_low[q0], ("",))[0] == "mod" and not core[q0][:1].isupper():
            q0 += 1  # "a senior Levies official": a free modifier before the body's name
        if q0 and role == "head" and htype == "official" and all(w[0].isupper() or w == "-" for w in core[q0:-1]):
            core, core_low, core_spans = core[q0:], core_low[q0:], core_spans[q0:]
        if (
            role == "head"
            and htype == "official"
            and len(core) >= 2
            and all(w[0].isupper() or w == "-" for w in core[:-1])
            and not self.country_of(" ".join(core[:-1]))
            and not all(w.lower() in kb.words for w in core[:-1])
        ):
            if self._place_before_role(core, core_spans):  # "the Cauca governor": a place's official
                return Source(_fold(text[core_spans[0][0] : core_spans[-1][1]]), "official", mention, start, end)
            org = _fold(text[core_spans[0][0] : core_spans[-2][1]])
            org = self.acronyms.get(org, org)
            hit = self.known(_tokenize(org)[0])
            if hit:
                return Source(hit[0].canonical, hit[0].type, mention, start, end)
            if not self.person_like(core[:-1]):
                return Source(org, "organization", mention, start, end)
        # country / capital / demonym
        inst = self.ministry(core, core_low, place) or self.institution(core, core_low, htype, role)
        if inst:
            e = kb.lower.get(" ".join(_alias_words(inst[0])).lower()) or kb.descriptors.get(
                " ".join(_alias_words(inst[0])).lower()
            )
            if e is not None:  # "Israel's military" -> the listed IDF, "Syrian state media" -> SANA
                return Source(
                    e.canonical, e.type, mention, start, end, named_person=bool(SPOKES & set(core_low))
                )
            return Source(inst[0], inst[1], mention, start, end, named_person=bool(SPOKES & set(core_low)))
        if (
            place
            and role == "head"
            and LEVEL_MODS & set(core_low)
            and htype in ("government", "police", "military")
        ):
            # "the regional government of Norte de Santander", "the district administration in Kulachi"
            name = _fold(text[core_spans[0][0] : core_spans[-1][1]])
            return Source(f"{place} {name}", htype, mention, start, end)
        if (
            place
            and role == "head"
            and head in ("police", "authorities", "officials", "army", "military")
            and not any(
                "-" in w for w in core_low
            )  # "Russian-installed officials in X" are not X's officials
        ):
            return Source(f"{place} {head}", htype, mention, start, end)
        # "Prime Minister Benjamin Netanyahu's office", "Hamas's spokesman": the owner speaks
        q = next((x for x in range(len(core) - 2, max(0, len(core) - 5), -1) if core_low[x] == "'s"), None)
        if q is not None and q > 0 and head in OWNER_VOICES and (q == len(core) - 2 or head != "wing"):
            # "the Amhara regional government's communication bureau": the owner speaks
            owner = self.resolve(words[: k + q], spans[: k + q], text)
            if head == "office" and all(w in TITLES or w in LEVEL_MODS or w == "federal" for w in core_low[:q]):
                # "the (state) Attorney General's Office": a title with no name owns an office, which speaks
                name = _fold(text[core_spans[0][0] : core_spans[q - 1][1]])
                adm = self.unit_admin1() if core_low[0] == "state" else None
                name = f"{adm} {name}" if adm else name[:1].upper() + name[1:]  # the state the text is in
                return Source(f"{name}'s Office", "government", mention, start, end)
            if (
                owner is not None
                and owner.coref is None
                and head == "office"
                and not owner.person
                and owner.type == "official"
                and kb.words.get(owner.canonical.rsplit(" ", 1)[-1].lower(), ("", ""))[1] == "official"
            ):
                # "the Cauca governor's office", "the Oaxaca state prosecutor's office": the role's office speaks
                return Source(f"{owner.canonical}'s office", "government", mention, start, end)
            if owner is not None and owner.coref is None:
                owner.mention, owner.named_person = mention, True
                return owner
        # "Pakistan's military spokesman", "the army spokesman": the body speaks
        if (
            head in ("spokesman", "spokeswoman", "spokesperson")
            and len(core) > 1
            and (
                core_low[-2] in STATE_FORCE_HEADS or core_low[-2] in ("ministry", "government", "presidency")
            )
        ):
            body = self.resolve(words[: k + len(core) - 1], spans[: k + len(core) - 1], text)
            if body is not None:
                body.mention, body.named_person = mention, True
                return body
        # "Police spokesman Alfred Alabo", "army spokesman Col. X": the body he speaks for
        t = next(
            (
                x
                for x in range(1, len(core) - 1)
                if core_low[x] in ("spokesman", "spokeswoman", "spokesperson") and core[x + 1][:1].isupper()
            ),
            None,
        )
        if t is not None:
            owner = core[:t]
            adj_body = core_low[t - 1] in ADJ_BODIES
            if adj_body:
                # "Presidential spokesman Nabil Abu Rudeineh": the presidency's man, not a body named 'Presidential'
                owner = [*core[: t - 1], ADJ_BODIES[core_low[t - 1]]]
            body = self.resolve(owner, core_spans[:t], text)
            if body is not None and body.coref is not None and adj_body and t == 1:
                # (the presidency is the country's, not the last body cited)
                noun = ADJ_BODIES[core_low[0]]
                body = Source(*self.national(noun, kb.words.get(noun, ("", "government"))[1] or "government",
                                             self.unit_country()), mention, start, end)
            if body is None:
                # "Civil defence spokesman Mahmoud Bassal" after "Gaza's civil defence agency said": that body
                said = " ".join(core_low[:t])
                body = next(
                    (
                        h
                        for h in reversed(self.history[-COREF_WINDOW:])
                        if not h.person
                        and h.canonical
                        and (said in h.canonical.lower() or said in (h.mention or "").lower())
                    ),
                    None,
                )
            if body is not None and not body.person and body.coref is None:
                src = Source(body.canonical, body.type, mention, start, end, named_person=True)
                if core[-1][:1].isupper():
                    self.persons[core[-1].lower()] = src  # a later bare "Zadran said" is the same source
                return src
            if body is not None and body.coref in COREF_FALLBACK:
                # "Army spokesman Lt. Col. X": the army named before (or the country's army)
                return Source("", body.type, mention, start, end, coref=body.coref, named_person=True)
        if (
            a is not None
            and a.kind not in ("civilians", "protesters", "rioters", "unidentified")
            and not (role == "head" and (htype in ANON_TYPES or head in STATE_FORCE_HEADS))
            and not (
                a.start > core_spans[0][0]
                and core[0][:1].isupper()
                and not self.country_of(core[0])
                and kb.words.get(core_low[0], ("",))[0] != "det"
            )  # "the CSP-PSD rebel coalition" is not whatever 'coalition' alone names
        ):
            return Source(a.actor, ACTOR_KIND_TYPE.get(a.kind, a.kind or "organization"), mention, start, end)
        # "the Odesa regional administration", "Kano police", "the Taiz health office": a place's own body
        if role == "head" and len(core) >= 2 and "'s" not in core_low:
            p0 = 0  # ("the RSF-controlled Darfur health authority": a hyphenated qualifier is not the place)
            while p0 < len(core) - 2 and "-" in core_low[p0] and core_low[p0] in kb.words:
                p0 += 1
            p = p0
            while p < len(core) - 1 and core[p][:1].isupper() and core_low[p] not in kb.words:
                p += 1
            pm = self.place_starts.get(core_spans[p0][0]) if 0 < p - p0 <= 3 else None
            placed = (
                pm is not None and pm.end <= core_spans[p - 1][1] and getattr(pm.place, "kind", "") != "country"
            ) or (
                0 < p - p0 <= 3 and " ".join(core_low[p0:p]) in _admin1_names()
            )  # "the Punjab police": a region's name no gazetteer pin settles is still a region
            if placed and all(kb.words.get(w, ("",))[0] in ("mod", "topic", "head") for w in core_low[p:]):
                name = _fold(text[core_spans[p0][0] : core_spans[-1][1]])
                typ = "police" if "police" in core_low[p:] else _refine_type(htype, core_low)
                return Source(name, typ, mention, start, end)
        if (
            len(core) >= 2
            and len(core[-1]) >= 2
            and core[-1].isupper()
            and core[-1].isalpha()
            and kb.words.get(core_low[-2], ("",))[0] == "head"
        ):
            # "the police union SYNAPOHA": a description, then the body's own name
            return Source(core[-1], _refine_type(kb.words[core_low[-2]][1], core_low), mention, start, end)
        # "Gaza's civil defence agency": a place's own body, named with its place
        q = core_low.index("'s") if "'s" in core_low else -1
        if q == 1 and core_low[0] in PLACE_NOUNS and q < len(core) - 1 and role == "head":
            # "the town's municipal council": the body, whichever town the sentence is about
            inner = self.resolve(core[2:], core_spans[2:], text)
            if inner is not None:
                return inner
        if (
            0 < q < len(core) - 1
            and role == "head"
            and self.place_starts.get(core_spans[0][0]) is not None
            and all(kb.words.get(w, ("",))[0] in ("mod", "topic", "head") for w in core_low[q + 1 :])
        ):
            place_name = _fold(text[core_spans[0][0] : core_spans[q - 1][1]])
            rest_name = _fold(text[core_spans[q + 1][0] : core_spans[-1][1]])
            pm = self.place_starts.get(core_spans[0][0])
            if pm.end < core_spans[q - 1][0]:
                place_name += "'s"  # "the Guerrero state prosecutor's office": the role's office, not the place's
            return Source(f"{place_name} {rest_name}", _refine_type(htype, core_low), mention, start, end)
        # "the CSP-PSD rebel coalition", "the Aamin Ambulance service": a name and what it is
        # ("pro-government Al-Watan newspaper": qualifiers before the name are not part of it)
        f = next(
            (
                x
                for x in range(len(core) - 1)
                if core_low[x] not in kb.words or core[x][:1].isupper() and "-" not in core[x]
            ),
            0,
        )
        if (
            role == "head"
            and head in NAMED_BODY_HEADS
            and len(core) - f >= 2
            and core[f][:1].isupper()
            and core_low[f] not in kb.words
            and not self.country_of(core[f])
            and "'s" not in core_low
            and all(
                w[:1].isupper() or kb.words.get(w.lower(), ("",))[0] in ("mod", "head", "topic") for w in core
            )
        ):
            armed = {"rebel", "rebels", "jihadist", "militant", "armed", "insurgent", "islamist"} & set(
                core_low
            )
            name = _fold(text[core_spans[f][0] : core_spans[-1][1]])
            return Source(name, "armed group" if armed else htype, mention, start, end)
        # definite description: "the monitor", "the Observatory", "the ministry", "the statement"
        if (
            k > 0
            and lows[k - 1] == "the"
            and role == "head"
            and "'s" not in core_low
            and all(
                kb.words.get(w, ("",))[0] in ("mod", "topic", "head") or not w[0].isalpha() for w in core_low
            )
        ):
            force = next((w for w in core_low[:-1] if w in STATE_FORCE_HEADS), None)
            if force and head not in ROLE_HEADS and kb.words.get(head, ("", ""))[1] == "military":
                # "the army general staff", "the army command": the army
                return Source("", "military", mention, start, end, coref=force)
            quals = {w for w in core_low if kb.words.get(w, ("",))[0] == "topic" or w in LEVEL_MODS}
            src = Source("", htype, mention, start, end, coref=head, quals=quals)
            if len(core) >= 2 and all(w[:1].isupper() for w in core):
                # "The Public Ministry said": a capitalised description is a name when nothing before matches it
                src.fallback = (_fold(text[core_spans[0][0] : core_spans[-1][1]]), _refine_type(htype, core_low))
            if quals & LEVEL_MODS and len(core) >= 2:
                # "the local health office": when nothing before names it, it is named as written
                name = _fold(text[core_spans[0][0] : core_spans[-1][1]])
                adm = self.unit_admin1() if quals & {"regional", "provincial"} else None
                if adm:
                    name = f"{adm} {name}"  # "Debris fell in the Odesa region, according to the regional administration"
                src.fallback = (name[:1].upper() + name[1:], _refine_type(htype, core_low))
            return src
        if (
            len(core) == 1
            and head in COREF_HEADS
            and (k == 0 or lows[k - 1] == "the" or head in STATE_FORCE_HEADS)
        ):
            src = Source("", htype, mention, start, end, coref=head)
            if k == 0 and head in GROUP_HEADS and head.endswith("s"):
                src.fallback = (core[0][:1].upper() + core[0][1:], htype)  # "rebels said": rebels
            return src
        # persons: "Prime Minister Mohammed Shia al-Sudani", "spokesman John Kirby", "Sudani"
        person = self.person(core, core_spans, text)
        if person:
            return person
        if len(core) == 1 and head in STATE_FORCE_HEADS and head not in COREF_HEADS:
            return Source(
                *self.national(head, htype, self.unit_country()), mention, start, end
            )  # "police said"
        # anonymous sources kept as such: "local sources", "two Iraqi security officials", "residents"
        while len(core) > 1 and any(c.isdigit() for c in core[0]):
            core, core_low, core_spans = core[1:], core_low[1:], core_spans[1:]  # "one 32-year-old survivor"
        if (
            role == "head"
            and htype != "statement"
            and (
                all(
                    kb.words.get(w, ("",))[0] in ("mod", "topic", "head", "det") or self.country_of(w)
                    for w in core_low
                    if w != "'s"
                )
                or (
                    k > 0
                    and len(core) <= 4
                    and all(w.replace("-", "").isalpha() and w == w.lower() for w in core)
                )
            )
        ):
            name = text[core_spans[0][0] : core_spans[-1][1]]
            name = name[0].upper() + name[1:]
            t = htype
            if htype == "anonymous source":
                t = (
                    "local sources"
                    if "local" in core_low
                    else "security source"
                    if ({"security", "military", "police", "intelligence"} & set(core_low))
                    else "medical source"
                    if ({"medical", "hospital", "health"} & set(core_low))
                    else "anonymous source"
                )
            if t == "state media" and "state" not in core_low:
                t = "media"
            return Source(_fold(name), t, mention, start, end, plural=head.endswith("s"))
        # a proper name nobody listed: keep it as written (in-article acronyms expanded)
        while len(core) > 1 and core_low[0].endswith(QUALIFIER_SUFFIXES) and core[1][:1].isupper():
            core, core_low, core_spans = core[1:], core_low[1:], core_spans[1:]  # "the Srinagar-based Chinar Corps"
        if (
            all(
                w[0].isupper() or w.lower() in CONNECTORS or w.lower() == "the" or w[0].isdigit() or w == "-"
                or _article_name(w)
                for w in core
            )
            and (core[0][0].isupper() or _article_name(core[0]))
            and core_low[0] not in STOP_CAPS
            and not (len(core) == 1 and core_low[0] in kb.words)  # "Footage shows": a common word, capitalised
        ):
            name = _fold(text[core_spans[0][0] : core_spans[-1][1]])
            if name.lower().startswith("the "):
                name = name[4:]
            if name in self.acronyms:
                name = self.acronyms[name]
            media = bool({w.lower() for w in core[1:]} & MEDIA_NAME_WORDS)  # "the Lagos Herald", "Myanmar Voice"
            person = self.person_like(core) and not ({w.lower() for w in core} & ORG_WORDS) and not media
            typ = "person" if person else "media" if media else "organization"
            if not person and kb.words.get(core_low[-1], ("", ""))[:2] == ("head", "medical source"):
                typ = "medical source"  # "Nasser Medical Complex", "al-Shifa Hospital"
            elif not person and "police" in core_low:
                typ = "police"  # "the Jigawa State Police Command"
            return Source(name, typ, mention, start, end, person=person)
        return None

    def _place_before_role(self, core, core_spans) -> bool:
        """'Cauca governor', 'Kherson Oblast governor': the words before the role are a place the text names
        there, or a first-level region's name."""
        pm = self.place_starts.get(core_spans[0][0])
        if pm is not None and pm.end <= core_spans[-2][1] + 1 and getattr(pm.place, "kind", "") != "country":
            return True
        words = [w.lower() for w in core[:-1]]
        while len(words) > 1 and words[-1] in REGION_WORDS:
            words = words[:-1]
        return " ".join(words) in _admin1_names()

    def ministry(self, core, core_low, place):
        """'Gaza's health ministry', 'the Hamas-run Health Ministry in Gaza', 'Ministry of Health' -> one name."""
        kb = self.kb
        if "ministry" not in core_low and core_low[-1] not in (
            "officials",
            "official",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "sources",
            "source",
            "authorities",
        ):
            return None
        topics = [kb.words[w][1] for w in core_low if kb.words.get(w, ("",))[0] == "topic"]
        if not topics or topics[0] in ("foreign",) and "ministry" not in core_low:
            return None
        if "ministry" not in core_low and {"force", "forces", "army", "staff", "headquarters"} & set(
            core_low
        ):
            return None  # "a Rwandan Defence Force spokesperson" speaks for the force, not a ministry
        topic = topics[0]
        where = None
        for n in (3, 2, 1):
            for x in range(len(core) - n + 1):
                c = self.country_of(" ".join(core[x : x + n]))
                if c and core[x][0].isupper():
                    where = c[1]
                    break
            if where:
                break
        if where is None and place:
            c = self.country_of(place)
            where = c[1] if c else place
        if where is None:
            x = core_low.index("'s") if "'s" in core_low else -1
            if x > 0 and core[x - 1][0].isupper():
                where = core[x - 1]
        if where is None:
            # "the Gaza health ministry": the place written before the topic names the ministry, not the country
            t = next(x for x, w in enumerate(core_low) if kb.words.get(w, ("",))[0] == "topic")
            y = t
            while y > 0 and kb.words.get(core_low[y - 1], ("",))[0] == "mod" and "-" not in core_low[y - 1]:
                y -= 1
            x = y
            while x > 0 and core[x - 1][:1].isupper() and core_low[x - 1] not in kb.words and y - x < 3:
                x -= 1
            if x < y:
                where = " ".join(core[x:y])
        implicit = where is None
        if where is None and topic != "foreign":
            # an unqualified health/defence ministry is the country's its sentence is about ("In neighbouring
            # Niger, ... the defence ministry said"), else the article's; a foreign ministry often is not
            hint = self.country_of(self.country_hint) if self.country_hint else None
            c = self.unit_country()
            if c is not None and (hint is None or c[0] != hint[0]):
                implicit = not self.unit_named
            else:
                c = hint
            where = c[1] if c else None
        name = f"{where} {topic} ministry" if where else f"{topic.capitalize()} ministry"
        if implicit:
            self.implicit_names.add(name)
        return name, "military" if topic == "defence" else "government"

    def institution(self, core, core_low, htype, role):
        """'Sudan's health ministry', 'Russian officials', 'Moscow', 'the Ministry of Health' -> (canonical, type)."""
        kb = self.kb
        country = None
        rest = []
        i = 0
        # country term may be 1-3 words ("Saudi Arabia", "United States")
        for n in (3, 2, 1):
            if len(core) >= n:
                c = self.country_of(" ".join(core[:n]))
                if c and core[0][0].isupper():
                    country, i = c, n
                    break
        if country is None:
            # "the Ministry of Health in Gaza" / "Gaza's health ministry": a capitalised place before the head
            if (
                len(core) >= 3
                and core[0][0].isupper()
                and core_low[1] == "'s"
                and kb.words.get(core_low[-1], ("", ""))[1] in ("government",)
                and core_low[-1] == "ministry"
            ):
                topic = [w for w in core_low[2:-1] if kb.words.get(w, ("",))[0] == "topic"]
                if topic:
                    return f"{core[0]} {' '.join(topic)} ministry", "government"
            if "ministry" in core_low and "of" in core_low:
                idx = core_low.index("of")
                topic = [w for w in core_low[idx + 1 :] if kb.words.get(w, ("",))[0] == "topic"]
                if topic and self.country_hint:
                    c = self.country_of(self.country_hint)
                    if c:
                        return f"{c[1]} {topic[0]} ministry", "military" if topic[
                            0
                        ] == "defence" else "government"
            return None
        if i < len(core) and core_low[i] == "'s":
            i += 1
        rest_words = core[i:]
        rest = core_low[i:]
        if (
            len(rest) > 1
            and rest[-1] in ("spokesman", "spokeswoman", "spokesperson")
            and (rest[-2] in STATE_FORCE_HEADS or rest[-2] in ("ministry", "government", "presidency"))
        ):
            rest_words, rest = rest_words[:-1], rest[:-1]  # "Pakistan's military spokesman": the military
        if rest and kb.words.get(rest[-1], ("",))[0] == "head":
            # "Yemen's internationally recognised government": free adjectives do not change who speaks
            if any(w[:1].isupper() and w.lower() not in kb.words for w in rest_words):
                return None  # "the UK Maritime Trade Operations agency": a name of its own, not the country's
            keep = [  # ("Sudan's army-aligned government": a hyphenated qualifier too)
                x
                for x, w in enumerate(rest)
                if (w in kb.words and "-" not in w)
                or w in ("of", "the", "and")
                or not any(c.isalpha() for c in w)
            ]
            rest_words, rest = [rest_words[x] for x in keep], [rest[x] for x in keep]
        _name, adj, _how = country
        if _how == "capital" and LOCAL_BODY_WORDS & set(rest):
            # "Kyiv's military administration", "the Mogadishu city council": the city's own body
            return f"{core[0]} {' '.join(rest_words)}", "government" if htype != "official" else htype
        if not rest:
            # "Moscow accused", "Russia said": the country's government speaks
            return f"{adj} government", "government"
        if any(
            kb.words.get(w, ("",))[0] not in ("mod", "topic", "head") and not (w in ("of", "the", "and"))
            for w in rest
        ):
            return None
        # Ministry of Health -> health ministry
        topics = [kb.words[w][1] for w in rest if kb.words.get(w, ("",))[0] == "topic"]
        head = rest[-1]
        if topics and head in (
            "ministry",
            "officials",
            "official",
            "authorities",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "office",
            "sources",
            "source",
        ):
            if topics[0] == "defence" and head != "ministry" and not any(w in ("ministry",) for w in rest):
                pass
            return f"{adj} {topics[0]} ministry", "military" if topics[0] == "defence" else "government"
        if "ministry" in rest:
            return None
        if rest in (["officials"], ["official"]):
            # "Russian officials", "a U.S. official": unnamed officials stay officials, named by country
            return f"{adj} {rest[0]}", "official"
        if rest in (
            ["government"],
            ["authorities"],
            ["government", "officials"],
            ["administration"],
            ["presidency"],
            ["official"],
            ["state"],
        ):
            return f"{adj} government", "government" if rest[0] != "officials" else "official"
        if rest in (
            ["army"],
            ["military"],
            ["armed", "forces"],
            ["forces"],
            ["police"],
            ["navy"],
            ["air", "force"],
            ["state", "media"],
            ["state", "television"],
            ["state", "tv"],
            ["coast", "guard"],
        ):
            t = {
                "police": "police",
                "media": "state media",
                "television": "state media",
                "tv": "state media",
            }.get(rest[-1], "military")
            return f"{adj} {' '.join(rest)}", t
        if role == "head":
            t = htype
            if htype == "anonymous source":
                t = (
                    "security source"
                    if {"security", "military", "police", "intelligence"} & set(rest)
                    else ("medical source" if {"medical", "hospital"} & set(rest) else "anonymous source")
                )
            if t == "state media" and "state" not in rest:
                t = "media"  # "Israeli media reported"
            return f"{adj} {' '.join(rest_words)}", t
        return None

    def national(self, head: str, typ: str, where: tuple | None = None) -> tuple[str, str]:
        """'the army' with nothing earlier to point to: the army of the country its sentence is about (`where`),
        else of the article's country, by its listed name."""
        c = self.country_of(self.country_hint) if self.country_hint else None
        if where is not None:
            c = where
        name = f"{c[1]} {head}" if c else head.capitalize()
        for adj in ([c[1], c[0]] + _adjectives(self.kb).get(c[0], [])) if c else []:
            e = self.kb.lower.get(f"{adj} {head}".lower())
            if e is not None:  # "Congolese army" is listed as FARDC
                return e.canonical, e.type
        self.national_names.add(name)
        return name, typ

    def is_place(self, start: int, end: int) -> bool:
        """True when the phrase is exactly a place the places component found (and not a country/capital)."""
        pm = self.place_spans.get((start, end))
        if pm is not None:
            last = pm.text.split()[-1].lower() if pm.text.split() else ""
            if self.kb.words.get(last, ("", ""))[:2] == ("head", "medical source"):
                return False  # "Nasser Hospital said": a hospital is a place that speaks for its doctors
            kind = getattr(pm.place, "kind", "")
            return kind not in ("country",) and self.country_of(pm.text) is None
        return False

    def person_like(self, words) -> bool:
        """Two or three capitalised words that are neither an acronym nor a listed body read as a person's name."""
        return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)

    def person_before(self, pos: int):
        """The nearest titled person named before pos ('Prime Minister X ... his office said')."""
        i = bisect.bisect_left(self.person_starts, pos) - 1
        best = self.person_mentions[i] if i >= 0 else None
        if best is None or pos - best[0] > 600:
            return None
        return Source(best[2], "official", best[2], best[0], best[1], person=True)

    def person(self, core, spans, text):
        """A titled or already-introduced person; remembered by surname for later 'Sudani said'."""
        low = [w.lower() for w in core]
        if not core[-1][0].isupper():
            return None
        if len(core) == 1 and low[0] in self.persons:
            p = self.persons[low[0]]
            return Source(p.canonical, p.type, core[0], spans[0][0], spans[-1][1], person=True)
        i = 0
        while i < len(core) - 1 and (
            low[i] in TITLES
            or low[i] == "'s"
            or low[i] in self.kb.words
            or self.country_of(core[i])
            or low[i] in ("regional", "provincial", "local")
        ):
            i += 1
        # "Odesa regional governor Oleh Kiper": the name follows the last title word
        last_title = max(
            (
                x
                for x in range(len(core) - 1)
                if (low[x] in TITLES or self.kb.words.get(low[x], ("", ""))[1] == "official")
                and low[x] not in ("of", "the", "for", "state", "national")
            ),
            default=-1,
        )
        if last_title >= i and all(w[0].isupper() for w in core[last_title + 1 :]):
            i = last_title + 1
        name = core[i:]
        if (
            i == 0
            or not any(w in TITLES and w not in FILLER_TITLES for w in low[:i])
            or any(w.lower() in ORG_WORDS for w in name)
            or not name
            or all(w.lower() in TITLES for w in name)  # "the Attorney General": a title, no name
            or not all(
                w[0].isupper() or w.lower() in ("al", "bin", "ibn", "de", "van", "von", "el", "abu", "-")
                for w in name
            )
        ):
            if len(core) >= 2 and all(w[0].isupper() for w in core) and core[-1].lower() in self.persons:
                p = self.persons[core[-1].lower()]
                return Source(
                    p.canonical,
                    p.type,
                    text[spans[0][0] : spans[-1][1]],
                    spans[0][0],
                    spans[-1][1],
                    person=True,
                )
            return None
        canonical = _NICKNAME.sub("", _fold(text[spans[i][0] : spans[-1][1]]))
        known_as = self.persons.get(name[-1].lower()) if len(name) == 1 else None
        if known_as is not None and known_as.canonical.split()[-1].lower() == name[-1].lower():
            # "Major General Edward Buba ... Gen. Buba said": one person
            return Source(
                known_as.canonical,
                known_as.type,
                text[spans[0][0] : spans[-1][1]],
                spans[0][0],
                spans[-1][1],
                person=known_as.person,
                named_person=known_as.named_person,
            )
        src = Source(
            canonical, "official", text[spans[0][0] : spans[-1][1]], spans[0][0], spans[-1][1], person=True
        )
        last = name[-1].lower()
        self.persons[last] = src
        if "-" in last:
            self.persons[last.split("-", 1)[1]] = src
        return src

    # -- coreference
    def corefer(self, src: Source, history: list[Source], at: int) -> Source | None:
        """Resolve 'the monitor' / 'he' / 'the statement' against earlier (else later) sources."""
        kb = self.kb
        word = src.coref

        def fits(s: Source) -> bool:
            if src.where is not None and word in COREF_FALLBACK and not self.same_country(s, src.where[0]):
                return False  # "In Mozambique, ... the army said" is not the Malian army named before
            if word in ("he", "she"):
                return s.person or s.type == "official" or s.named_person
            if word == "it":
                return not s.person and not s.plural
            if word == "they":
                return s.plural or s.type in ("armed group", "government", "military")
            if word in ("statement", "report"):
                return True
            t = kb.words.get(word, ("", ""))[1]
            cl = s.canonical.lower()
            if src.quals:
                have = set(cl.split()) | set((s.mention or "").lower().split())
                if not src.quals <= have:
                    return False
            if word in ROLE_HEADS:
                return word in (s.mention or "").lower().split() or word in cl.split()
            if word in STATE_FORCE_HEADS and s.type not in ("military", "police", "government", "official"):
                return False  # "the National Liberation Army (ELN) ... the army said": the state's army
            if word in cl.split() or word in (s.mention or "").lower().split():
                return True
            if word in ("observatory", "monitor"):
                return s.type == "monitor"
            if word == "agency":
                return s.type in MEDIA_TYPES or s.type == "UN agency"
            if word in ("army", "military", "command", "forces", "junta"):
                return s.type == "military"
            if word in ("group", "movement", "militants", "rebels", "militia"):
                return s.type in ("armed group", "armed group media")
            if word == "ministry":
                return "ministry" in cl or s.type == "government" and "ministry" in cl
            if word in ("government", "authorities", "administration", "presidency"):
                return s.type == "government"
            return bool(t) and s.type == t

        hint = self.country_of(self.country_hint) if self.country_hint else None
        if word in COREF_FALLBACK and src.where is not None and (hint is None or src.where[0] != hint[0]):
            return None  # "In Mozambique, ... the army said": that country's army (the caller names it)
        for s in (history[x] for x in range(at - 1, max(-1, at - COREF_WINDOW - 1), -1)):
            if fits(s):
                if word in ("he", "she", "his", "her"):
                    p = self.person_before(src.start)
                    if p is not None and p.start > s.end + 40:
                        return p  # a person named after this source (not in its apposition) is more recent
                return s
        if word in ("he", "she"):
            p = self.person_before(src.start)
            if p is not None:
                return p
        if word in ROLE_HEADS or word in ("he", "she", "it", "they"):
            return None  # only headline-style descriptions ("monitor says") may point forward
        if word in COREF_FALLBACK and src.start >= self.body_start:
            return None  # "The army said" in the body is the country's army, not a later foreign ministry
        for s in (history[x] for x in range(at, min(len(history), at + COREF_WINDOW))):
            if s.canonical and fits(s):
                return s
        return None


# --------------------------------------------------------------------------- cues ----


@dataclass
class Cue:
    i: int  # first token of the cue
    j: int  # token after the cue
    kind: str
    shape: str
    text: str


def find_cues(words: list[str], kb: Knowledge, lows: list[str] | None = None) -> list[Cue]:
    out = []
    if lows is None:
        lows = [w.lower() for w in words]
    i = 0
    n = len(words)
    while i < n:
        cands = kb.cues.get(lows[i])
        if cands and i > 0 and words[i][:1].isupper() and f"{lows[i - 1]} {lows[i]}" in kb.countries:
            cands = None  # "The United States and Britain struck": a country's name, not 'states'
        if cands:
            for ws, kind, shape, text in cands:
                if tuple(lows[i : i + len(ws)]) == ws:
                    out.append(Cue(i, i + len(ws), kind, shape, " ".join(words[i : i + len(ws)])))
                    i += len(ws) - 1
                    break
        if lows[i] in ("statement", "statements") and not (out and out[-1].j > i):
            # "a statement shared by its media arm", "a statement posted on its website"
            k = i + 1
            while k < n and k - i < 4 and lows[k] in DOCUMENT_WORDS:
                k += 1
            if k + 1 < n and lows[k] in ("by", "from", "on"):
                out.append(
                    Cue(
                        i,
                        k + 1,
                        "claim",
                        "statement_on" if lows[k] == "on" else "statement",
                        " ".join(words[i : k + 1]),
                    )
                )
        i += 1
    return out


BULLETS = {"—", "–", "-", "•", "*", "·", "▪", ">", "|"}


def colon_cue(words, lows, kb: Knowledge) -> Cue | None:
    """'16:10 — Kursk Governor Roman Starovoit: the village was shelled', '• Army spokesman X: ...': a titled
    speaker opening a line (after a time stamp or a bullet) and a colon is a speech cue, the claim to its right.
    A heading ('Donetsk region: ...', 'Update: ...') has no title word and is left alone."""
    n = len(words)
    k0 = 0
    if n > 3 and words[0].isdigit() and words[1] == ":" and words[2].isdigit():
        k0 = 3  # "16:10"
    while k0 < n and words[k0] in BULLETS:
        k0 += 1
    k = next((x for x in range(k0 + 1, min(n - 1, k0 + 9)) if words[x] == ":"), None)
    if k is None:
        return None
    if " ".join(lows[k0:k]) in kb.lower and k - k0 > 1 or " ".join(words[k0:k]) in kb.exact:
        return Cue(k, k + 1, "claim", "speech", ":")  # "Ukraine's General Staff: ...": a listed source
    if k - k0 < 2:
        return None
    titled = named = False
    for x in range(k0, k):
        low = lows[x]
        if low in ("of", "the", "'s", "for", ","):
            continue
        role = kb.words.get(low, ("",))[0]
        if low in TITLES or role == "head":
            titled = True
        elif not words[x][:1].isupper():
            if role != "mod":
                return None  # "Two people were killed in the town: ..." is no speaker
        else:
            named = True
    if not titled or not named:
        return None  # "Governor:" alone names nobody; "Donetsk region:" is a heading
    return Cue(k, k + 1, "claim", "speech", ":")


def _subject_of(resolver, text: str, unit: tuple, kb: Knowledge):
    """The named body opening a sentence ('Azerbaijan's Defence Ministry gave ...'), else None."""
    u0, u1 = unit
    words, spans = _tokenize(text[u0 : min(u1, u0 + 200)], u0)
    if not words:
        return None
    lows = [w.lower() for w in words]
    rc = right_chunk(words, lows, 0, kb)
    if rc is None:
        return None
    src = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
    if src is None or src.coref is not None or src.person or src.type in ANON_TYPES or not src.canonical:
        return None
    return src


def _article_name(w: str) -> bool:
    """'al-Shifa', 'el-Fasher': an Arabic article joined to a capitalised name is a capitalised word."""
    return w[:3].lower() in ("al-", "el-", "ad-", "ar-", "as-", "an-", "at-") and w[3:4].isupper()


def _chunk_ok(w: str, kb: Knowledge) -> bool:
    low = w.lower()
    if low in kb.words:
        return kb.words[low][0] != "pronoun"  # a pronoun is a whole phrase or nothing
    if low in kb.speech:
        return False  # "OFFICIALS SAID": a capitalised cue word is not part of a name
    if w[0].isupper() and (low not in STOP_CAPS or len(w) > 1 and w.isupper()):
        return True
    if w[0].isdigit() and any(c.isalpha() for c in w):  # M23
        return True
    if _article_name(w):
        return True
    return low in ("'s", "-", "&") or w.isdigit()


def left_chunk(words, lows, end: int, start_limit: int, kb: Knowledge):
    """Indexes [a, end) of the noun phrase ending just before `end` (None when it does not start a clause)."""
    if end > start_limit and kb.words.get(lows[end - 1], ("",))[0] == "pronoun":
        # "he said" only at a clause boundary: in "a commander it said was a planner" the phrase is not a speaker
        b = end - 1
        if (
            b == start_limit
            or words[b - 1] in QUOTES
            or words[b - 1] in (",", ";", ":", "(", "-", "–", "—")  # "dismisses that as propaganda - it says"
            or (lows[b - 1] in BOUNDARY_WORDS)
        ):
            return b, end
        return None
    j = end
    start_limit = max(start_limit, end - MAX_PHRASE)  # bounded: an all-caps run-on sentence stays linear
    # a listed name ending here is one phrase whatever its words ("Ukraine's air force", "the Red Cross")
    # ("The Kani People's Defence Force (PDF)": before its acronym too)
    e_ = end - 3 if end - 3 > start_limit and words[end - 1] == ")" and words[end - 3] == "(" else end
    for n in range(min(kb.max_len, e_ - start_limit), 1, -1):
        key = " ".join(lows[e_ - n : e_])
        if key in kb.lower or key in kb.descriptors:
            j = e_ - n
            break
    while j > start_limit:
        w = words[j - 1]
        low = lows[j - 1]
        if len(w) == 2 and w[1] == "." and w[0].isupper() and j < end and words[j][0].isupper():
            break  # "... in a post on X. A senior official": an unsplit sentence end, not an initial
        if _chunk_ok(w, kb):
            j -= 1
            continue
        if (
            w[:1].isupper()
            and j < end
            and j - 2 >= start_limit
            and lows[j - 2] in ("the", "of", "for", "and")
            and (words[j][:1].isupper() or lows[j] in ("of", "for", "and"))
        ):
            j -= 1  # "the Defence of the People of Azawad": a capitalised common word inside a name
            continue
        if (
            low in ("of", "for", "in", "and")
            and j < end
            and j - 1 > start_limit
            and (
                _chunk_ok(words[j - 2], kb)
                or words[j - 2][:1].isupper()
                or low == "and"
                and words[j - 2] == ")"
            )
            and (
                words[j][0].isupper() or lows[j] == "the" or low == "and" or lows[j] in kb.words
                or _article_name(words[j])  # "police in al-Hasakah"
            )
        ):
            j -= 1
            continue
        if low == "at" and j < end and j - 1 > start_limit and kb.words.get(lows[j - 2], ("",))[0] == "head":
            j -= 1  # "a health worker at the University of Gondar hospital"
            continue
        if low == "the" and j < end:
            j -= 1
            continue
        if w == ")" and j - 3 > start_limit and words[j - 3] == "(":
            j -= 3  # "the Strategic Framework ... (CSP-DPA) said"
            continue
        if w == ")" and j == end:
            o = next((x for x in range(j - 2, max(start_limit, j - 9), -1) if words[x] == "("), None)
            if o is not None and o > start_limit and all(words[x][:1].isupper() or words[x].isalpha()
                                                         for x in range(o + 1, j - 1)):
                j = o  # "The Ombudsman's Office (Defensoria del Pueblo) said": the name in its own language
                continue
        if (
            w in QUOTES
            and j < end
            and j - 3 > start_limit
            and words[j - 3] in QUOTES
            and words[j - 2][:1].isupper()
            and words[j][:1].isupper()
            and words[j - 4][:1].isupper()
        ):
            j -= 3  # 'Jimmy "Barbecue" Cherizier': a quoted nickname between names
            continue
        if (
            low in NAME_PARTICLES
            and j < end
            and j - 1 > start_limit
            and words[j][:1].isupper()
            and words[j - 2][:1].isupper()
        ):
            j -= 1  # "Norte de Santander", "Abu Bakr al Baghdadi"
            continue
        if (
            low.isalpha()
            and low == w
            and j < end
            and lows[j] == "'s"
            and j - 1 > start_limit
            and lows[j - 2] in ("the", "its", "their", "his", "her")
            and low not in STOP_CAPS
            and low not in BOUNDARY_WORDS
        ):
            j -= 1  # "health workers at the town's hospital": a possessor noun inside the phrase
            continue
        break
    # a determiner inside the phrase may be the first word only
    if j == end and end - 3 > start_limit and lows[end - 1].isalpha() and words[end - 1] == lows[end - 1]:
        # "officials in the region said", "residents of the town said", "officials in Donetsk city said":
        # the phrase before the preposition
        t = end - 1
        while t > start_limit and end - t < 5 and words[t - 1][:1].isupper() and lows[t - 1] not in STOP_CAPS:
            t -= 1
        named = t < end - 1
        u = t  # "in the occupied Zaporizhzhia region", "in the southern Kherson region": free adjectives
        while (
            named and u > start_limit and t - u < 2 and lows[u - 1].isalpha() and words[u - 1] == lows[u - 1]
        ):
            u -= 1
            if u > start_limit and lows[u - 1] == "the":
                t = u
                break
        if t > start_limit and lows[t - 1] == "the":
            t -= 1
        close = (
            t - 2 > start_limit and lows[t - 1] == "to" and lows[t - 2] == "close"
        )  # "sources close to the group"
        if (
            (t < end - 1 and (named or lows[t] == "the"))
            and t - 1 > start_limit
            and (lows[t - 1] in ("in", "of", "from", "at") or close)
        ):
            inner = left_chunk(words, lows, t - 1 - close, start_limit, kb)
            if inner is not None:
                return inner[0], end
    if j == end:
        # "a resident of the Piassa area said": a phrase ending in a free noun, opened by a determiner at a
        # clause boundary and holding a source word
        for d in range(end - 2, max(start_limit, end - 11) - 1, -1):
            if words[d] in (",", ";", ":") or words[d] in QUOTES:
                break
            if (
                lows[d] in ("a", "an", "the")
                and (
                    d == start_limit
                    or words[d - 1] in QUOTES
                    or words[d - 1] in (",", ";", ":", "(")
                    or lows[d - 1] in BOUNDARY_WORDS
                )
                and any(kb.words.get(lows[x], ("",))[0] == "head" for x in range(d + 1, end))
                and all(
                    lows[x].replace("-", "").isalpha()
                    and lows[x] not in BOUNDARY_WORDS
                    and (
                        lows[x] not in STOP_CAPS
                        or lows[x] in ("of", "in", "at", "the", "from")
                        # "a self-styled spokesman for one of the armed groups"
                        or lows[x] == "for" and lows[x - 1] in SPOKES
                        or lows[x] == "one" and lows[x - 1] == "for" and lows[x + 1] == "of"
                    )
                    for x in range(d + 1, end)
                )
            ):
                return d, end
        return None
    before = lows[j - 1] if j > start_limit else None
    if (
        before is not None
        and before.isalpha()
        and before == words[j - 1]
        and before in QUALIFIER_NOUNS
        and j - 2 >= start_limit
        and words[j - 2][:1].isupper()
        and (j - 2 == start_limit or words[j - 3] in (",", ";", ":", "(") or words[j - 3] in QUOTES)
    ):
        j -= 2  # "Bastar range Inspector General ...": a place and its kind of unit open the phrase
        before = lows[j - 1] if j > start_limit else None
    a = j
    # trim leading stop words captured by capitalisation ("While the White House")
    while a < end - 1 and (
        lows[a] in STOP_CAPS
        and not words[a].isupper()
        and not (kb.words.get(lows[a], ("",))[0] == "det" and words[a + 1] == lows[a + 1])
        or lows[a] in ("and", "of", "for", "in")
        or words[a] in BULLETS  # "- Belgorod Oblast officials claimed": a list's bullet is not in the name
    ):
        a += 1
    if (
        lows[a] in STOP_CAPS
        and not words[a].isupper()
        and kb.words.get(lows[a], ("",))[0] not in ("pronoun", "det")
    ):
        return None
    if before in ("from", "by") and j - 2 >= start_limit and lows[j - 2] in DOCUMENT_WORDS:
        return a, end  # "figures from the health ministry show"
    if (
        a == j
        and before is not None
        and before not in BOUNDARY_WORDS
        and before not in (",", ";", ":", "(", "—", "–", "-")
        and words[j - 1] not in QUOTES
        and not (len(words[j - 1]) > 1 and words[j - 1].endswith("."))
    ):
        if before == "to" and j - 2 > start_limit and lows[j - 2] == "close":
            inner = left_chunk(words, lows, j - 2, start_limit, kb)  # "sources close to the group"
            return (inner[0], end) if inner is not None else None
        if lows[a] in ("the", "a", "an"):
            # "a figure the government rejected": a determined phrase after a bare noun opens a relative clause
            # whose subject is the speaker; the noun before it is not part of the phrase
            if (
                before.isalpha()
                and before == words[j - 1]
                and before not in STOP_CAPS
                and before not in SKIP_LEFT
                and not before.endswith(("ing", "ed"))  # "helping the military" opens no relative clause
            ):
                return a, end
            return None
        # "the banned Tehreek-e-Taliban Pakistan", "a local resistance group": up to two free adjectives
        # after a determiner that itself opens the clause
        for d in (j - 2, j - 3):
            if (
                d >= start_limit
                and lows[d] in ("the", "a", "an")
                and all(lows[x].replace("-", "").isalpha() and lows[x] == words[x] for x in range(d + 1, j))
                and (
                    d == start_limit
                    or lows[d - 1] in BOUNDARY_WORDS
                    or words[d - 1] in QUOTES
                    or words[d - 1] in (",", ";", ":", "(", "—", "–")
                )
            ):
                if d - 1 > start_limit and lows[d - 1] == "and":  # "residents and a local resistance group"
                    more = left_chunk(words, lows, d - 1, start_limit, kb)
                    if more is not None:
                        return more[0], end
                return d, end
            # "Yemen's internationally recognised government": a possessive opens the phrase like a determiner
            if (
                d - 1 >= start_limit
                and lows[d] == "'s"
                and kb.words.get(lows[d - 1], ("",))[0] == "head"
                and all(lows[x].replace("-", "").isalpha() and lows[x] == words[x] for x in range(d + 1, j))
            ):
                # "the Amhara regional government's communication bureau": the owner's phrase opens it
                owner = left_chunk(words, lows, d, start_limit, kb)
                if owner is not None:
                    return owner[0], end
            if (
                d - 1 >= start_limit
                and lows[d] == "'s"
                and words[d - 1][:1].isupper()
                and all(lows[x].replace("-", "").isalpha() and lows[x] == words[x] for x in range(d + 1, j))
                and (
                    d - 1 == start_limit
                    or lows[d - 2] in BOUNDARY_WORDS
                    or words[d - 2] in QUOTES
                    or words[d - 2] in (",", ";", ":", "(", "—", "–")
                )
            ):
                return d - 1, end
        return None
    return a, end


NAME_PARTICLES = {
    "de",
    "del",
    "la",
    "da",
    "do",
    "dos",
    "du",
    "des",
    "al",
    "el",
    "bin",
    "ibn",
    "van",
    "von",
    "le",
    "ya",  # Swahili: "Radio Sauti ya Injili"
    "wa",
}


def right_chunk(words, lows, start: int, kb: Knowledge):
    j = start
    n = min(len(words), start + MAX_PHRASE)
    s = start + (lows[start : start + 1] == ["the"])
    for m in range(min(kb.max_len, n - s), 1, -1):
        key = " ".join(lows[s : s + m])
        if key in kb.lower or key in kb.descriptors:
            j = s + m  # "through its Andalus radio station": a listed name whatever its words
            break
    while j < n:
        w, low = words[j], lows[j]
        if w in QUOTES and j == start:
            j += 1
            continue
        if low in ("that", "who", "which", "on", "as", "to", "at", "with", "after", "over", "about"):
            break
        if (
            _chunk_ok(w, kb)
            and low not in ("it", "he", "she", "they")
            or (j == start and low in ("he", "she", "it", "they", "him", "them"))
        ):
            j += 1
            if low in ("he", "she", "it", "they", "him", "them"):
                break
            continue
        if (
            low in ("of", "for", "in", "the", "and")
            and j > start
            and j + 1 < n
            and (words[j + 1][0].isupper() or lows[j + 1] in kb.words or lows[j + 1] == "the")
        ):
            j += 1
            continue
        if (
            low in NAME_PARTICLES
            and j > start
            and j + 1 < n
            and words[j + 1][:1].isupper()
            and words[j - 1][:1].isupper()
        ):
            j += 1  # "the regional government of Norte de Santander"
            continue
        if j > start and words[j][:1].isupper():
            m = next(
                (m for m in range(min(kb.max_len, n - j), 1, -1) if " ".join(lows[j : j + m]) in kb.lower), None
            )
            if m is not None:
                j += m  # "the Kani People's Defence Force": a listed name goes on past its common words
                continue
        break
    while j > start and lows[j - 1] in ("of", "for", "in", "the", "and", "'s"):
        j -= 1
    if j > start and j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")":
        j += 3  # "the International Organization for Migration (IOM)": the acronym belongs to the name
    return (start, j) if j > start else None


# -------------------------------------------------------------------------- figures ----

_NUM = r"(?:\d[\d,]*|" + "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True)) + r")"
_FIG_PATTERNS = [
    re.compile(
        r"\b(?:killed|killing|kills|kill|left)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|"
        r"nearly\s+|some\s+|up\s+to\s+)?(" + _NUM + r")\b(?!\s*(?:km|kilomet|miles|percent|%))",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(" + _NUM + r")\s+(?:[A-Za-z\-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|are|been)\s+"
        r"(?:reported\s+)?(?:killed|dead|slain)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(" + _NUM + r")\s+(?:[A-Za-z\-]+\s+){0,2}?(?:dead|deaths|killed|died|fatalities|bodies)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bdeath\s+toll\s+(?:\w+\s+){0,3}?(?:to|of|at|reached|hit|stood\s+at)\s+(?:at\s+least\s+)?("
        + _NUM
        + r")\b",
        re.IGNORECASE,
    ),
]


_ANY_NUM = re.compile(r"\b(" + _NUM + r")\b")


def _figures(claim: str, cue) -> list[int]:
    """Fatality figures in a claim; after "put the toll" any bare number is the toll."""
    out = figures_in(claim)
    if any(w in cue.text.lower() for w in ("toll", "figure", "number")) and not out:
        m = _ANY_NUM.search(claim)
        v = _to_int(m.group(1)) if m else None
        if v is not None:
            out = [v]
    return out


def _to_int(s: str) -> int | None:
    s = s.lower().replace(",", "")
    if s.isdigit():
        return int(s)
    return NUMBER_WORDS.get(s)


# every figure pattern holds one of these words: a claim without any is read by one cheap search
_FIG_WORD = re.compile(r"kill|left|dead|slain|death|died|fatalities|bodies", re.IGNORECASE)


def figures_in(text: str) -> list[int]:
    out = []
    if _FIG_WORD.search(text) is None:
        return out
    for pat in _FIG_PATTERNS:
        for m in pat.finditer(text):
            v = _to_int(m.group(1))
            if v is not None and v not in out and v < 10_000_000 and not _cumulative(text, m.start(1), m.end(1)):
                out.append(v)
    return out


_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
_CUMULATIVE_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:since\s+(?:the\s+(?:war|conflict|start|beginning|outbreak|coup|invasion|insurgency)|"
    r"(?:" + _MONTH_NAMES + r")\b|\d{4}|last\s+year|then)|so\s+far|this\s+year|to\s+date|in\s+total)",
    re.IGNORECASE,
)
_CUMULATIVE_BEFORE = re.compile(
    r"(?:\b(?:overall|cumulative)|\bin\s+the\s+(?:war|conflict|insurgency)|\bsince\s+the\s+(?:war|conflict))"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


def _cumulative(text: str, a: int, b: int) -> bool:
    """'the death toll in the war had risen to 39,790', '5,000 killed since 2017': a running total, not a toll."""
    return bool(_CUMULATIVE_AFTER.match(text, b) or _CUMULATIVE_BEFORE.search(text[max(0, a - 60) : a]))


# ------------------------------------------------------------------------ component ----


def _target_of(resolver: Resolver, words, lows, spans, text, a: int, kb) -> str | None:
    """The actor after 'blamed'/'accused' (up to 'for'/'of'), canonical when the actors component knows it."""
    j = a
    n = len(words)
    while j < n and lows[j] not in ("for", "of", ",", ".", "over", "in", "that", ";") and j - a < 12:
        j += 1
    if a < n and words[a] in QUOTES:  # blamed "remnants of terrorist groups"
        k = a + 1
        while k < n and words[k] not in QUOTES and k - a < 15:
            k += 1
        if k < n and k > a + 1:
            return text[spans[a + 1][0] : spans[k - 1][1]]
    if j == a:
        return None
    s, e = spans[a][0], spans[j - 1][1]
    act = resolver.actor_in(s, e)
    if act is not None:
        return act.actor
    hit = resolver.known(words[a:j])
    if hit:
        return hit[0].canonical
    t = text[s:e].strip(" \"“”'‘’")
    if t.lower().startswith("the "):
        t = t[4:]
    return t or None


def _coordinated(resolver: Resolver, words, lows, a: int, b: int) -> list[tuple]:
    """[a, b) cut at each 'and' that joins two speakers ('the KIA and local rescue workers'), not at one inside
    a listed name ('Group for the Support of Islam and Muslims')."""
    ands = [x for x in range(a + 1, b) if lows[x] == "and"]
    if not ands:
        return [(a, b)]
    hit = resolver.known(words[a:b])
    inside = set() if hit is None else {x for x in ands if a + hit[1] < x < a + hit[2]}
    parts, cur = [], a
    for x in ands:
        if x in inside or x <= cur:
            continue
        if words[x - 1][:1].isupper() and words[x + 1 : x + 2] and words[x + 1][:1].isupper():
            # "Turkey's Disaster and Emergency Management Authority": capitalised words joined inside one name,
            # unless what comes before 'and' is itself a source ("Hamas and Islamic Jihad", "Russia and Ukraine")
            left = [w for w in words[cur:x] if w.lower() not in ("the", "a", "an")]
            if not (
                resolver.known(left)
                and resolver.known(left)[2] == len(left)
                or resolver.country_of(" ".join(left))
                or (len(left) == 1 and left[0] in resolver.acronyms)
            ):
                continue
        parts.append((cur, x))
        cur = x + 1
    parts.append((cur, b))
    return parts


def _is_publisher(resolver: Resolver, name: str | None) -> bool:
    if not name or not resolver.publisher_names:
        return False
    n = norm_name(name)
    if not n:
        return False
    padded = f" {n} "  # "n is a run of whole words of p" without a regex per pair
    return any(n == p or padded in f" {p} " or f" {p} " in padded for p in resolver.publisher_names)


CONTACT_VERBS = {"spoken", "spoke", "talked", "interviewed", "reached", "contacted", "met", "asked"}
CONTACT_SUBJECTS = {"i", "we", "i've", "we've", "he", "she", "they", "reporters", "journalists"}


def _skip_contact_clause(lows, e: int) -> int:
    """Start of a relative clause 'I've spoken to' / 'we talked with' ending at e (e itself when there is none)."""
    x = e
    if x > 0 and lows[x - 1] in ("to", "with"):
        x -= 1
    if x < 2 or lows[x - 1] not in CONTACT_VERBS:
        return e
    y = x - 1
    while y > 0 and lows[y - 1] in ("have", "has", "had", "'ve", "’ve"):
        y -= 1
    if y > 1 and lows[y - 1].replace("’", "'") in CONTACT_SUBJECTS:
        return y - 1
    return e


def _inside(f, g, lows) -> bool:
    """True when the cue found f sits in g's claim: nothing but words (no 'and', 'but') between them."""
    if f[3] is None or g[3] is None:
        return False
    a, b = (f[0].j, g[3][1]) if g[3][1] >= f[0].j else (g[3][2], f[3][1])
    return a <= b and not any(lows[x] in CLAUSE_JOINS for x in range(a, b))


def attributions_for(doc) -> list[dict]:
    kb = knowledge()
    text = doc_text(doc)
    resolver = Resolver(doc, kb, text)
    resolver.add_publisher_canonical()
    pending = []  # (record, Source)
    sents = sent_spans(doc)  # cached on the Doc by the first component that asks (read only here)
    sent_starts = [a for a, _ in sents]
    prev_unit = None
    unit = None
    for si, s0, s1 in _units(text, sents):
        prev_unit, unit = unit, (s0, s1)
        stext = text[s0:s1]
        colon = ":" in stext[:120]
        if not colon and not _may_hold_cue(stext, kb):
            continue  # most sentences attribute nothing: skip them before tokenizing
        words, spans = _tokenize(stext, s0)
        if not words:
            continue
        resolver.set_unit(s0, s1, words)
        lows = [w.lower() for w in words]
        cues = find_cues(words, kb, lows)
        if colon:
            cc = colon_cue(words, lows, kb)
            if cc is not None:
                cues = [cc, *(c for c in cues if c.i > cc.i)]
        if not cues:
            continue
        # "according to a statement from X": one cue, not a second 'a statement from'
        cues = [
            c
            for x, c in enumerate(cues)
            if not (
                x > 0
                and c.shape in ("statement", "statement_on")
                and cues[x - 1].shape in ("according", "citing")
                and c.i <= cues[x - 1].j + 2
            )
        ]
        # "Unconfirmed reports on local channels say": 'reports' after such an adjective is a noun, the verb follows
        hearsay = {}  # the verb's index -> where the outlet named after 'reports on|in|from' starts (-1: none)
        drop = set()
        for x, c in enumerate(cues[:-1]):
            if (
                c.j == c.i + 1
                and lows[c.i] in ("reports", "claims", "accounts")
                and c.i > 0
                and lows[c.i - 1] in HEARSAY_ADJ
                and cues[x + 1].i - c.j <= 8
            ):
                drop.add(x)
                hearsay[cues[x + 1].i] = c.j + 1 if lows[c.j] in ("on", "in", "from", "by") else -1
        if drop:
            cues = [c for x, c in enumerate(cues) if x not in drop]
        found = []  # (cue, [Source], via Source|None, claim (a,b), target, channel)
        last_speakers = None
        for ci, cue in enumerate(cues):
            if cue.shape == "negative":
                last_speakers = None
                continue
            prev = lows[cue.i - 1] if cue.i > 0 else ""
            if cue.shape in ("speech", "react", "told", "accuse", "responsibility") and prev in PASSIVE:
                continue
            if cue.shape == "accuse" and cue.j < len(words) and lows[cue.j] in ("of", "for", "in"):
                continue  # "RSF accused of massacre": the phrase before is the accused, not the accuser
            speakers, side = [], None
            via = None
            channel = None
            target = None
            if cue.shape in ("according", "citing", "by", "statement", "statement_on"):
                a = cue.j
                # "according to (a statement from | estimates by | figures from) X"
                k, prep = a, None
                while (
                    k < len(words)
                    and k - a < 6
                    and (lows[k] in DOCUMENT_WORDS or lows[k] in ("from", "by", "of", "on"))
                ):
                    if lows[k] in ("from", "by", "of", "on"):
                        prep = k + 1
                    k += 1
                if prep is not None:
                    a = prep
                rc = right_chunk(words, lows, a, kb)
                if rc is None:
                    continue
                if any(lows[x].rstrip(".") in PLATFORMS for x in range(rc[0], rc[1])):
                    continue  # "a statement posted on its Telegram channel": a channel, not a source
                if rc[1] < len(words) and lows[rc[1]] in SELF_REFERENCE and lows[rc[0]] == "the":
                    continue  # "as reported by the sources cited": the report's own sourcing, named elsewhere
                # "according to hospital officials and an Associated Press reporter": each is a source
                parts = _coordinated(resolver, words, lows, rc[0], rc[1])
                speakers = [
                    sp
                    for sp in (
                        resolver.resolve(words[pa:pb], spans[pa:pb], text) for pa, pb in parts if pb > pa
                    )
                    if sp is not None
                ]
                if len(parts) > 1 and not speakers:
                    whole = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
                    speakers = [whole] if whole else []
                if not speakers:
                    continue
                if rc[1] < len(words) and lows[rc[1]] in (
                    "accounts",
                    "testimony",
                    "testimonies",
                    "interviews",
                ):
                    for sp in speakers:  # "according to witness accounts": the witnesses
                        if sp.type in ANON_NUMBER_TYPES and sp.canonical:
                            sp.canonical = _plural(sp.canonical)
                side = ("right", cue.i, rc[1])
                y = rc[1] + 1 + (rc[1] + 1 < len(words) and lows[rc[1] + 1] in ("a", "an", "the"))
                while y < len(words) - 1 and kb.words.get(lows[y], ("",))[0] == "mod":
                    y += 1  # "a local rights group"
                if (
                    y < len(words)
                    and words[rc[1]] == ","
                    and (lows[y] in TITLES or kb.words.get(lows[y], ("",))[0] == "head")
                ):
                    # "According to Dr. X, director of the Indonesian Hospital, 12 bodies arrived": past the
                    # apposition
                    k = next((x for x in range(rc[1] + 2, min(len(words), rc[1] + 14)) if words[x] == ","), None)
                    if k is not None and not any(lows[x] in kb.speech for x in range(rc[1] + 1, k)):
                        side = ("right", cue.i, k)
                if cue.shape == "citing" and cue.i > 0:
                    # "Reuters quoted a spokesman as saying", "IRNA, citing a police official": the outlet is via
                    e = cue.i - 1 if words[cue.i - 1] == "," else cue.i
                    lc = left_chunk(words, lows, e, 0, kb) if e > 0 else None
                    if lc is not None:
                        v = resolver.resolve(words[lc[0] : lc[1]], spans[lc[0] : lc[1]], text)
                        if v is not None and v.type in MEDIA_TYPES:
                            via = v
                            side = ("right", lc[0], rc[1])
            else:
                # speaker on the left: "X said", "X, an umbrella of ..., claimed"
                e = cue.i
                while e > 0 and lows[e - 1] in SKIP_LEFT:
                    e -= 1
                if e >= 2 and lows[e - 1] in DAYS and lows[e - 2] == "on":
                    e -= 2
                e = _skip_contact_clause(lows, e)  # "residents I've spoken to say": the residents
                lc = None
                appo = None
                if e > 0 and words[e - 1] == ",":
                    # appositive: ", an umbrella of Iran-aligned armed groups," — jump back to the opening comma
                    k = e - 2
                    while k > 0 and words[k] != "," and k > e - 28:
                        k -= 1
                    if (
                        k > 0
                        and words[k] == ","
                        and not any(lows[x] in kb.speech for x in range(k + 1, e - 1))
                    ):
                        lc = left_chunk(words, lows, k, 0, kb)
                        appo = (k + 1, e - 1)
                    if lc is not None and not any(words[x][:1].isalpha() for x in range(*lc)):
                        lc = None  # "sections 302, 324 and 435": a number list, no speaker
                    if lc is None and e < 60:
                        # "The FIR, lodged on the complaint of X under sections 302, 324 and 435 of the Penal
                        # Code, states that": commas inside a long apposition; the subject opens the sentence
                        k0 = next((x for x in range(1, min(e - 2, 8)) if words[x] == ","), None)
                        if k0 is not None and not any(lows[x] in kb.speech for x in range(k0 + 1, e - 1)):
                            lc0 = left_chunk(words, lows, k0, 0, kb)
                            if lc0 is not None and lc0[0] == 0:
                                lc, appo = lc0, (k0 + 1, e - 1)
                elif e > 0 and lows[e - 1] == "and" and last_speakers and cue.shape != "told":
                    speakers = list(last_speakers)
                    side = ("and", cue.i, cue.j)
                if lc is None and not speakers and e > 0 and hearsay.get(cue.i, 0) > 0:
                    # "Unconfirmed reports on local channels say": the outlet named
                    lc = (hearsay[cue.i], e) if hearsay[cue.i] < e else None
                if lc is None and not speakers and e > 0 and cue.i not in hearsay:
                    lc = left_chunk(words, lows, e, 0, kb)
                    if lc is None:
                        # "Survivors interviewed by telephone said", "Residents reached by phone told": the
                        # phrase before a participle
                        for x in range(e - 1, max(0, e - 6), -1):
                            if words[x] in (",", ";", ":") or words[x] in QUOTES or lows[x] in kb.speech:
                                break
                            if (
                                lows[x].endswith(("ed", "ing"))
                                and lows[x] not in kb.words
                                and kb.words.get(lows[x - 1], ("",))[0] == "head"
                            ):
                                lc = left_chunk(words, lows, x, 0, kb)
                                break
                    if lc is None:
                        w_ = next(
                            (x for x in range(e - 1, max(0, e - 10), -1) if lows[x] in ("who", "which")), None
                        )
                        if (
                            w_ is not None
                            and not any(words[x] == "," for x in range(w_, e))
                            and not any(lows[x] in kb.speech for x in range(w_, e))
                        ):
                            lc = left_chunk(words, lows, w_, 0, kb)
                            if lc is None and w_ > 1 and words[w_ - 1] == ",":
                                lc = left_chunk(words, lows, w_ - 1, 0, kb)  # "the Kuki Inpi, which said"
                                if (
                                    lc is None
                                    and last_speakers
                                    and found
                                    and found[-1][3] is not None
                                    and found[-1][3][2] >= w_ - 1
                                ):
                                    # "a charge denied by the Kuki Inpi, which said": the speaker just named
                                    speakers, side = list(last_speakers), ("left", w_, cue.j)
                if lc is not None:
                    a, b = lc
                    # coordinated subjects: "Russian officials and Syrian locals have accused"
                    parts = _coordinated(resolver, words, lows, a, b)
                    for pa, pb in parts:
                        if pb > pa:
                            src = resolver.resolve(words[pa:pb], spans[pa:pb], text)
                            if src is not None:
                                speakers.append(src)
                    if len(parts) > 1 and len(speakers) < len(parts):
                        whole = resolver.resolve(words[a:b], spans[a:b], text)
                        speakers = [whole] if whole else speakers
                    side = ("left", a, cue.j)
                elif speakers and side is None:
                    side = ("left", cue.i, cue.j)
                if (
                    appo is not None
                    and appo[1] > appo[0]
                    and (not speakers or all(sp.type == "organization" or sp.person for sp in speakers))
                ):
                    # "Yahya Saree, the Houthi military spokesman, said": the named body in the apposition speaks
                    sa = resolver.resolve(words[appo[0] : appo[1]], spans[appo[0] : appo[1]], text)
                    named = any(w[:1].isupper() for w in words[appo[0] + 1 : appo[1]]) or any(
                        lows[x] in SPOKES for x in range(appo[0], appo[1])
                    )  # "Mahmud Bassal, spokesman for the civil defence, said": the body he speaks for
                    titled = (
                        lc is not None
                        and lows[lc[0] + (lows[lc[0]] in ("the", "a", "an"))] in TITLES
                        and not any(sp.person for sp in speakers)
                    )
                    if (
                        sa is not None
                        and sa.coref is None
                        and (
                            sa.type not in ("organization", "official", "person")
                            and not sa.person
                            and named
                            or not speakers
                            or sa.person
                            and titled  # "The Director of Defence Media Operations, Gen. X, said"
                        )
                    ):
                        # ("The Darfur Bar Association, a rights group, said": a generic apposition names nobody)
                        if speakers and all(sp.person for sp in speakers):
                            sa.named_person = True  # his later "he said" is the body's too
                            for sp in speakers:
                                resolver.persons[sp.canonical.split()[-1].lower()] = sa
                        speakers = [sa]
                        s_ = appo[0] - 1  # 'A fisherman from the village, Ali Musa, told': the clause start
                        while (
                            s_ > 0
                            and appo[0] - s_ < 30
                            and words[s_ - 1] not in (",", ";", ":")
                            and words[s_ - 1] not in QUOTES
                        ):
                            s_ -= 1
                        side = ("left", lc[0] if lc else s_, cue.j)
                if (
                    appo is not None
                    and appo[1] > appo[0]
                    and len(speakers) == 1
                    and lc is not None
                    and any(lows[x] in SPOKES for x in range(lc[0], lc[1]))
                    and not speakers[0].person
                    and speakers[0].canonical
                ):
                    # "The spokesman for the Sudanese army, Brigadier Nabil Abdallah, said": "Abdallah said" is the army
                    last = words[appo[1] - 1]
                    if last[:1].isupper() and last.lower() not in kb.words:
                        resolver.persons[last.lower()] = speakers[0]
                elif (
                    appo is not None
                    and appo[1] > appo[0]
                    and speakers
                    and all(
                        (sp.coref is not None or sp.type in ANON_TYPES or _generic(sp))
                        and not sp.named_person
                        and not sp.person  # "Mark Regev, an adviser to Prime Minister X, told": Regev speaks
                        for sp in speakers
                    )
                ):
                    # "A member of a militia in the town, Babakura Kolo, told": the named person speaks;
                    # "A police union, SYNAPOHA, said": the named body does
                    sa = resolver.resolve(words[appo[0] : appo[1]], spans[appo[0] : appo[1]], text)
                    if (
                        sa is not None
                        and sa.coref is None
                        and (sa.person or all(_generic(sp) for sp in speakers) and not _generic(sa))
                    ):
                        speakers = [sa]
                # "..., telling the Mirror that", "..., saying": a participle's speaker is its clause's subject
                participle = e > 0 and words[e - 1] == "," and lows[cue.i].endswith("ing") and cue.j == cue.i + 1
                if participle and not speakers and last_speakers:
                    # "..., Al-Masirah TV reported, saying five people were killed": the last speaker goes on
                    speakers, side = list(last_speakers), ("and", cue.i, cue.j)
                # inverted: '"...," said the monitor'
                if (
                    not speakers
                    and not participle
                    and cue.shape in ("speech", "react")
                    and lows[cue.i] not in ADDRESSEE_CUES  # ", called on Arab members to defect": the addressees
                    and (e == 0 or words[e - 1] in QUOTES or words[e - 1] == ",")
                ):
                    rc = right_chunk(words, lows, cue.j, kb)
                    if rc is not None:
                        src = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
                        end_ = rc[1]
                        if rc[1] + 1 < len(words) and words[rc[1]] == "," and (src is None or src.person):
                            # 'said Ahmed Saleh, a spokesman for the Health Ministry': the body he speaks for
                            k = rc[1] + 1
                            while k < len(words) and words[k] not in (",", ".", ";") and k - rc[1] < 16:
                                k += 1
                            sa = resolver.resolve(words[rc[1] + 1 : k], spans[rc[1] + 1 : k], text)
                            if (
                                sa is not None
                                and sa.coref is None
                                and not sa.person
                                and sa.type not in ANON_TYPES
                            ):
                                src, end_ = sa, k
                        if src is not None:
                            speakers, side = [src], ("right", cue.i, end_)
                # "and said", "saying": the clause's subject — the sentence's first phrase
                if not speakers and e > 0 and (lows[e - 1] == "and" or participle):
                    lc0 = left_chunk(
                        words,
                        lows,
                        next(
                            (
                                x
                                for x in range(min(len(words), MAX_PHRASE))
                                if not _chunk_ok(words[x], kb) and lows[x] not in ("the", "of", "for", "in")
                            ),
                            0,
                        ),
                        0,
                        kb,
                    )
                    if lc0 is not None:
                        src = resolver.resolve(words[lc0[0] : lc0[1]], spans[lc0[0] : lc0[1]], text)
                        if src is not None:
                            speakers, side = [src], ("and", cue.i, cue.j)
                if not speakers:
                    continue
                if cue.shape == "told":
                    if cue.j < len(words) and lows[cue.j] in TOLD_SKIP:
                        side = (side[0], side[1], cue.j + 1)
                    elif (
                        cue.j + 1 < len(words)
                        and lows[cue.j] in ("a", "an", "the")
                        and lows[cue.j + 1] in (FRAME_NOUNS)
                    ):
                        k = cue.j + 1  # "told a news conference"
                        while k < len(words) and lows[k] in FRAME_NOUNS:
                            k += 1
                        side = (side[0], side[1], k)
                    rc = right_chunk(words, lows, cue.j, kb)
                    if rc is not None:
                        v = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
                        named = any(w[:1].isupper() for w in words[rc[0] : rc[1]])
                        if (
                            v is not None
                            and named
                            and (v.type in MEDIA_TYPES or v.type == "organization" and not v.person)
                        ):
                            via = v  # "told Reuters", "told Channel 4 News"; not "told state television"
                        side = (side[0], side[1], max(side[2], rc[1]))
                if cue.shape == "accuse" or cue.kind in ("accusation",):
                    target = _target_of(resolver, words, lows, spans, text, cue.j, kb)
            # "in a statement on Telegram", "in a post on X"
            for x in range(cue.j, min(len(words) - 1, cue.j + 12)):
                if (
                    lows[x] == "on"
                    and x + 1 < len(words)
                    and lows[x + 1] in PLATFORMS
                    and x > 0
                    and lows[x - 1]
                    in (
                        "statement",
                        "post",
                        "posts",
                        "video",
                        "message",
                        "channel",
                        "account",
                        "page",
                        "said",
                        "posted",
                        "wrote",
                        "claimed",
                    )
                ):
                    channel = words[x + 1]
                    break
            if via is None and speakers and speakers[0].type not in MEDIA_TYPES:
                # "ISIS claimed the attack through its Amaq news agency" / "said via Telegram"
                for x in range(cue.j, min(len(words) - 1, cue.j + 15)):
                    if lows[x] in ("through", "via") and x + 1 < len(words):
                        y = x + 2 if lows[x + 1] in ("its", "their", "the", "his", "her") else x + 1
                        rc = right_chunk(words, lows, y, kb)
                        if rc is not None:
                            v = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
                            if v is not None and v.type in MEDIA_TYPES:
                                via = v
                        break
            if via is None and speakers and speakers[0].type not in MEDIA_TYPES and cue.shape in ("speech", "react"):
                # "said in an interview with Al Jazeera", "Speaking to Reuters, a commander said"
                spots = [x + 1 for x in range(cue.j, min(len(words) - 1, cue.j + 6)) if lows[x] == "with"]
                spots = [x for x in spots if x >= 2 and lows[x - 2] in ("interview", "interviews")]
                if len(words) > 2 and lows[0] == "speaking" and lows[1] in ("to", "with"):
                    spots.append(2)
                for y in spots[:1]:
                    rc = right_chunk(words, lows, y, kb)
                    if rc is not None:
                        v = resolver.resolve(words[rc[0] : rc[1]], spans[rc[0] : rc[1]], text)
                        if v is not None and v.type in MEDIA_TYPES:
                            via = v
            if (
                cue.kind == "claim"
                and cue.text.lower() in ("claimed", "claims")
                and any(lows[x] in ATTACK_NOUNS for x in range(cue.j, min(len(words), cue.j + 4)))
                and not any(lows[x] == "that" for x in range(cue.j, min(len(words), cue.j + 4)))
            ):
                cue = Cue(cue.i, cue.j, "responsibility", cue.shape, cue.text)
            if cue.shape == "react" and all(sp.type in ("residents", "witnesses") for sp in speakers):
                continue  # "Protesters demanded the release of ...": a crowd's demand reports nothing
            if (
                len(speakers) == 1
                and speakers[0].coref in ("it", "they")
                and side is not None
                and side[1] == 0
                and prev_unit is not None
            ):
                # "Azerbaijan's Defence Ministry published a video. It said ...": the body the sentence before
                # is about, when it opens that sentence
                subj = _subject_of(resolver, text, prev_unit, kb)
                if subj is not None and resolver.corefer(speakers[0], [subj], 1) is subj:
                    speakers = [subj]
            last_speakers = speakers
            found.append([cue, speakers, via, side, target, channel])
        if any(f[0].shape == "react" for f in found) and any(f[0].shape != "react" for f in found):
            # "Bazoum condemned the attack, his office said": a reaction inside a report is part of its claim
            # (but "Beijing demanded an inquiry, and the embassy said ..." are two statements)
            found = [
                f
                for f in found
                if f[0].shape != "react" or not any(g[0].shape != "react" and _inside(f, g, lows) for g in found)
            ]
        # merge: a speaker cue + "according to <outlet>" / "citing <outlet>" in the same sentence
        merged = []
        relay = ("according", "citing", "statement", "statement_on", "by")
        n_citing = sum(1 for g in found if g[0].shape == "citing")
        media = [
            f
            for f in found
            if len(f[1]) == 1
            and f[1][0].type in MEDIA_TYPES
            and (f[0].shape in relay or n_citing - (f[0].shape == "citing") > 0)
        ]
        media_ids = {id(f) for f in media}
        others = len(found) - len(media)
        for f in found:
            cue, speakers = f[0], f[1]
            in_media = id(f) in media_ids
            if in_media and others > 0:
                continue
            if not in_media and media:
                m = media[0][1][0]
                named = all(sp.canonical and sp.coref is None for sp in speakers)
                if m.type == "armed group media" and any(
                    sp.type in ("government", "military", "police", "official", "state media")
                    for sp in speakers
                ):
                    pass  # "..., a figure the government rejected": a group's outlet never carries its enemy's words
                elif named and m.type == "armed group media":
                    # "JNIM said ..., in a statement shared by its Az-Zallaqa media arm": the group speaks,
                    # its outlet carries the words
                    f = [cue, speakers, m, f[3], f[4], f[5]]
                    if cue.kind == "responsibility" and f[4] is None:
                        f[4] = speakers[0].canonical
                elif (
                    m.type == "armed group media"
                    or cue.kind == "responsibility"
                    and all(s.type in ("armed group",) or not s.canonical for s in speakers)
                ):
                    # the group's own outlet carries its claim: Amaq is the source, the group the target
                    f = [cue, [m], None, f[3], speakers[0].canonical or None, f[5]]
                    if f[4] is None and cue.kind == "responsibility":
                        a = resolver.actor_in(spans[f[3][1]][0], spans[f[3][2] - 1][1]) if f[3] else None
                        f[4] = a.actor if a else None
                elif f[2] is None:
                    f[2] = m
            merged.append(f)
        bounds = sorted((f[3][1], f[3][2]) for f in merged if f[3] is not None)
        starts_ = [x for x, _ in bounds]
        for cue, speakers, via, side, target, channel in merged:
            lo, hi = 0, len(words)
            if side is not None and len(bounds) > 1:
                t = bisect.bisect_left(starts_, side[1])
                lo = max(
                    (bounds[u][1] for u in range(max(0, t - 1), t) if bounds[u][1] <= side[1]), default=0
                )
                hi = next(
                    (bounds[u][0] for u in range(t, min(len(bounds), t + 3)) if bounds[u][0] >= side[2]),
                    len(words),
                )
            if cue.shape == "according" and side is not None and side[2] >= hi - 1 and lo > 0:
                # "Al-Shabaab claimed the attack, according to police": the police report the whole clause
                lo = max((u for u, v in bounds if v <= side[1]), default=lo)
            claim_a, claim_b = _claim_span(words, spans, lows, side, cue, s0, s1, stext, lo, hi)
            for src in speakers:
                kind = cue.kind
                rec = {
                    "source": src.canonical,
                    "source_type": src.type,
                    "cue": cue.text,
                    "claim": text[claim_a:claim_b],
                    "start": claim_a,
                    "end": claim_b,
                    "via": (via.canonical or None) if via else None,
                    "kind": kind,
                    "target": target,
                    "sent": _sent_of(sent_starts, claim_a, si),
                    "sents": list(
                        range(
                            _sent_of(sent_starts, min(claim_a, s0), si),
                            _sent_of(sent_starts, max(claim_b - 1, claim_a), si) + 1,
                        )
                    ),
                    "figures": _figures(text[claim_a:claim_b], cue),
                    "mention": src.mention,
                    # where the speaker is named (offsets), for a component that keeps these words out of the event
                    "mention_span": [src.start, src.end] if src.end > src.start else None,
                    "channel": channel,
                }
                if kind == "responsibility" and rec["target"] is None:
                    if src.type == "armed group":
                        rec["target"] = src.canonical or None
                    else:
                        a = resolver.actor_in(s0, s1)
                        rec["target"] = a.actor if a else None
                if (src.coref or src.canonical.rsplit(" ", 1)[-1].lower()) in FOLD_HEADS or (
                    src.person and FOLD_HEADS & set((src.mention or "").lower().split())
                ):
                    rec["_admin1"] = resolver.unit_admin1()  # where a bare 'police' / 'the army' speaks from
                pending.append((rec, src))
                if src.coref is None:
                    resolver.history.append(src)
                else:
                    rec["_coref_at"] = len(resolver.history)
                    if src.coref in COREF_FALLBACK:
                        src.where = resolver.unit_country()
    # coreference: resolve each description against what came before it (else the first later match)
    out = []
    explicit = [s for _, s in pending if s.coref is None]
    history_all = list(resolver.history)
    seq = []  # sources in text order, each description replaced by what it resolved to ("the division")
    seen = 0  # explicit sources read so far
    for rec, src in pending:
        if src.coref is None:
            seq.append(src)
            seen += 1
        else:
            rec.pop("_coref_at")
            back = seq[-COREF_WINDOW:]
            ref = resolver.corefer(src, back + history_all[seen : seen + COREF_WINDOW], len(back))
            if ref is None and src.coref in ROLE_HEADS:
                name = _LEADING_ARTICLE.sub("", _fold(src.mention))
                ref = Source(name[:1].upper() + name[1:], src.type, src.mention, src.start, src.end)
            if ref is None and src.fallback:
                ref = Source(src.fallback[0], src.fallback[1], src.mention, src.start, src.end)
            if ref is None and src.coref in COREF_FALLBACK:
                name, typ = resolver.national(src.coref, src.type, src.where)
                ref = Source(name, typ, src.mention, src.start, src.end)
            if ref is None:
                continue
            rec["source"], rec["source_type"] = ref.canonical, ref.type
            seq.append(
                Source(
                    ref.canonical,
                    ref.type,
                    src.mention,
                    src.start,
                    src.end,
                    person=ref.person,
                    plural=ref.plural,
                    named_person=ref.named_person or src.named_person,
                )
            )
            if rec["kind"] == "responsibility" and rec["target"] is None and ref.type == "armed group":
                rec["target"] = ref.canonical
        if not rec["source"]:
            continue
        if _is_publisher(resolver, rec["source"]):
            if rec["via"] and not _is_publisher(resolver, rec["via"]):
                rec["source"], rec["via"] = rec["via"], None
            else:
                continue
        if rec["via"] and (_is_publisher(resolver, rec["via"]) or rec["via"] == rec["source"]):
            rec["via"] = None
        out.append(rec)
    del explicit
    out = _fold_generic(out, resolver)
    out = _unify_ministries(out, resolver.implicit_names)
    out = _unify_number(out)
    out = _quote_openers(text, sents, out)
    out = _long_quotes(text, sents, out)
    body_start = doc._.body_start if doc.has_extension("body_start") else 0
    body = {r["source"] for r in out if r["start"] >= body_start}
    if body_start and body and body_start < len(text.rstrip()):
        # a headline's "..., monitor says" repeats a body source; one found only in the headline is a guess
        out = [r for r in out if r["start"] >= body_start or r["source"] in body]
    return out


LEVEL_MODS = {
    "local",
    "provincial",
    "district",
    "regional",
    "municipal",
    "county",
    "village",
    "camp",
    "community",
}


def _refine_type(htype: str, lows: list[str]) -> str:
    """An anonymous source by what it is ('security sources', 'hospital sources')."""
    if htype == "news agency" and not {"news", "press", "information"} & set(lows):
        return "organization"  # "the civil defence agency" is no news agency
    if htype != "anonymous source":
        return htype
    if "local" in lows:
        return "local sources"
    if {"security", "military", "police", "intelligence"} & set(lows):
        return "security source"
    if {"medical", "hospital", "health"} & set(lows):
        return "medical source"
    return htype


def _generic(src: Source) -> bool:
    """A description named from common words ('Police union', 'Local officials'), not a proper name."""
    ws = _fold(src.canonical).split()
    return (
        bool(ws) and not src.person and all(w == w.lower() for w in ws[1:]) and ws[0][1:] == ws[0][1:].lower()
    )


def _plural(name: str) -> str:
    """'Witness' -> 'Witnesses', 'Security source' -> 'Security sources' (a plural stays as it is)."""
    if name.endswith(("ss", "sh", "ch", "x")):
        return name + "es"
    return name if name.endswith("s") else name + "s"


# "the Aamin Ambulance service", "the CSP-PSD rebel coalition": a proper name and what it is
NAMED_BODY_HEADS = {
    "service",
    "coalition",
    "alliance",
    "group",
    "movement",
    "network",
    "organization",
    "organisation",
    "committee",
    "council",
    "union",
    "agency",
    "commission",
    "centre",
    "center",
    "militia",
    "front",
    "association",
    "newspaper",
    "channel",
    "television",
    "tv",
    "broadcaster",
    "daily",
    "radio",
}
PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "state", "county", "camp", "area"}
# heads through which an owner speaks: "Netanyahu's office", "the government's communication bureau"
OWNER_VOICES = {"office", "aides", "bureau", "department", "unit", "wing", "command", "division", "brigade"} | SPOKES


FORCE_VOICES = {"officer", "spokesman", "spokesperson", "spokeswoman"}
LOCAL_BODY_WORDS = {"administration", "council", "mayor", "municipality", "city", "municipal", "governor", "local"}
SUBNATIONAL_BODIES = {"government", "authorities", "administration"}
_DESTINATION = re.compile(
    r"\b(?:airlifted|flown|taken|rushed|evacuated|transferred|referred|moved)\b[^.,;:\n]{0,40}?\b(?:to|in)\s+(?:the\s+)?$"
)
FORCE_UNIT_WORDS = {"command", "department", "force", "service", "headquarters"}
FORCE_VOICE_WORDS = {"commander", "commissioner", "chief", "officer", "spokesman", "spokeswoman", "spokesperson"}
FOLD_HEADS = {"police", "government", "army", "military", "authorities"}


REGION_WORDS = {"oblast", "state", "province", "region", "governorate", "department", "county", "district"}


@lru_cache(maxsize=1)
def _admin1_names() -> frozenset:
    """Lower-case names and aliases of the world's first-level regions (shared gazetteer table, read only)."""
    out = set()
    path = DATA / "admin1.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for n in [row.get("name") or ""] + (row.get("aliases") or "").split("|"):
                    if n:
                        out.add(_fold(n).lower())
    return frozenset(out)


def _place_part(name: str, head: str) -> str:
    """'Yobe police' -> 'yobe', 'Manipur Police' -> 'manipur', 'Jigawa State Police Command' -> 'jigawa' (the
    place a specific body is named by)."""
    words = name.lower().split()
    while len(words) > 2 and (words[-1] in FORCE_UNIT_WORDS or words[-1] in FORCE_VOICE_WORDS) and words[-2] == head:
        words = words[:-1]  # "... Police Command", "the Lamu County police commander": the police
    if len(words) < 2 or words[-1] != head:
        return ""
    words = words[:-1]
    while len(words) > 1 and words[-1] in REGION_WORDS:
        words = words[:-1]  # "Jigawa State"
    return " ".join(words)


def _admin_names(place: str, admin_of_place: dict) -> set:
    """The regions a body's place part may name: itself, and the region of it or of its last words as the text
    places them ('jammu and kashmir' -> 'kashmir' when the gazetteer's region is Kashmir)."""
    words = place.split()
    out = {place}
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if tail in admin_of_place:
            out.add(admin_of_place[tail])
    return out


def _fold_generic(out: list[dict], resolver: Resolver) -> list[dict]:
    """One real source, one name. A bare 'police said' (named by its country) is the one specific force the
    article names ('Yobe police', 'the Manipur Police') when the two agree on the region (or the article names
    only that one and the sentence no region). A country's military beside the one command of it the article
    cites ('US military', 'US Central Command') is that command. Distinct forces stay distinct."""
    national = resolver.national_names
    names = list(dict.fromkeys(r["source"] for r in out))
    admin_of_place = {}
    for pm in resolver.places if national & set(names) else ():
        if getattr(pm.place, "admin1", None):
            admin_of_place.setdefault(_fold(pm.text).lower(), _fold(pm.place.admin1).lower())
    rename = {}
    for r in out:
        name = r["source"]
        head = name.rsplit(" ", 1)[-1].lower()
        if name not in national or head not in FOLD_HEADS:
            continue
        adm = r.get("_admin1")
        adm_l = _fold(adm).lower() if adm else None
        specific = [n for n in names if n not in national and n != name and _place_part(n, head)]
        if adm_l:
            same = [n for n in specific if adm_l in _admin_names(_place_part(n, head), admin_of_place)]
        else:
            same = specific if len(specific) == 1 else []
        if len(same) == 1:
            rename[id(r)] = same[0]
    for r in out:
        if id(r) in rename:
            r["source"] = rename[id(r)]
    _fold_officials(out)
    for r in out:
        r.pop("_admin1", None)
    # "the U.S. military said" and "U.S. Central Command said": the command speaks for the country's military
    for r in out:
        name = r["source"]
        words = name.split()
        if len(words) == 2 and words[1] in ("military", "army") and r["source_type"] == "military":
            cmds = [
                n
                for n in names
                if n != name and n.startswith(words[0] + " ") and n.split()[-1] == "Command"
            ]
            if len(cmds) == 1:
                r["source"] = cmds[0]
    return out


def _title_of(r: dict) -> str:
    """'regional police chief' for a record of 'Muhammad Ali Gandapur' mentioned with his title, else ''."""
    m, name = _fold(r.get("mention") or ""), r["source"]
    if r["source_type"] != "official" or not name or not m.endswith(name) or len(m) == len(name):
        return ""
    return _LEADING_ARTICLE.sub("", m[: -len(name)].strip()).lower()


def _fold_officials(out: list[dict]) -> None:
    """A named official and the body he speaks for, both cited: one source. 'regional police chief X told' beside
    'police said' (same region) is the police; 'Belgorod Oblast officials' beside 'Belgorod Oblast Governor Y' is Y."""
    persons = {}
    for r in out:
        t = _title_of(r)
        if t:
            persons.setdefault(r["source"], (t, r.get("_admin1")))
    if not persons:
        return
    bodies, types = {}, {}
    for r in out:
        words = r["source"].split()
        if len(words) >= 2 and words[-1].lower() in ("police", "army", "military") and r["source"] not in persons:
            bodies.setdefault(r["source"], set()).add(r.get("_admin1"))
            types[r["source"]] = r["source_type"]
    rename = {}
    for name, (title, adm) in persons.items():
        heads = set(title.split()) & {"police", "army", "military"}
        cands = [b for b in bodies if b.split()[-1].lower() in heads]
        if len(cands) > 1 and adm:
            cands = [b for b in cands if adm in bodies[b]]
        if len(cands) == 1:
            rename[name] = cands[0]
    for r in out:
        words = r["source"].split()
        if len(words) >= 2 and words[-1] in ("officials", "authorities") and r["source_type"] in ("official", "government"):
            place = " ".join(words[:-1]).lower()
            named = [p for p, (t, _) in persons.items() if t.startswith(place + " ")]
            if len(named) == 1:
                rename[r["source"]] = named[0]
    for r in out:
        if r["source"] in rename:
            r["source"] = rename[r["source"]]
            r["source_type"] = types.get(r["source"], r["source_type"])


def _unify_number(out: list[dict]) -> list[dict]:
    """'a resident said' and 'residents said' in one article: one unnamed source, named in the plural."""
    names = {r["source"] for r in out}
    for r in out:
        n = r["source"]
        if r["source_type"] in ANON_NUMBER_TYPES and _plural(n) != n and _plural(n) in names:
            r["source"] = _plural(n)
    return out


ANON_NUMBER_TYPES = {
    "residents",
    "witnesses",
    "medical source",
    "local sources",
    "security source",
    "anonymous source",
    "activists",
    "official",
    "media",
}


def _unify_ministries(out: list[dict], implicit: set[str]) -> list[dict]:
    """'health officials' said X, 'Gaza's Health Ministry' said Y: one ministry, named as the text names it."""
    explicit = {}
    for r in out:
        name = r["source"]
        if name.endswith(" ministry") and name not in implicit:
            topic = name.split()[-2].lower()
            explicit.setdefault(topic, set()).add(name)
    # "the Gaza health ministry" and "the health ministry in the Gaza Strip": one place named shorter and longer
    rename = {}
    for names in explicit.values():
        for a in names:
            for b in names:
                pa, pb = a.split()[:-2], b.split()[:-2]
                if pa and len(pa) < len(pb) and pb[: len(pa)] == pa:
                    rename[b] = a
    for names in explicit.values():
        for b, a in rename.items():
            if b in names:
                names.discard(b)
                names.add(a)
    for r in out:
        name = r["source"]
        if name in rename:
            r["source"] = rename[name]
        elif name in implicit:
            topic = name.split()[-2].lower()
            if len(explicit.get(topic, ())) == 1:
                r["source"] = next(iter(explicit[topic]))
    return out


_OPEN_QUOTE = re.compile(r'^\s*["“]')


def _quote_openers(text: str, sents: list[tuple], out: list[dict]) -> list[dict]:
    """'"We are under siege. Nobody can leave," said a resident.': the quote's first sentence is the
    resident's too, though the cue sits in the next one."""
    by_sent = {}
    for r in out:
        by_sent.setdefault(r["sent"], []).append(r)
    extra = []
    for i, (s0, s1) in enumerate(sents[:-1]):
        if i in by_sent:
            continue
        st = text[s0:s1]
        if not _OPEN_QUOTE.match(st) or "”" in st[1:] or st.count('"') > 1:
            continue  # a quote that opens here and does not close
        nxt = by_sent.get(i + 1)
        if not nxt:
            continue
        r = nxt[0]
        a = s0 + len(st) - len(st.lstrip()) + 1
        b = s1
        while b > a and text[b - 1] in " \n":
            b -= 1
        rec = dict(r, claim=text[a:b], start=a, end=b, sent=i, sents=[i], figures=figures_in(text[a:b]))
        extra.append(rec)
    if extra:
        out = sorted(out + extra, key=lambda r: r["start"])
    return out


_PARA_QUOTE = re.compile(r'(?:^|\n)[ \t]*(["“])')
MAX_QUOTE_SENTS = 60


def _long_quotes(text: str, sents: list[tuple], out: list[dict]) -> list[dict]:
    """A communique quoted whole ('"The Government informs opinion that ... \n\n On the same day, ... restored."'):
    a quotation that opens a paragraph, closes at a paragraph's end and runs over several sentences is its
    author's throughout, the author being whoever speaks in its first sentence."""
    if not out:
        return out
    starts = [a for a, _ in sents]
    by_sent = {}
    for r in out:
        by_sent.setdefault(r["sent"], []).append(r)
    extra = []
    pos = 0
    while True:
        m = _PARA_QUOTE.search(text, pos)
        if m is None:
            break
        q0 = m.start(1)
        q1 = text.find("”" if m.group(1) == "“" else '"', q0 + 1)
        if q1 < 0:
            break
        pos = q1 + 1
        if text[q1 + 1 : q1 + 2] not in ("", "\n", "\r") and text[q1 + 1 : q1 + 3].strip():
            continue  # the quote does not end a paragraph: a quoted phrase, not a document
        first = bisect.bisect_right(starts, q0) - 1
        last = bisect.bisect_right(starts, q1) - 1
        if first < 0 or last <= first or last - first > MAX_QUOTE_SENTS or not by_sent.get(first):
            continue
        r = by_sent[first][0]
        if r["kind"] != "claim" or not r["source"]:
            continue
        for i in range(first + 1, last + 1):
            if i in by_sent:
                continue
            a, b = sents[i]
            a, b = max(a, q0 + 1), min(b, q1)
            while a < b and text[a] in ' \n\t"“':
                a += 1
            while b > a and text[b - 1] in ' \n\t."”':
                b -= 1
            if b - a < 3:
                continue
            extra.append(dict(r, claim=text[a:b], start=a, end=b, sent=i, sents=[i], figures=figures_in(text[a:b])))
    if extra:
        out = sorted(out + extra, key=lambda r: r["start"])
    return out


def _sent_of(starts: list[int], pos: int, default: int) -> int:
    """Index of the sentence holding pos: the incidents component links claims to incidents by sentence."""
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 else default


_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)
def _cue_first_words(kb: Knowledge) -> frozenset:
    return frozenset({ws[0] for lst in kb.cues.values() for ws, *_ in lst} | {"statement", "statements"})


@lru_cache(maxsize=4)
def _cue_word_sets(kb: Knowledge) -> dict:
    """first word -> the sets of plain words ([a-z]+) each cue starting with it needs in its sentence."""
    out: dict = {}
    for lst in kb.cues.values():
        for ws, *_ in lst:
            need = frozenset(w for w in ws if _WORD.fullmatch(w))
            out.setdefault(ws[0], set()).add(need)
    # smallest sets first: any(need <= present) exits on the first hit, and one-word cues are the usual one
    return {k: tuple(sorted(v, key=lambda s: (len(s), sorted(s)))) for k, v in out.items()}


def _may_hold_cue(stext: str, kb: Knowledge) -> bool:
    """False only when find_cues cannot find a cue in this sentence: some cue (or 'statement') has all its plain
    words among the sentence's [a-z]+ runs. Every token a cue word matches is such a run, except after a Kelvin
    sign (it lowers to 'k' but starts no token), so a sentence holding one is always read."""
    low = stext.lower()
    present = set(_WORD.findall(low))
    firsts = _cue_first_words(kb).intersection(present)
    if not firsts:
        return False
    if "statement" in firsts or "statements" in firsts or "\u212a" in stext:
        return True
    sets = _cue_word_sets(kb)
    return any(need <= present for f in firsts for need in sets.get(f, ()))


@lru_cache(maxsize=4)
def _adjectives(kb: Knowledge) -> dict:
    """country -> its demonyms ('Congolese'), to find a listed name for '<country> army'."""
    out: dict = {}
    for key, (country, adj, how) in kb.countries.items():
        if how == "demonym":
            out.setdefault(country, []).append(key.title())
    return out


def _units(text: str, sents: list[tuple]):
    """(sentence index, start, end) over the sentences, gluing a sentence to the next when the break has neither
    end punctuation nor a line break (a stray non-breaking space must not cut "told Sputnik" in two)."""
    cur = None
    for si, (a, b) in enumerate(sents):
        if cur is None:
            cur = [si, a, b]
        else:
            cur[2] = b
        body = text[cur[1] : cur[2]].rstrip()
        if not body or body[-1] in '.!?:;"”’)]' or "\n" in text[cur[1] + len(body) : b + 1]:
            yield tuple(cur)
            cur = None
    if cur is not None:
        yield tuple(cur)


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'./\- ]{1,40}(?:\s*\([^)\n]{1,40}\))?(?:,[^\n]{0,60}?)?"  # "KYIV, Nov 14 (Agency) -"
    r"|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)?, [A-Z]{2,10})\s[-–—]+\s"  # "Damascus, SANA -"
    r"|^[A-Z][A-Z'./\-]{2,30}:\s"  # "IMPHAL: "
    r"|^[A-Z][A-Za-z'./\-]{2,30}, [^\n:]{0,30}\d[^\n:]{0,20}:\s"  # "PESHAWAR, March 16: ", "Imphal, Sep 3 (PTI): "
)
_RELATIVE_HEAD = re.compile(r",\s+(?:a|an)\s+[a-z]+(?:\s+(?:that|which))?$")
# "* 6 Nov — Dera Ismail Khan: ", "- 2 October: ": a roundup line's bullet, date and place frame its claim
_BULLET = re.compile(
    r"^[*•\-–—]\s+(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:\s*[-–—]\s*[A-Z][^:\n]{0,40})?:\s+)?"
)


TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "evening",
    "night",
    "afternoon",
    "week",
    "weekend",
    "month",
    "day",
    "late",
    "early",
    "earlier",
    "later",
    "this",
    "last",
    "on",
    "in",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
}
FRAME_NOUNS = {
    "statement",
    "post",
    "posts",
    "video",
    "message",
    "speech",
    "interview",
    "briefing",
    "conference",
    "news",
    "press",
    "televised",
    "televized",
    "phone",
    "call",
    "tweet",
    "report",
    "communique",
    "communiqué",
    "channel",
    "account",
    "website",
    "address",
    "broadcast",
    "separate",
    "written",
    "joint",
    "brief",
    "short",
    "audio",
    "recording",
    "recorded",
    "online",
    "update",
    "daily",
}


MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
FRAME_PARTICIPLES = {
    "read",
    "broadcast",
    "aired",
    "posted",
    "published",
    "carried",
    "issued",
    "released",
    "shared",
    "sent",
    "circulated",
    "seen",
    "obtained",
}


def _skip_frame(lows, i, n):
    """Skip what frames the claim rather than states it: 'that', 'on Friday', 'in a statement on Telegram',
    'by phone', 'late on Saturday'."""
    while i < n:
        w = lows[i]
        if w in ("that", ",", ":", "also", "—", "-", "said", "says", "saying", "added", "adding", "told"):
            i += 1
            continue
        if (
            w in ("this", "the", "our")
            and i + 1 < n
            and lows[i + 1]
            in ("newspaper", "paper", "website", "reporter", "correspondent", "outlet", "publication")
        ):
            i += 2  # "told this newspaper that ..."
            continue
        if (
            w == "to"
            and i + 1 < n
            and (lows[i + 1] in TOLD_SKIP or lows[i + 1] == "the" and i + 2 < n and lows[i + 2] in TOLD_SKIP)
        ):
            i += 2 + (lows[i + 1] == "the")  # "in a message to journalists"
            continue
        if w in FRAME_PARTICIPLES and i > 0 and (lows[i - 1] in FRAME_NOUNS or lows[i - 1] in DOCUMENT_WORDS):
            return n  # "in a statement read on state television": the rest frames the statement too
        if w == "on" and lows[i + 1 : i + 4] == ["condition", "of", "anonymity"]:
            i += 4  # "told AFP on condition of anonymity that ..."
            continue
        if w == "because" and i > 0 and lows[i - 1] == "anonymity":
            return n  # "... on condition of anonymity because he was not authorised to speak": why, not what
        if (
            w == "in"
            and i + 3 < n
            and lows[i + 1] in ("a", "an", "its", "his", "her", "their", "the")
            and lows[i + 2].rstrip(".") in PLATFORMS
            and lows[i + 3] in FRAME_NOUNS
        ):
            i += 4  # "said in a Telegram post that"
            continue
        if w == "as" and i + 1 < n and lows[i + 1] in ("saying", "stating"):
            i += 2
            continue
        if (
            w in ("on", "late", "early", "earlier", "this", "last")
            and i + 1 < n
            and (lows[i + 1] in TIME_WORDS or lows[i + 1].rstrip(".") in PLATFORMS)
            and not (i + 2 < n and lows[i + 2] in PLATFORMS)  # "on his Telegram channel" (below)
        ):
            i += 2
            continue
        if (
            w in ("in", "by", "during", "via", "through")
            and i + 1 < n
            and (
                lows[i + 1] in FRAME_NOUNS
                or lows[i + 1] in ("a", "an", "its", "his", "her", "their", "the")
                and i + 2 < n
                and lows[i + 2] in FRAME_NOUNS | DOCUMENT_WORDS
            )
        ):
            i += 2
            while i < n and (lows[i] in FRAME_NOUNS or lows[i] in DOCUMENT_WORDS):
                i += 1
            continue
        if w == "with" and i > 0 and lows[i - 1] in FRAME_NOUNS:
            stop = next((x for x in range(i + 1, min(n, i + 7)) if lows[x] in ("that", ",")), None)
            if stop is not None:
                i = stop  # "in an interview with Al Jazeera that"
                continue
        if w == "without" and "," in lows[i + 1 : i + 6]:
            i = lows.index(",", i + 1) + 1  # "said, without providing evidence, that"
            continue
        if (
            w == "on"
            and i + 2 < n
            and lows[i + 1] in ("his", "her", "its", "their")
            and lows[i + 2] in PLATFORMS
        ):
            i += 3  # "wrote on his Telegram channel"
            while i < n and lows[i] in ("channel", "account", "page", "feed"):
                i += 1
            continue
        if w == "on" and i + 2 < n and lows[i + 1].isdigit() and lows[i + 2] in MONTHS:
            i += 3  # "said on 1 October"
            continue
        if w in DAYS or w.rstrip(".") in PLATFORMS and i > 0 and lows[i - 1] in ("on", "via"):
            i += 1
            continue
        break
    return i


def _claim_span(words, spans, lows, side, cue, s0, s1, stext, lo=0, hi=None):
    """The claim: the clause after the cue, or the clause before the speaker when the cue closes the sentence.
    [lo, hi) are the token bounds left by the neighbouring attributions of the same sentence."""
    n = len(words) if hi is None else hi
    if side is None:
        return s0, s1
    kind, a, b = side
    lo = max(min(lo, a), a - MAX_CLAIM)
    # after-region: from b to sentence end, skipping "that", "in a statement", "on Friday", ","
    after_a = _skip_frame(lows, b, n)
    if after_a == n - 1 and lows[after_a] in (".", "!", "?"):
        after_a = n  # nothing but the full stop is left after the frame
    n = min(n, after_a + MAX_CLAIM)
    after_len = n - after_a
    before_len = a - lo
    if after_a < n and lows[n - 1] == ".":
        after_len -= 1
    if lo + 2 < a and lows[lo] in ("speaking", "talking") and lows[lo + 1] in ("to", "with", "on"):
        # "Speaking to our correspondent, a resident said ...": the frame is not what was said
        c = next((x for x in range(lo + 2, a) if lows[x] == ","), None)
        if c is not None:
            lo = c + 1
            before_len = a - lo
    if lo + 3 <= a and words[lo].isdigit() and words[lo + 1] == ":" and words[lo + 2].isdigit():
        lo += 3  # "14:40 — The group claimed responsibility": a live blog's time stamp is not what was said
        while lo < a and words[lo] in BULLETS:
            lo += 1
        before_len = a - lo
    use_before = (
        kind != "and"
        and not (cue.kind == "denial" and after_len > 0 and cue.shape != "by")  # "a charge denied by X": before
        and not (b + 1 < len(lows) and lows[b] == "," and lows[b + 1] == "that")  # "reported, citing X, that ..."
        and before_len > 2
        and (
            after_len <= 3
            or (b < n and words[b] == ",")
            or (kind == "right" and (words[a - 1] == "," or words[a - 1] in QUOTES))  # '"...," said a farmer who'
        )
    )
    if (
        cue.kind == "responsibility"
        and cue.shape != "by"  # "The attack was claimed by X": the attack
        and (
            after_a >= n
            or lows[after_a] in ("and", ",", ";", "but")
            # "claimed responsibility in a video posted on its channel": the medium is no claim
            or b < n and lows[b] in ("in", "on", "via", "through") and "that" not in lows[b:n]
        )
    ):
        st, en = (
            spans[cue.i][0],
            spans[cue.j - 1][1],
        )  # "claimed the attack ... and threatened more": the claim
    elif use_before:
        st, en = spans[lo][0], spans[a - 1][1]
    elif after_a < n:
        st, en = spans[after_a][0], spans[n - 1][1]
    else:
        st, en = spans[lo][0] if lo < len(spans) else s0, spans[n - 1][1] if n > 0 else s1
    # trim punctuation/quotes at the edges
    while st < en and (stext[st - s0] in " ,;:\"“”'‘’" or stext[st - s0].isspace()):
        st += 1
    while en > st and stext[en - 1 - s0] in " ,;:.\"“”'‘’\n-–—":
        en -= 1
    if cue.shape == "by":
        m = _PASSIVE_TAIL.search(stext, st - s0, en - s0)
        if m and m.start() > st - s0:
            en = s0 + m.start()  # "The attack was condemned by the UN": the attack
    for joint in (", and", ", but", " and", " but"):
        if en - len(joint) > st and stext[en - s0 - len(joint) : en - s0] == joint:
            en -= len(joint)  # "Beijing demanded an inquiry, and the embassy said": the claim ends before the joint
            break
    m = _RELATIVE_HEAD.search(stext[st - s0 : en - s0])
    if m and m.start() > 0:
        en = (
            st + m.start()
        )  # "it killed 30 soldiers, a toll the government rejected": the toll is not claimed
    m = _BULLET.match(stext[st - s0 : en - s0])
    if m and m.end() < en - st:
        st += m.end()
    m = _DATELINE.match(stext[st - s0 : en - s0])
    if m and m.end() < en - st:
        st += m.end()
    return st, en


@Language.component("sitrep_attribution")
def sitrep_attribution(doc):
    doc._.attributions = attributions_for(doc)
    return doc
