"""Pipeline component sitrep_attribution. (stub: to be filled in)"""

from spacy.language import Language


@Language.component("sitrep_attribution")
def sitrep_attribution(doc):
    return doc
