"""One colour per ACLED event type, shared by the dashboard (map, timeline) and the briefing files.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; the order is ACLED's
order of event types, which legends follow.
"""

EVENT_COLORS: dict[str, str] = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#0072B2",
    "Riots": "#56B4E9",
    "Strategic developments": "#009E73",
}
OTHER_COLOR = "#777777"


def hex_color(event_type) -> str:
    return EVENT_COLORS.get(event_type, OTHER_COLOR)


def rgb(event_type) -> list[int]:
    h = hex_color(event_type).lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)]
