"""Reader: every bad file gets a one-line reason; good formats give the article text."""

import json

import pytest

from sitrep.reader import ReadError, read_bytes, read_path

ARTICLE = "Two rockets struck a base near Erbil on Tuesday, officials said. No casualties were reported."


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t \n", "empty"),
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary"),
    ("bad.json", b'{"text": "unterminated', "malformed JSON"),
    ("notext.json", b'{"title": "x"}', "'text'"),
    ("bad.jsonl", b'{"text": "' + ARTICLE.encode() + b'"}\n{oops\n', "malformed JSON line"),
    ("digits.txt", b"1234 5678 90 -- 11", "too little text"),
])
def test_bad_input_is_rejected_with_reason(name, data, reason):
    with pytest.raises(ReadError, match=reason):
        read_bytes(data, name)


@pytest.mark.parametrize("text", [
    ("قُتل خمسة أشخاص في غارة جوية على مدينة حلب يوم الجمعة، بحسب المرصد السوري لحقوق الإنسان. وقال مصدر محلي "
    "إن الغارة استهدفت سوقاً شعبياً في وسط المدينة وأدت إلى دمار كبير في المحال التجارية القريبة."),
    ("Cinq personnes ont été tuées vendredi dans une frappe aérienne sur la ville d'Alep, selon l'Observatoire "
    "syrien des droits de l'homme. Une source locale a déclaré que la frappe visait un marché populaire du centre."),
])
def test_non_english_article_is_refused_with_reason(text):
    with pytest.raises(ReadError, match="does not look like English"):
        read_bytes(text.encode(), "foreign.txt")


def test_english_article_with_foreign_names_is_accepted():
    text = ("Fighters of Hay'at Tahrir al-Sham shelled Kafr Nabl and Maarat al-Numan on Sunday, killing two "
            "civilians, the Syrian Observatory for Human Rights said. Residents of Jabal al-Zawiya fled north.")
    assert read_bytes(text.encode(), "en.txt")[0].text == text


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_huge_file_is_refused(tmp_path, monkeypatch):
    from sitrep import reader

    monkeypatch.setattr(reader, "MAX_ARTICLE_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_text(ARTICLE * 100)
    with pytest.raises(ReadError, match="over the"):
        read_path(p)


def test_plain_text_and_encodings():
    assert read_bytes(ARTICLE.encode("utf-8"), "a.txt")[0].text == ARTICLE
    assert read_bytes(ARTICLE.encode("utf-16"), "a.txt")[0].text == ARTICLE
    cp = "Caf\xe9 owners in Gaza said the strike hit at dawn on Monday, killing three people."
    assert read_bytes(cp.encode("cp1252"), "a.txt")[0].text == cp
    assert read_bytes(b"a\r\nb " + ARTICLE.encode(), "a.txt")[0].text.startswith("a\nb ")


def test_json_and_jsonl_records_carry_metadata():
    rec = {"text": ARTICLE, "title": "Base hit", "published": "2023-01-03", "publisher": "Wire", "url": "http://x"}
    one = read_bytes(json.dumps(rec).encode(), "a.json")[0]
    assert (one.title, one.published, one.publisher) == ("Base hit", "2023-01-03", "Wire")
    many = read_bytes((json.dumps(rec) + "\n\n" + json.dumps({"text": ARTICLE + " More."}) + "\n").encode(), "b.jsonl")
    assert len(many) == 2 and many[1].path == "b.jsonl:3"


def test_html_gives_article_text_not_markup():
    html = (b"<html><head><title>Strike</title><script>var x=1;</script></head><body><article><h1>Strike hits"
            b" Erbil</h1><p>" + ARTICLE.encode() + b"</p><p>" + ARTICLE.encode() + b"</p></article></body></html>")
    text = read_bytes(html, "a.html")[0].text
    assert "Two rockets struck a base near Erbil" in text
    assert "<p>" not in text and "var x" not in text


def test_broken_html_still_reads():
    html = b"<html><body><div><p>" + ARTICLE.encode() + b"<p>unclosed <b>tags " + ARTICLE.encode()
    assert "Erbil" in read_bytes(html, "broken.html")[0].text
