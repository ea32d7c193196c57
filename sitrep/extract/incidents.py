"""Pipeline component sitrep_incidents. (stub: to be filled in)"""

from spacy.language import Language


@Language.component("sitrep_incidents")
def sitrep_incidents(doc):
    return doc
