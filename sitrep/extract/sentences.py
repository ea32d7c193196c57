"""Pipeline component sitrep_sentences: sentence boundaries that respect line breaks (stub)."""

from spacy.language import Language


@Language.component("sitrep_sentences")
def sitrep_sentences(doc):
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        tok.is_sent_start = bool(prev.text in (".", "!", "?") or "\n" in prev.whitespace_ or prev.is_space)
    return doc
