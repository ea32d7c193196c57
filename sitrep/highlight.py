"""Article text + extracted spans -> escaped HTML with <mark> highlights (no Streamlit here).

Article text is untrusted: every character of it goes through esc() before it meets HTML, and so do
the hover titles built from extracted names. Spans come in two layers: outer ones (attributed claims,
incident evidence) may overlap anything; inner ones (places, actors, dates, figures) are made
disjoint, the more specific kind winning. The output is one line with no blank lines, so st.markdown
treats it as a single raw HTML block and never reads article text as Markdown.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass

# kind -> (legend label, background colour, layer). Colours are distinct for colour-blind readers too
# (blue / orange / green / pink for the entities; claims underlined in yellow, evidence outlined).
KINDS: dict[str, tuple[str, str, str]] = {
    "actor": ("Actor", "#ffd8a8", "inner"),
    "place": ("Place", "#a5d8ff", "inner"),
    "date": ("Date", "#b2f2bb", "inner"),
    "figure": ("Figure", "#fcc2d7", "inner"),
    "claim": ("Attributed claim", "#fff3bf", "outer"),
    "evidence": ("Incident evidence", "#e5dbff", "outer"),
}
INNER_PRIORITY = ["actor", "place", "date", "figure"]
OUTER_ORDER = ["evidence", "claim"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    title: str | None = None


def esc(s) -> str:
    """HTML-escape untrusted text; '$' too, so Streamlit's Markdown never starts LaTeX on it."""
    return html.escape("" if s is None else str(s), quote=True).replace("$", "&#36;")


def _style(kind: str) -> str:
    _label, colour, layer = KINDS[kind]
    if layer == "inner":
        return f"background:{colour};padding:0 2px;border-radius:3px;color:#1e1e1e"
    if kind == "claim":
        return f"background:{colour};border-bottom:2px solid #f59f00;padding:0;color:#1e1e1e"
    return f"background:{colour};box-shadow:0 1px 0 #9775fa;padding:0;color:#1e1e1e"


def css() -> str:
    """The stylesheet for the highlight classes (emitted once with each rendered block)."""
    rules = "".join(f"mark.hl-{k}{{{_style(k)}}}" for k in KINDS)
    return f"<style>{rules}</style>"


def _resolve_inner(spans: list[Span]) -> list[Span]:
    """Make inner spans disjoint: higher priority first, then longer; a span overlapping a kept one is dropped."""
    rank = {k: i for i, k in enumerate(INNER_PRIORITY)}
    ordered = sorted(spans, key=lambda s: (rank.get(s.kind, 99), -(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def _segment_html(seg: str) -> str:
    return esc(seg).replace("\n", "<br>")


def render_range(text: str, spans: list[Span], a: int, b: int) -> str:
    """HTML for text[a:b] with the spans that touch it (clipped); no paragraph tags."""
    spans = [s for s in spans if s.kind in KINDS and s.end > a and s.start < b and s.end > s.start]
    clipped = [Span(max(s.start, a), min(s.end, b), s.kind, s.title) for s in spans]
    inner = _resolve_inner([s for s in clipped if KINDS[s.kind][2] == "inner"])
    outer = [s for s in clipped if KINDS[s.kind][2] == "outer"]
    cuts = sorted({a, b, *[s.start for s in inner + outer], *[s.end for s in inner + outer]})
    out = []
    for x, y in itertools.pairwise(cuts):
        if x >= y:
            continue
        opened = []
        for kind in OUTER_ORDER:
            for s in outer:
                if s.kind == kind and s.start <= x and s.end >= y:
                    title = f' title="{esc(s.title)}"' if s.title else ""
                    opened.append(f'<mark class="hl-{kind}"{title}>')
                    break  # one mark per kind is enough to show it; titles of overlaps join below
        inn = next((s for s in inner if s.start <= x and s.end >= y), None)
        if inn is not None:
            title = f' title="{esc(inn.title)}"' if inn.title else ""
            opened.append(f'<mark class="hl-{inn.kind}"{title}>')
        out.append("".join(opened) + _segment_html(text[x:y]) + "</mark>" * len(opened))
    return "".join(out)


_PARA = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs (blank-line separated) inside text[start:end]."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _PARA.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def render(text: str, spans: list[Span], start: int = 0, end: int | None = None,
           css_class: str = "sitrep-article") -> str:
    """Escaped HTML of text[start:end] as <p> paragraphs with the spans highlighted, on one line."""
    body = "".join(f"<p>{render_range(text, spans, a, b)}</p>" for a, b in paragraphs(text, start, end))
    return f'{css()}<div class="{css_class}" style="line-height:1.7">{body}</div>'


def legend(kinds: list[str] | None = None) -> str:
    """One-line HTML legend for the given kinds (all by default)."""
    kinds = kinds or list(KINDS)
    items = "".join(f'<mark class="hl-{k}" style="margin-right:0.6em">{esc(KINDS[k][0])}</mark>' for k in kinds)
    return f'{css()}<div class="sitrep-legend">{items}</div>'


def evidence_html(text: str, evidence: list[dict], context: bool = True) -> str:
    """Each paragraph that holds evidence, with the evidence sentences highlighted in it.

    An analyst checks a coded event against its sentence *in context* (what came before decides who
    'they' are), so we show the whole paragraph rather than the bare sentence.
    """
    spans = [Span(int(e["start"]), int(e["end"]), "evidence") for e in evidence or []
             if e.get("start") is not None and e.get("end") is not None and 0 <= int(e["start"]) < len(text)]
    if not spans:
        return ""
    paras = paragraphs(text) if context else [(s.start, s.end) for s in spans]
    chosen = [(a, b) for a, b in paras if any(s.start < b and s.end > a for s in spans)]
    body = "".join(f"<p>{render_range(text, spans, a, b)}</p>" for a, b in chosen)
    return f'{css()}<div class="sitrep-evidence" style="line-height:1.7">{body}</div>'


# --- spans the extraction does not keep as mentions: dates and figures -------------------------------
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_PATTERNS = [
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:,?\s+\d{{4}})?\b",
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
    rf"\b{_MONTH}\s+\d{{4}}\b",
    rf"\b(?:(?:early|late|last|next|this|on)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    r"\b(?:yesterday|today|tonight|last night|overnight)\b",
    (r"\b(?:(?:a|one|two|three|four|five|six|seven|several|few|\d+)\s+)(?:days?|weeks?|months?|years?)\s+"
     r"(?:ago|earlier|later|after|before)\b"),
    r"\b(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend)\b",
    r"\b(?:in|since|until|by|during)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d{2}\b",
]
_DATE_RE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.IGNORECASE)
_MONTH_CASE = re.compile(rf"^(?:\d|{_MONTH})")  # 'may' / 'march' lower-case are verbs, not months

_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundred|thousand|dozen|dozens|hundreds|thousands|scores)")
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUMWORD}(?:[- ](?:{_NUMWORD}|and))*)"
_QUALIFIER = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than)\s+)?"
# A figure worth highlighting is a count of people (the casualty figures sources disagree about), so
# the number must be followed closely by a people/casualty word or follow a killing verb.
_PEOPLE = (r"(?:people|persons?|civilians?|soldiers?|troops|fighters?|militants?|members?|men|women|children|"
           r"killed|dead|deaths?|wounded|injured|casualties|bodies|personnel|officers?|policemen|police|"
           r"insurgents?|rebels?|gunmen|workers|harvesters|villagers|residents|protesters|refugees|"
           r"combatants|recruits|guards|pilgrims|students|journalists|citizens)")
_FIGURE_RE = re.compile(
    rf"\b{_QUALIFIER}{_NUMBER}\b(?=(?:[\s-]+[A-Za-z'’-]+){{0,3}}?[\s-]+{_PEOPLE}\b)", re.IGNORECASE)
_FIGURE_AFTER_VERB_RE = re.compile(
    rf"\b(?:killed|killing|kills|toll of|toll to|toll at|rose to)\s+(?P<n>{_QUALIFIER}{_NUMBER})\b", re.IGNORECASE)


def find_dates(text: str) -> list[Span]:
    out = []
    for m in _DATE_RE.finditer(text):
        s = m.group(0)
        if re.fullmatch(r"(?i)may|march", s.split()[0]) and not _MONTH_CASE.match(s):
            continue
        if s[0].isalpha() and re.match(_MONTH, s, re.IGNORECASE) and not s[0].isupper():
            continue
        out.append(Span(m.start(), m.end(), "date"))
    return out


def find_figures(text: str) -> list[Span]:
    """Counts of people: '33 soldiers', 'over two dozen civilians', 'killed 12'."""
    found = {(m.start(), m.end()) for m in _FIGURE_RE.finditer(text)}
    found |= {m.span("n") for m in _FIGURE_AFTER_VERB_RE.finditer(text)}
    out = []
    for a, b in sorted(found):
        if text[a:b].lower() in ("one", "some"):  # 'one of several fields' is a pronoun, not a figure
            continue
        out.append(Span(a, b, "figure"))
    return out


def spans_from_doc(doc) -> list[Span]:
    """Highlight spans from an annotated Doc (sitrep.extract.pipeline.run), tolerant of missing parts."""
    spans: list[Span] = []
    for m in getattr(doc._, "places", None) or []:
        p = getattr(m, "place", None)
        where = ", ".join(x for x in (getattr(p, "name", None), getattr(p, "admin1", None),
                                      getattr(p, "country", None)) if x)
        spans.append(Span(m.start, m.end, "place", where or None))
    for m in getattr(doc._, "actors", None) or []:
        kind = getattr(m, "kind", None)
        spans.append(Span(m.start, m.end, "actor", f"{m.actor} ({kind})" if kind else m.actor))
    for a in getattr(doc._, "attributions", None) or []:
        if a.get("start") is None or a.get("end") is None:
            continue
        who = a.get("source") or "?"
        via = f" via {a['via']}" if a.get("via") else ""
        spans.append(Span(int(a["start"]), int(a["end"]), "claim",
                          f"{who}{via}: {a.get('cue') or ''} ({a.get('kind') or 'claim'})"))
    for i, inc in enumerate(getattr(doc._, "incidents", None) or []):
        for e in inc.get("evidence") or []:
            if e.get("start") is not None and e.get("end") is not None:
                spans.append(Span(int(e["start"]), int(e["end"]), "evidence",
                                  f"incident {i + 1}: {inc.get('event_type') or ''}"))
    spans += find_dates(doc.text) + find_figures(doc.text)
    return spans
