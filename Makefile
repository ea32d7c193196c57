# Front door: `make run` and `make test` do all set-up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval lint load serve install clean-db

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

load: install
	$(BIN)/sitrep ingest --quiet data/articles

run: load
	$(BIN)/sitrep serve

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/run_all.py

# Extraction scores: the shared dev set (when ../shared is beside the checkout) and the team's articles.
SCORER := ../shared/eval/score.py
eval: install
	@test -f $(SCORER) || { echo "eval needs $(SCORER) (the shared folder beside this checkout)"; exit 1; }
	@for d in ../shared/eval/dev eval/team/a eval/team/b eval/team/c eval/team/d eval/team/e; do \
		echo "== $$d"; PATH=$(CURDIR)/$(BIN):$$PATH $(PY) $(SCORER) $$d | tail -5; done

lint: install
	$(BIN)/ruff check sitrep components pages tests benchmarks app.py

clean-db:
	rm -f data/sitrep.db data/sitrep.db-wal data/sitrep.db-shm
