"""Shared records passed between pipeline components (one place, so every component agrees)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Place:
    """A resolved location. precision follows ACLED geo_precision: 1 the place, 2 near/part, 3 region only."""

    name: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    precision: int = 1
    kind: str = "city"  # city | admin1 | country | site | region (a sea, range or province-sized site)
    country_code: str | None = None


@dataclass
class PlaceMention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    place: Place
    sent: int = -1  # index into list(doc.sents)


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor: str  # canonical name
    kind: str = "unknown"  # state forces | armed group | civilians | protesters | rioters | unidentified ...
    country: str | None = None
    sent: int = -1
    extra: dict = field(default_factory=dict)
