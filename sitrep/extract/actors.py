"""Pipeline component sitrep_actors: doc._.actors = [ActorMention] with one canonical name per real-world actor.

Three sources of mentions, all driven by data files an analyst can extend:
- named actors and their aliases (sitrep/data/actors.jsonl): "ISIS", "the SAA", "Rapid Support Forces";
- nationality + force noun (sitrep/data/demonyms.csv and the template records' "suffixes"): "Syrian soldiers",
  "Iraqi security forces", "US occupation troops", "Syria's army" -> Military Forces of <country>;
- context: bare "the army", "government forces", "police" take the article's country; "the group", "the
  militants", "the Sunni extremist group" refer back to the last named armed group; "the attackers, whom it
  described as Islamic State cells" names the unidentified attackers.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language

from sitrep.config import PACKAGE_DATA
from sitrep.extract.mentions import ActorMention

WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[&'’-][A-Za-z0-9]+)*")
FILLERS = {"occupation", "government", "regime", "military", "army", "air", "security", "federal", "state", "special",
           "armed", "riot", "border", "naval", "elite", "allied", "backed", "led", "local", "national", "ground",
           "pro", "main", "regular", "official"}
NON_STATE = {"armed group", "militia", "unidentified"}
GENERIC_KINDS = {"civilians", "protesters", "rioters", "unidentified"}
COREF = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(group|militants|jihadists|insurgents|rebels|militia|"
    r"(?<=its\s)fighters|(?<=their\s)fighters|(?<=its\s)members|(?<=its\s)cells|"
    r"militias|paramilitary|paramilitaries|paramilitary\s+force|organi[sz]ation|outfit|faction|movement|"
    r"extremists|terrorists)\b|\b(?:the\s+)?(dissidents)\b", re.IGNORECASE)  # bare 'dissidents': the faction last named
IDENTIFY = re.compile(
    r"^[,\s]*(?:(?:whom|who|which)\s+(?:it|they|he|she|officials|the\s+\w+)\s+(?:described|identified|named|said\s+were)\s+as|"
    r"(?:believed|thought|said|suspected)\s+to\s+(?:be|belong\s+to)|identified\s+as|described\s+as|"
    r"(?:who\s+were\s+)?members\s+of|linked\s+to|affiliated\s+with|loyal\s+to|from|of|belonging\s+to)\s+(?:the\s+)?", re.IGNORECASE)
MEMBER_NOUNS = {"fighters", "militants", "members", "gunmen", "rebels", "insurgents", "jihadists", "cells", "militiamen",
                "combatants", "elements", "operatives", "forces", "troops", "units", "guerrillas", "terrorists", "extremists",
                "loyalists", "supporters", "commanders", "commander", "fighter", "militant", "member", "gunman", "rebel"}
AFFIX = re.compile(r"-(?:led|linked|affiliated|aligned|allied)$")
COUNTRY_AGENT = re.compile(r"(?i)(?:\s*,?\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+(?:\w+ly\s+|also\s+|then\s+)?"
                           r"(?:struck|strikes|attacked|attacks|bombed|bombs|shelled|shells|launched|launches|fired|fires|"
                           r"pounded|pounds|targeted|targets|hit|hits|raided|raids|invaded|invades|carried\s+out|conducted|"
                           r"killed|kills|downed|shot\s+down|intercepted)\b")
AGENT_BEFORE = re.compile(r"(?:^|[-–—.;:!?\"“(\n]|,|\b(?:and|that|when|after|before|while|as|said|says|then))\s*(?:[Tt]he\s+)?$")
DENIED_AFTER = re.compile(r"(?i)[^.;]{0,25}?\b(?:denied|denies|rejected|disowned|distanced\s+itself)\b")
BLAMED_BEFORE = re.compile(r"(?i)\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+$")
MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Za-z]?")  # an aircraft or weapon model: F-16, Su-25, MiG-29, TB2
STATE_WEAPON_NOUNS = {"shelling", "strikes", "airstrikes", "airstrike", "bombardment", "artillery", "warplanes", "jets",
                      "aircraft", "drones", "helicopters", "bombing", "bombings", "raids", "offensive"}
FORMER = re.compile(r"(?i)\b(?:former|ex-|retired|onetime|one-time)\s*$")
_POSS = ("'s", "’s", "'", "’")
# precompiled once: find_actors runs these per token
_PUNCT_GAP = re.compile(r"[,;:.()]")  # a comma or bracket between two words ends a name
_POSSESSED_BEFORE = re.compile(r"\b(?:its|their|his|her)\s*$")


def _norm_key(tok: str) -> str:
    if "'" not in tok and "’" not in tok:
        return tok.lower()  # most words: no possessive to drop
    t = tok.lower().replace("’", "'")
    for p in ("'s", "'"):
        if t.endswith(p) and len(t) > len(p):
            return t[: -len(p)]
    return t


def _strip_poss(w: str) -> str:
    w = w.replace("’", "'")
    if w.endswith("'s"):
        return w[:-2]
    return w.removesuffix("'")


def _tokens(text: str):
    """(start, end, text, key) for the words of text; possessive endings kept in text, dropped in key."""
    return [(*m.span(), w, _norm_key(w)) for m in WORD.finditer(text) for w in (m.group(),)]  # one group() call


def _case_sensitive(alias: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return bool(letters) and letters.isupper() and len(letters) <= 5


class ActorLexicon:
    """Alias tables built once from the data files."""

    def __init__(self, records: list[dict], demonyms: list[dict]):
        self.records = records
        self.by_first: dict[str, list] = {}
        self.templates: dict[str, dict] = {}
        self.suffixes: dict[str, list] = {}
        self.generic_by_name: dict[str, dict] = {}
        self.by_name_template = {rec["name"]: rec for rec in records if rec.get("generic")}
        # an alias that names the record only in some countries: {"separatists": ["Cameroon"]} on the Ambazonian
        # separatists, {"JEM": ["Sudan", "Chad"]} on the Justice and Equality Movement
        self.alias_only: dict[tuple, set] = {}
        for rec in records:
            for alias, countries in (rec.get("alias_countries") or {}).items():
                toks = _tokens(alias)
                if toks:
                    self.alias_only[(rec["name"], tuple(t[3] for t in toks))] = set(countries)
                    if alias not in rec["aliases"]:
                        rec["aliases"] = [*rec["aliases"], alias]
        for rec in records:
            if rec.get("generic"):
                self.templates[rec["kind"]] = rec
                for suf in rec.get("suffixes", []):
                    keys = tuple(_norm_key(t[2]) for t in _tokens(suf))
                    self.suffixes.setdefault(keys[0], []).append((keys, rec))
                for alias in rec["aliases"]:
                    self._add(alias, rec, generic=True)
                continue
            if rec["kind"] in ("civilians", "protesters", "rioters"):
                self.generic_by_name[rec["name"]] = rec
                for alias in rec["aliases"]:
                    keys = tuple(_norm_key(t[2]) for t in _tokens(alias))
                    if keys:
                        self.suffixes.setdefault(keys[0], []).append((keys, rec))
            for alias in rec["aliases"]:
                self._add(alias, rec, generic=False)
        for lst in list(self.by_first.values()) + list(self.suffixes.values()):
            lst.sort(key=lambda e: -len(e[0]))
        self.demonyms: dict[tuple, tuple[str, str]] = {}
        for row in demonyms:
            keys = tuple(t[2] for t in _tokens(row["term"]))
            if keys:
                self.demonyms[keys] = (row["country"], row.get("kind") or "demonym")
        self.demonym_len = max((len(k) for k in self.demonyms), default=1)
        self.demonym_first = {k[0] for k in self.demonyms}

    def _add(self, alias: str, rec: dict, generic: bool):
        toks = _tokens(alias)
        if not toks:
            return
        keys = tuple(t[3] for t in toks)
        if alias.lower().startswith("the ") and len(keys) > 1 and not generic:
            keys = keys[1:]
        cs = _case_sensitive(alias)
        exact = tuple(t[2].replace("’", "'") for t in toks)
        self.by_first.setdefault(keys[0], []).append((keys, rec, cs, exact[-len(keys):], generic))

    def demonym_at(self, toks, i):
        """(country, kind, n_tokens) if a demonym or country name starts at token i (capitalised)."""
        first = toks[i][2]
        if not first[:1].isupper():
            return None
        if "-" in first:
            first = re.sub(r"-(?:led|backed)$", "", first)
        if _strip_poss(first) not in self.demonym_first:
            return None
        for n in range(min(self.demonym_len, len(toks) - i), 0, -1):
            words = tuple(t[2] for t in toks[i:i + n])
            if not words[0][:1].isupper():
                return None
            bare = tuple(w[:-2] if w.endswith(("'s", "’s")) else w for w in words)
            hit = self.demonyms.get(bare)
            if hit is None and words[-1].endswith(("-led", "-backed")):
                hit = self.demonyms.get(bare[:-1] + (re.sub(r"-(led|backed)$", "", bare[-1]),))
            if hit:
                return hit[0], hit[1], n
        return None


@lru_cache(maxsize=1)
def lexicon() -> ActorLexicon:
    recs = [json.loads(line) for line in (PACKAGE_DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    with open(PACKAGE_DATA / "demonyms.csv", encoding="utf-8") as f:
        dem = list(csv.DictReader(f))
    return ActorLexicon(recs, dem)


def _fill(template: str, country: str | None) -> str | None:
    if not country:
        return None
    the = country in ("United States", "United Kingdom", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Central African Republic",
                      "United Arab Emirates", "Philippines", "Netherlands", "Gambia", "Republic of the Congo", "Republic of Congo")
    return template.replace("{country}", ("the " if the else "") + country)


def article_country(doc, lex: ActorLexicon | None = None) -> str | None:
    """The article's country: the places component's hint, else the most named country in the text."""
    hint = getattr(doc._, "country_hint", None) if doc.has_extension("country_hint") else None
    if hint:
        return hint
    places = doc._.places if doc.has_extension("places") else None
    counts: Counter = Counter()
    for pm in places or []:
        c = getattr(getattr(pm, "place", None), "country", None)
        if c:
            counts[c] += 2
    from sitrep.extract.sentences import doc_text

    lex = lex or lexicon()
    toks = _tokens(doc_text(doc)[:20000])
    for i in range(len(toks)):
        hit = lex.demonym_at(toks, i)
        if hit and hit[0] != "United States":  # the US is named everywhere; it is rarely the theatre
            counts[hit[0]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _place_counts(doc) -> Counter:
    counts: Counter = Counter()
    places = doc._.places if doc.has_extension("places") else None
    for pm in places or []:
        c = getattr(getattr(pm, "place", None), "country", None)
        if c:
            counts[c] += 2
    return counts


def find_actors(text: str, country: str | None = None, sent_starts: list[int] | None = None,
                country_counts: Counter | None = None) -> list[ActorMention]:
    """Every actor mention in text (longest match first, left to right), with context resolution.
    country: the article's country for 'the army'; None = the most named country (country_counts adds
    the places component's votes)."""
    lex = lexicon()
    if sent_starts is None:
        from sitrep.extract.sentences import boundaries

        sent_starts = boundaries(text) or [0]
    norm = text.replace("\xa0", " ")
    toks = _tokens(norm)
    out: list[ActorMention] = []
    i = 0
    n = len(toks)
    named_countries: list[tuple[int, str]] = []  # (offset, country) of demonyms and country names, for generics
    ctx_country = country or (Counter(country_counts).most_common(1)[0][0] if country_counts else None)
    while i < n:
        best = None  # (n_tokens, canonical, rec, generic, resolved_country)
        k0 = toks[i][3]
        for keys, rec, cs, exact, generic in lex.by_first.get(k0, ()):
            m = len(keys)
            if lex.alias_only and (only := lex.alias_only.get((rec["name"], keys))) and ctx_country not in only:
                continue  # "separatists" are the Ambazonians only in an article about Cameroon
            if i + m > n or (m > 1 and toks[i + 1][3] != keys[1]) or (m > 2 and tuple(t[3] for t in toks[i:i + m]) != keys):
                continue
            if cs and tuple(_strip_poss(t[2]) for t in toks[i:i + m]) != tuple(_strip_poss(e) for e in exact):
                continue
            if m == 1 and k0 in ("is", "it", "us", "aa", "pdf") and toks[i][2] != exact[0]:
                continue
            if m == 1 and norm[toks[i][0] - 1:toks[i][0]] == "(" and re.match(r"\)\s*[-–—]", norm[toks[i][1]:toks[i][1] + 4]):
                continue  # "GAZA CITY (AA) -": the news agency of a dateline, not the Arakan Army
            best = (m, rec, generic)
            break
        # demonym_at needs a capitalised word: skip the call for the (many) lowercase ones
        dem = lex.demonym_at(toks, i) if toks[i][2][:1].isupper() else None
        if dem:
            country_d, _kind, dn = dem
            if country_d != "United States":
                named_countries.append((toks[i][0], country_d))
            j = i + dn
            skipped = 0
            while j < n and (toks[j][3] in FILLERS or MODEL.fullmatch(toks[j][2])) and skipped < 2 \
                    and toks[j][3] not in lex.suffixes:  # ("Iraqi F-16 jets", "Russian Su-25 warplanes")
                j += 1
                skipped += 1
            for start_j in ([j] if skipped == 0 else [j, i + dn]):
                if start_j < n and _PUNCT_GAP.search(norm[toks[i + dn - 1][1]:toks[start_j][0]]):
                    continue  # "In neighbouring Uganda, troops ...": a comma ends the name
                for keys, rec in lex.suffixes.get(toks[start_j][3], ()) if start_j < n else ():
                    m = len(keys)
                    if start_j + m <= n and tuple(t[3] for t in toks[start_j:start_j + m]) == keys:
                        total = start_j + m - i
                        if best is None or total > best[0]:
                            best = (total, rec, "demonym", country_d)
                        break
                if best and len(best) == 4:
                    break
            # a filler may itself be the force noun: "Syrian army", "Iraqi military"
            if (best is None or best[0] <= dn) and i + dn < n and not _PUNCT_GAP.search(norm[toks[i + dn - 1][1]:toks[i + dn][0]]):
                for keys, rec in lex.suffixes.get(toks[i + dn][3], ()):
                    m = len(keys)
                    if tuple(t[3] for t in toks[i + dn:i + dn + m]) == keys:
                        best = (dn + m, rec, "demonym", country_d)
                        break
        if best is None and dem and i + dem[2] + 1 < n and toks[i + dem[2]][3] == "and":
            # "US and UK forces": the first nationality shares the second one's force noun
            nxt = lex.demonym_at(toks, i + dem[2] + 1)
            if nxt:
                j = i + dem[2] + 1 + nxt[2]
                for keys, rec in (lex.suffixes.get(toks[j][3], ()) if j < n else ()):
                    if tuple(t[3] for t in toks[j:j + len(keys)]) == keys and "{country}" in rec["name"]:
                        best = (dem[2], rec, "demonym", dem[0])
                        break
        if best is None and i + 1 < n and toks[i + 1][3] in MEMBER_NOUNS and AFFIX.search(toks[i][3]):  # set test first: cheaper
            # "Hamas-led gunmen", "ISIS-linked militants": the named group's own members
            for keys, rec, cs, exact, generic in lex.by_first.get(AFFIX.sub("", toks[i][3]), ()):
                if len(keys) == 1 and not generic and rec["kind"] in ("armed group", "militia"):
                    best = (2, rec, False)
                    break
        if best is None and dem and dem[1] == "name" and "Military Forces of {country}" in lex.by_name_template:
            # "The United States and Britain struck 60 Houthi targets", "Russia launched 99 missiles": a country as
            # the subject of an attack verb is its armed forces (not where it happened)
            tail = norm[toks[i + dem[2] - 1][1]:toks[i + dem[2] - 1][1] + 80]
            if COUNTRY_AGENT.match(tail) and AGENT_BEFORE.search(norm[max(0, toks[i][0] - 20):toks[i][0]]) \
                    or BLAMED_BEFORE.search(norm[max(0, toks[i][0] - 20):toks[i][0]]):  # "Hamas blamed Israel"
                best = (dem[2], lex.by_name_template["Military Forces of {country}"], "demonym", dem[0])
        if best is None and dem and dem[1] != "name" and i + dem[2] < n and toks[i + dem[2]][3] == "side" and i > 0 \
                and toks[i - 1][3] == "the" and "Military Forces of {country}" in lex.by_name_template:
            # "came under fire from the Ukrainian side", "the Azerbaijani side opened fire": that state's forces
            best = (dem[2] + 1, lex.by_name_template["Military Forces of {country}"], "demonym", dem[0])
        if best is None and toks[i][3] in ("government", "regime", "junta") and i + 1 < n \
                and toks[i + 1][3] in STATE_WEAPON_NOUNS and "Military Forces of {country}" in lex.by_name_template:
            # "Government shelling on the town", "regime airstrikes": the state's forces, named by the article's country
            best = (2, lex.by_name_template["Military Forces of {country}"], True)
        if best is None and i < n:
            w = toks[i][2]
            if w[:1].isupper() and w.endswith("s") and len(w) > 4:
                hit = lex.demonyms.get((w[:-1],))
                if hit and hit[1] == "demonym" and "Civilians" in lex.generic_by_name:
                    best = (1, lex.generic_by_name["Civilians"], "demonym", hit[0])
        if best is None:
            i += 1
            continue
        m, rec = best[0], best[1]
        if len(best) == 3 and (best[2] or rec["kind"] in GENERIC_KINDS) and toks[i][2][:1].isupper() and i > 0:
            gap = norm[toks[i - 1][1]:toks[i][0]]
            prev = gap.strip() or norm[toks[i - 1][1] - 1:toks[i - 1][1]]
            if "\n" not in gap and prev[-1] not in ".!?\"'“‘:-–—(•" and \
                    norm[toks[i - 1][0]:toks[i - 1][1]].lower() not in ("the", "a", "an"):
                i += 1  # "Donetsk People's Republic", "Security Council": a common noun inside a proper name
                continue
        if len(best) == 3 and not best[2] and rec["kind"] in ("armed group", "militia") and i + m < n \
                and toks[i + m][3] in MEMBER_NOUNS and not _PUNCT_GAP.search(norm[toks[i + m - 1][1]:toks[i + m][0]]):
            m += 1  # "Al-Shabaab fighters", "M23 rebels": the group's members are the group
        s, e = toks[i][0], toks[i + m - 1][1]
        if rec["kind"] in ("state forces", "police") and FORMER.search(norm[max(0, s - 12):s]):
            i += m  # "led by former police officer Jimmy Cherizier": a person's past, not the force
            continue
        surface = norm[s:e]
        if surface.endswith(_POSS[:2]):
            e -= 2
        kind = rec["kind"]
        extra: dict = {}
        if len(best) == 4:  # demonym rule
            cname = best[3]
            name = _fill(rec["name"], cname) if "{country}" in rec["name"] else rec["name"]
            extra["rule"] = "demonym"
            extra["country_named"] = cname
            act_country = cname
        elif best[2]:  # context generic: the army, government forces, police
            local = None
            if sent_starts:
                k = bisect.bisect_right(sent_starts, s) - 1
                sent_start = sent_starts[k] if k >= 0 else 0
                same_kind = None
                for a in reversed(out):
                    if a.start < sent_start:
                        break
                    if a.kind == kind and a.country and not a.extra.get("generic"):
                        same_kind = a
                        break
                if same_kind is not None:
                    local = same_kind.country  # "Israeli police ... after police stormed": the same force
                elif named_countries and named_countries[-1][0] >= sent_start:
                    local = named_countries[-1][1]  # "In neighbouring Mali, the army said ..."
            name = rec["name"]  # filled below once the article's country is known
            act_country = local
            extra["generic"] = True
            extra["local"] = local is not None
            extra["template_name"] = rec["name"]
            extra["template"] = rec["name"]
            before = norm[max(0, s - 12):s].lower()
            if _POSSESSED_BEFORE.search(before):
                extra["possessed"] = True
        else:
            name = rec["name"]
            act_country = rec.get("country")
            if kind in ("civilians", "protesters", "rioters"):
                extra["generic"] = True
            if rec.get("pro_government"):
                extra["pro_government"] = True
        out.append(ActorMention(start=s, end=e, text=text[s:e], actor=name, kind=kind, country=act_country, extra=extra))
        i += m
    if country is None:
        counts = Counter(country_counts or {})
        for _pos, c in named_countries:
            counts[c] += 1
        country = counts.most_common(1)[0][0] if counts else None
    kept = []
    for a in out:
        if "template" in a.extra:
            a.country = a.country or country
            filled = _fill(a.extra.pop("template"), a.country)
            if filled is None:
                continue
            a.actor = filled
        kept.append(a)
    out[:] = kept
    _coref(norm, out)
    _identify(norm, out)
    if sent_starts:
        for a in out:
            a.sent = max(0, bisect.bisect_right(sent_starts, a.start) - 1)
    return out


def _coref(norm: str, mentions: list[ActorMention]) -> None:
    """'the group', 'the Sunni extremist group', 'the militants' -> the last named non-state armed group."""
    # "the militants" are the insurgents of the story, never a pro-government militia (VDP, PMF, CJTF)
    named = [a for a in mentions if a.kind in ("armed group", "militia") and not a.extra.get("generic")
             and not a.extra.get("pro_government") and not DENIED_AFTER.match(norm, a.end)]
    # (a group that "denied any role" is not who "the militants" are)
    if not named:
        return
    starts = [a.start for a in named]
    all_starts = [a.start for a in mentions]
    extra_mentions = []
    dropped = set()
    for m in COREF.finditer(norm):
        j = bisect.bisect_left(starts, m.start()) - 1
        if j < 0 or m.start() - named[j].end > 3000:
            continue
        ref = named[j]
        k = max(0, bisect.bisect_left(all_starts, m.start()) - 1)
        covered = []
        while k < len(mentions) and mentions[k].start < m.end():
            if m.start() < mentions[k].end:
                covered.append(k)
            k += 1
        if any(mentions[k].kind != "unidentified" for k in covered):
            continue
        dropped.update(covered)
        extra_mentions.append(ActorMention(start=m.start(), end=m.end(), text=norm[m.start():m.end()], actor=ref.actor,
                                           kind=ref.kind, country=ref.country, extra={"coref": ref.start}))
    if dropped:
        mentions[:] = [a for k, a in enumerate(mentions) if k not in dropped]
    # bare 'militants'/'jihadists' in an article about one group are that group
    for a in mentions:
        if a.kind == "unidentified" and re.fullmatch(r"(?i)(?:the\s+)?(?:militants?|jihadists?|insurgents?|extremists?|"
                                                     r"terrorists?|militant\s+groups?)", a.text.strip()):
            j = bisect.bisect_left(starts, a.start) - 1
            while j >= 0 and _headline_at(norm, named[j].start):
                j -= 1  # "nine Maoists killed in Chhattisgarh" in a two-story headline names another story's group
            if j >= 0 and a.start - named[j].end < 3000 and "\n\n" not in norm[named[j].end:a.start].strip() \
                    or j >= 0 and a.start - named[j].end < 3000 and _same_story(norm, named[j].end, a.start):
                a.actor, a.kind, a.country = named[j].actor, named[j].kind, named[j].country
                a.extra["coref"] = named[j].start
    mentions.extend(extra_mentions)
    mentions.sort(key=lambda a: a.start)


def _headline_at(norm: str, pos: int) -> bool:
    """pos lies on a line of its own with no closing punctuation (a headline or deck)."""
    a = norm.rfind("\n", 0, pos) + 1
    b = norm.find("\n", pos)
    line = norm[a:b if b >= 0 else len(norm)].strip()
    return bool(line) and len(line) < 200 and not re.search(r"[.!?\"”]$", line)


def _same_story(norm: str, a: int, b: int) -> bool:
    """No new dateline ('Raipur, Sep 3 (PTI):', 'KABUL -') starts a paragraph between a and b."""
    return not STORY_START.search(norm, a, b)


STORY_START = re.compile(r"\n\s*\n[A-Z][A-Za-z .'-]{2,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                         r"[^\n]{0,30}?(?:\):|\s[-–—]\s)|\n\s*\n[A-Z][A-Z .'-]{2,30}(?:,\s+[A-Z][A-Za-z ]+)?\s+[-–—]\s")


PARTITIVE = re.compile(r"(?i)\s+of\s+(?:(?:heavily|lightly|well)[\s-]+)?(?:armed\s+)?")


def _identify(norm: str, mentions: list[ActorMention]) -> None:
    """'the attackers, whom it described as Islamic State cells': the unidentified mention gets a name."""
    for idx in range(len(mentions) - 2, -1, -1):  # right to left: "a gang of armed men believed to be X" chains
        a = mentions[idx]
        if a.kind != "unidentified":
            continue
        nxt = mentions[idx + 1]
        if nxt.kind in NON_STATE and nxt.kind != "unidentified" and 0 <= nxt.start - a.end <= 60:
            gap = norm[a.end:nxt.start]
            if IDENTIFY.match(gap) or (nxt.extra.get("identified_as") and PARTITIVE.fullmatch(gap)):
                a.extra["identified_as"] = nxt.actor
                a.actor, a.kind, a.country = nxt.actor, nxt.kind, nxt.country


@Language.component("sitrep_actors")
def sitrep_actors(doc):
    from sitrep.extract.sentences import doc_text, sent_spans

    starts = [a for a, _ in sent_spans(doc)] or [0]
    hint = doc._.country_hint if doc.has_extension("country_hint") else None
    doc._.actors = find_actors(doc_text(doc), country=hint or None, sent_starts=starts,
                               country_counts=None if hint else _place_counts(doc))
    return doc
