"""One colour per ACLED event type, the same in the dashboard and the briefing files."""

from sitrep import palette, queries


def test_every_acled_event_type_has_its_own_colour():
    colours = [palette.hex_color(t) for t in queries.ACLED_EVENT_TYPES]
    assert len(set(colours)) == 6 and palette.OTHER_COLOR not in colours


def test_rgb_and_hex_name_the_same_colour():
    assert palette.rgb("Battles") == [0xD5, 0x5E, 0x00]
    assert palette.rgb("something else") == [0x77, 0x77, 0x77]
