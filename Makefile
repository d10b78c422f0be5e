# Two commands set everything up: `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: build test check clean reference bench docs golden lint typecheck

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(TESTSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

build: $(STAMP)
	$(BIN)/briefings build
	@echo "Output: $(CURDIR)/build/site/index.html"

test: $(TESTSTAMP)
	$(BIN)/python -m pytest -q

lint: $(TESTSTAMP)
	$(BIN)/ruff check briefings tests benchmarks
	$(BIN)/ruff format --check briefings tests benchmarks

typecheck: $(TESTSTAMP)
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/briefings check

reference: $(STAMP)
	$(BIN)/python -m briefings.writers.docx.reference templates/docx/reference.docx

golden: $(TESTSTAMP)
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

docs: $(STAMP)
	$(BIN)/python -m briefings.sources.schema .

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --write-readme

clean:
	rm -rf build
