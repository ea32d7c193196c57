"""Article metadata read from the text itself: title, publisher, publication date. (stub)"""


def read_meta(text: str) -> dict:
    return {"title": None, "publisher": None, "published": None, "body_start": 0}
