# The two commands of the README: `make run` and `make test`. Both set up from nothing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STAGE := bash .ci/stage
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	# torch first and pinned: anything that pulls an unpinned torch fetches a CUDA build
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/osce practice cardio-chest-pain

lint: setup
	$(BIN)/ruff check .

test:
	@$(STAGE) setup $(MAKE) --no-print-directory setup
	@$(STAGE) lint $(BIN)/ruff check .
	@$(STAGE) tests:core $(BIN)/pytest -q -p no:cacheprovider tests/core
	@$(STAGE) tests:content $(BIN)/pytest -q -p no:cacheprovider tests/content
	@$(STAGE) tests:retrieval $(BIN)/pytest -q -p no:cacheprovider tests/retrieval
	@$(STAGE) tests:engine $(BIN)/pytest -q -p no:cacheprovider tests/engine
	@$(STAGE) tests:grading $(BIN)/pytest -q -p no:cacheprovider tests/grading tests/learner tests/learners_sim
	@$(STAGE) tests:cli $(BIN)/pytest -q -p no:cacheprovider tests/cli
	@$(STAGE) tests:importer $(BIN)/pytest -q -p no:cacheprovider tests/importer
	@$(STAGE) benchmarks:sample $(BIN)/pytest -q -p no:cacheprovider tests/benchmarks

bench: setup
	$(BIN)/python -m benchmarks.understanding
	$(BIN)/python -m benchmarks.latency

clean:
	rm -rf $(VENV) .osce
