"""Extraction: article text -> incidents and attributions (see pipeline.extract_article)."""


def extract_article(*args, **kwargs):
    from sitrep.extract.pipeline import extract_article as _extract

    return _extract(*args, **kwargs)
