"""CLI in-process: ingest summary and exit codes, extract contract, per-file reasons."""

import json

import pytest

from sitrep.cli import main
from sitrep.store import Store

ARTICLE = ("Levant Test Wire\nMay 6, 2023\n\nShelling kills three in Idlib\n\n"
           "Government forces shelled the town of Ariha in Idlib province on Friday, killing three civilians, "
           "the Syrian Observatory for Human Rights said.\n")


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SITREP_DATABASE_URL", raising=False)
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 400)
    return tmp_path


def _db(env):
    return f"sqlite:///{env / 'data' / 'sitrep.db'}"


def test_ingest_reports_bad_files_and_keeps_the_good_one(env, capsys):
    rc = main(["ingest", "--db", _db(env), str(env / "good.txt"), str(env / "empty.txt"), str(env / "bin.txt"),
               str(env / "missing.txt")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "1 added" in out and "3 failed" in out
    assert "empty.txt: file is empty" in err
    assert "bin.txt: binary" in err
    assert "missing.txt: no such file" in err
    assert Store(_db(env)).counts()["articles"] == 1


def test_reingest_skips_duplicates_and_exits_zero(env, capsys):
    assert main(["ingest", "--db", _db(env), str(env / "good.txt")]) == 0
    assert main(["ingest", "--db", _db(env), str(env / "good.txt")]) == 0
    assert "0 added (0 incidents), 1 skipped as duplicates" in capsys.readouterr().out
    assert Store(_db(env)).counts()["articles"] == 1


def test_bad_published_override_is_a_clear_error(env, capsys):
    assert main(["ingest", "--db", _db(env), "--published", "not a date", str(env / "good.txt")]) == 2
    assert "--published" in capsys.readouterr().err


def test_extract_prints_contract_document_in_input_order(env, capsys):
    rc = main(["extract", "--format", "json", str(env / "good.txt"), str(env / "empty.txt")])
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert rc == 1 and "empty.txt" in captured.err
    (art,) = doc["articles"]
    assert art["path"] == str(env / "good.txt")
    assert set(art) >= {"title", "publisher", "published", "incidents", "attributions"}


def test_extract_published_override(env, capsys):
    main(["extract", "--format", "json", "--published", "2023-05-07", str(env / "good.txt")])
    assert json.loads(capsys.readouterr().out)["articles"][0]["published"] == "2023-05-07"


def test_every_command_has_help_with_an_example(capsys):
    for cmd in ("ingest", "extract", "serve", "export", "brief"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        assert "example: sitrep " + cmd in capsys.readouterr().out
