"""Colours shared by the map, the timeline and the charts: one colour per ACLED event type."""

EVENT_COLORS: dict[str, list[int]] = {
    "Battles": [214, 39, 40],
    "Explosions/Remote violence": [255, 127, 14],
    "Violence against civilians": [148, 103, 189],
    "Protests": [31, 119, 180],
    "Riots": [44, 160, 44],
    "Strategic developments": [127, 127, 127],
}
OTHER_COLOR = [23, 190, 207]


def rgb(event_type) -> list[int]:
    return EVENT_COLORS.get(event_type, OTHER_COLOR)


def hex_color(event_type) -> str:
    r, g, b = rgb(event_type)
    return f"#{r:02x}{g:02x}{b:02x}"
