"""Pipeline component sitrep_sentences: sentence boundaries for pasted news text.

Header lines (outlet, date, headline) and paragraphs are their own sentences; a single line break inside a
hard-wrapped paragraph is not a boundary. Inside a line we split after . ! ? (and a closing quote) when the
next word starts a sentence, except after abbreviations (U.S., Gen., Lt., Jan.) and initials.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX, SENT_START
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
    """Mark sentence starts in one array write (Token.is_sent_start= costs O(n) per call in spaCy)."""
    n = len(doc)
    if n == 0:
        return doc
    starts = boundaries(doc_text(doc))
    flags = numpy.full((n, 1), -1, dtype="int64")
    idx = doc.to_array(IDX).tolist()  # one array read; [t.idx for t in doc] builds a Token per word
    flags[0, 0] = 1
    for b in starts:
        k = bisect.bisect_left(idx, b)
        if k < n:
            if k > 0 and idx[k] != b and idx[k - 1] < b < idx[k - 1] + len(doc[k - 1].text):
                continue  # inside a token: the tokenizer kept it whole
            flags[k, 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))
    return doc


def sent_spans(doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, same order and index as list(doc.sents), computed from the
    token arrays (iterating doc.sents builds a Python object per token: too slow for every component)."""
    cached = doc.user_data.get("sitrep_sent_spans")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([IDX, SENT_START])
    idx = arr[:, 0].tolist()
    flags = arr[:, 1].astype("int64").tolist()
    starts = [i for i in range(n) if i == 0 or flags[i] == 1]
    spans = []
    for k, ti in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else n) - 1
        spans.append((idx[ti], idx[last] + len(doc[last].text)))
    doc.user_data["sitrep_sent_spans"] = (n, spans)
    return spans


def doc_text(doc) -> str:
    """doc.text, computed once per Doc (spaCy rebuilds it from every token on each access)."""
    cached = doc.user_data.get("sitrep_text")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data["sitrep_text"] = (len(doc), text)
    return text
