# Front door: `make run` and `make test` do all set-up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint load serve install clean-db

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

lint: install
	$(BIN)/ruff check sitrep components pages tests benchmarks app.py

clean-db:
	rm -f data/sitrep.db data/sitrep.db-wal data/sitrep.db-shm
