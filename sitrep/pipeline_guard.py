"""Validate dates given on the command line, with a clear message instead of a traceback."""

import sys


def date_or_exit(value, flag: str):
    if not value:
        return None
    from sitrep.extract.pipeline import parse_override

    d = parse_override(value)
    if d is None:
        print(f"error: {flag} {value!r} is not a date (use YYYY-MM-DD)", file=sys.stderr)
        raise SystemExit(2)
    return d


def published_or_exit(value):
    return date_or_exit(value, "--published")
