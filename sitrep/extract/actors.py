"""Pipeline component sitrep_actors. (stub: to be filled in)"""

from spacy.language import Language


@Language.component("sitrep_actors")
def sitrep_actors(doc):
    return doc
