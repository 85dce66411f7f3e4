# followback — developer entry points. `make demo` and `make test` are all a new machine needs.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PGSTATE := $(CURDIR)/.tmp/pg
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install demo test test-unit test-pg lint fix typecheck docs serve worker bench clean

install: $(STAMP)

# Idempotent: re-runs only when the dependency list or the pins change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

demo: install
	$(BIN)/followback demo --serve

# The whole suite on SQLite and on a throwaway PostgreSQL cluster (started and stopped here).
test: install
	@bash scripts/run-tests.sh

test-unit: install
	$(BIN)/pytest -q tests/unit

test-pg: install
	@bash scripts/run-tests.sh -m pg

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

fix: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install
	$(BIN)/mypy

docs: install
	@echo "docs are Markdown under docs/; the docs test checks they cover every setting and command"

serve: install
	$(BIN)/followback serve

worker: install
	$(BIN)/followback run

bench: install
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .tmp .pytest_cache .mypy_cache .ruff_cache

-include make/*.mk
