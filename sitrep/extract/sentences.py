"""Pipeline component sitrep_sentences: sentence boundaries for pasted news text.

Header lines (outlet, date, headline) and paragraphs are their own sentences; a single line break inside a
hard-wrapped paragraph is not a boundary. Inside a line we split after . ! ? (and a closing quote) when the
next word starts a sentence, except after abbreviations (U.S., Gen., Lt., Jan.) and initials.
"""

from __future__ import annotations

import re

from spacy.language import Language

ABBREV = {"u.s", "u.k", "u.n", "u.s.a", "e.u", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
          "brig", "cmdr", "mr", "mrs", "ms", "dr", "prof", "st", "rev", "sen", "rep", "gov", "pres", "amb", "no", "nos",
          "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "mt", "ft", "ltd", "inc", "co", "corp", "jr", "sr", "al", "a.m", "p.m", "i.e", "e.g", "lt.-gen", "maj.-gen",
          "brig.-gen", "lt.-col", "sheikh", "mohd", "muh"}
# An abbreviation that usually ends a sentence when it is the last word before a capital.
END_OK = {"etc", "a.m", "p.m", "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "jr", "sr"}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_BREAK = re.compile(r"\n\s*\n|\n")


def _is_abbrev(text: str, dot: int) -> bool:
    """Is the '.' at text[dot] the end of an abbreviation rather than of a sentence?"""
    i = dot
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"“'":
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in ABBREV:
        return True
    if len(word) == 1 and word.isalpha():  # initials: "J. Smith"
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # a.k.a, U.S.A


def boundaries(text: str) -> list[int]:
    """Character offsets where sentences start (sorted, first is the first non-space char)."""
    starts = set()
    n = len(text)
    first = len(text) - len(text.lstrip())
    if first < n:
        starts.add(first)
    # line breaks
    for m in _BREAK.finditer(text):
        j = m.end()
        while j < n and text[j] in " \t":
            j += 1
        if j >= n:
            continue
        if "\n\n" in m.group(0).replace(" ", "").replace("\t", ""):
            starts.add(j)
            continue
        # single newline: a boundary unless the line was hard-wrapped mid-sentence
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[line_start:m.start()].rstrip()
        if not prev:
            starts.add(j)
            continue
        wrapped = len(prev) >= 60 and prev[-1] not in ".!?\"”:;" and text[j].islower()
        if not wrapped:
            starts.add(j)
    # sentence punctuation inside lines
    for m in _END.finditer(text):
        dot = m.start()
        j = m.end()
        while j < n and text[j] in " \t":
            j += 1
        if j >= n or text[j] == "\n":
            continue
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["):
            continue
        if text[dot] == "." and m.group(0) == "." and _is_abbrev(text, dot):
            word_start = dot
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            w = text[word_start:dot].lower()
            # "... attacked by the U.S. The strike ..." : a sentence starter after a closing abbreviation
            if not (w in END_OK and re.match(r"(?:The|A|An|In|On|It|He|She|They|We|This|That|But|However)\b", text[j:])):
                continue
        starts.add(j)
    return sorted(starts)


@Language.component("sitrep_sentences")
def sitrep_sentences(doc):
    text = doc.text
    starts = boundaries(text)
    k = 0
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        while k < len(starts) and starts[k] < tok.idx:
            k += 1
        is_start = k < len(starts) and starts[k] <= tok.idx < starts[k] + 1
        # a token that swallowed a boundary (rare tokenizer merges) still starts the sentence
        if not is_start and k < len(starts) and doc[i - 1].idx < starts[k] < tok.idx + len(tok.text) and starts[k] <= tok.idx:
            is_start = True
        tok.is_sent_start = bool(is_start)
    return doc
