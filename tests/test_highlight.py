"""sitrep/highlight.py: untrusted article text -> escaped HTML with highlight marks."""

import re

import pytest

from sitrep import highlight as h
from sitrep.highlight import Span

HOSTILE = 'Intro.\n\n<script>alert("x")</script> and <img src=x onerror="alert(1)"> killed 3 people.'


def test_script_and_img_onerror_are_escaped_text():
    out = h.render(HOSTILE, h.find_figures(HOSTILE))
    assert "&lt;script&gt;" in out
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in out
    assert "<script" not in out and "<img" not in out


def test_hover_titles_from_extracted_names_are_escaped():
    out = h.render("Attack by X.", [Span(10, 11, "actor", '"><script>x</script>')])
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_dollar_signs_cannot_start_latex():
    assert "$" not in h.render("losses of $107 billion and $5", [])


def test_output_is_one_line_so_markdown_never_reads_the_article():
    out = h.render("First para *not bold*.\n\nSecond\nline.\n\n\n1. not a list", [])
    assert "\n" not in out
    assert out.count("<p>") == 3 and "<br>" in out


def test_overlapping_claim_and_entities_nest_well_formed():
    text = "Local sources said ISIS killed 10 soldiers in Raqqa on Friday."
    spans = [Span(0, len(text), "claim", "Local sources"), Span(19, 23, "actor"), Span(46, 51, "place"),
             Span(17, 30, "evidence")] + h.find_dates(text) + h.find_figures(text)
    out = h.render(text, spans)
    assert out.count("<mark") == out.count("</mark>")
    # the visible text survives intact once tags are stripped
    assert re.sub(r"<[^>]+>", "", out.split("</style>", 1)[1]) == text
    for kind in ("claim", "actor", "place", "evidence", "date", "figure"):
        assert f'class="hl-{kind}"' in out


def test_inner_spans_are_made_disjoint_actor_wins_over_figure():
    kept = h._resolve_inner([Span(0, 10, "figure"), Span(5, 15, "actor"), Span(20, 25, "place")])
    assert [(s.kind, s.start) for s in kept] == [("actor", 5), ("place", 20)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened on 12 August 2023 near the base.", "12 August 2023"),
    ("On August 12, 2023, rockets fell.", "August 12, 2023"),
    ("Attack on Saturday morning.", "on Saturday morning"),
    ("The raid came two days after the ambush.", "two days after"),
    ("Fighting resumed yesterday.", "yesterday"),
    ("Losses since 2011 exceed estimates.", "since 2011"),
    ("Dated 2023-08-12 in the report.", "2023-08-12"),
    ("Tension rose last week.", "last week"),
])
def test_dates_are_found(text, expected):
    assert expected in [text[s.start:s.end] for s in h.find_dates(text)]


@pytest.mark.parametrize("text", ["Officials may decide soon.", "They march on.", "No date here at all."])
def test_words_that_only_look_like_months_are_not_dates(text):
    assert h.find_dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ISIS killed 33 soldiers in Deir ez-Zor.", "33"),
    ("Over two dozen Syrian army soldiers died.", "Over two dozen"),
    ("at least 1,200 civilians fled", "at least 1,200"),
    ("139 Syrian citizens and truffle harvesters", "139"),
    ("The death toll rose to 12.", "12"),
    ("ten people were wounded", "ten"),
])
def test_counts_of_people_are_figures(text, expected):
    assert expected in [text[s.start:s.end] for s in h.find_figures(text)]


@pytest.mark.parametrize("text", ["at least three rockets hit", "$107 billion in losses", "one of several fields"])
def test_numbers_that_are_not_counts_of_people_are_not_figures(text):
    assert h.find_figures(text) == []


def test_evidence_is_shown_inside_its_paragraph_only():
    text = "Header line.\n\nFirst para. The ambush killed 3 soldiers. More context.\n\nUnrelated para."
    s = text.index("The ambush")
    e = text.index("More")
    out = h.evidence_html(text, [{"start": s, "end": e - 1, "text": "x"}])
    assert "First para." in out and "More context." in out
    assert "Unrelated" not in out and "Header" not in out
    assert 'class="hl-evidence"' in out


def test_evidence_without_offsets_gives_nothing():
    assert h.evidence_html("text", [{"start": None, "end": None}]) == ""


def test_legend_names_every_kind():
    out = h.legend()
    for label, _colour, _layer in h.KINDS.values():
        assert h.esc(label) in out


def test_paragraphs_split_on_blank_lines():
    text = "a\n\n  \nb\nc\n\nd"
    assert [text[x:y] for x, y in h.paragraphs(text)] == ["a", "b\nc", "d"]


def test_spans_from_a_real_pipeline_run_do_not_fail():
    from sitrep.extract.pipeline import run

    text = "Islamic State fighters killed 33 soldiers near Deir ez-Zor on Friday, SOHR said."
    spans = h.spans_from_doc(run(text, published="2023-08-12"))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert any(s.kind == "figure" for s in spans) and any(s.kind == "date" for s in spans)
