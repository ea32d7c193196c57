"""Pipeline component sitrep_places. (stub: to be filled in)"""

from spacy.language import Language


@Language.component("sitrep_places")
def sitrep_places(doc):
    return doc
