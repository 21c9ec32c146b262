# The two commands of the README: `make run` and `make test`. Both set up from nothing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LLM_STAMP := $(VENV)/.installed-llm
STAGE := bash .ci/stage
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: setup setup-llm browser run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	# torch first and pinned: anything that pulls an unpinned torch fetches a CUDA build
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The LLM patient's extra, for the tests only: `make run` plays the scripted patient and never
# waits for llama-cpp-python to compile. torch stays pinned as installed above.
#
# llama.cpp is built for any x86-64 with AVX2, not for the build machine (-march=native): a
# virtual machine may advertise AMX that it does not grant, and a native build then dies on
# the first prompt longer than a token. The wheel is kept under a name that says how it was
# built, because pip's own cache knows a wheel only by its source and would hand back a
# native one built before.
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
LLAMA_WHEELS := $(HOME)/.cache/osce/wheels/llama-cpp-python-$(LLAMA_VERSION)-avx2
$(LLM_STAMP): $(STAMP)
	@ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/pip wheel -q --disable-pip-version-check --no-deps \
		--no-cache-dir -w $(LLAMA_WHEELS) llama-cpp-python==$(LLAMA_VERSION)
	$(BIN)/pip install -q --disable-pip-version-check --find-links $(LLAMA_WHEELS) \
		-e '.[dev,llm]' torch==2.13.0 llama-cpp-python==$(LLAMA_VERSION)
	touch $(LLM_STAMP)

setup-llm: $(LLM_STAMP)

# Debian's chromium for the browser tests, installed where we can (as root, as on CI); where
# we cannot, the browser tests say so loudly and skip (and fail under CI=true).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get install -y -q chromium >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1)) \
	  || echo "!! could not install chromium: browser tests will be skipped"; \
	else echo "!! chromium missing and not root: browser tests will be skipped"; fi

run: setup
	@$(BIN)/osce admin demo-accounts
	$(BIN)/osce serve

lint: setup
	$(BIN)/ruff check .

test:
	@$(STAGE) setup $(MAKE) --no-print-directory setup setup-llm browser
	@$(STAGE) lint $(BIN)/ruff check .
	@$(STAGE) tests:core $(BIN)/pytest -q -p no:cacheprovider tests/core
	@$(STAGE) tests:content $(BIN)/pytest -q -p no:cacheprovider tests/content
	@$(STAGE) tests:retrieval $(BIN)/pytest -q -p no:cacheprovider tests/retrieval
	@$(STAGE) tests:engine $(BIN)/pytest -q -p no:cacheprovider tests/engine
	@$(STAGE) tests:grading $(BIN)/pytest -q -p no:cacheprovider tests/grading tests/learner tests/learners_sim
	@$(STAGE) tests:cli $(BIN)/pytest -q -p no:cacheprovider tests/cli
	@$(STAGE) tests:browser $(BIN)/pytest -q -p no:cacheprovider tests/browser
	@$(STAGE) tests:server $(BIN)/pytest -q -p no:cacheprovider tests/server
	@$(STAGE) tests:educators $(BIN)/pytest -q -p no:cacheprovider tests/educators
	@$(STAGE) tests:examining $(BIN)/pytest -q -p no:cacheprovider tests/examining
	@$(STAGE) tests:importer $(BIN)/pytest -q -p no:cacheprovider tests/importer
	@$(STAGE) tests:guard $(BIN)/pytest -q -p no:cacheprovider tests/guard
	@$(STAGE) tests:evals $(BIN)/pytest -q -p no:cacheprovider tests/evals
	@$(STAGE) tests:llm $(BIN)/pytest -q -p no:cacheprovider tests/llm
	@$(STAGE) benchmarks:sample $(BIN)/pytest -q -p no:cacheprovider tests/benchmarks

bench: setup
	$(BIN)/python -m benchmarks.understanding
	$(BIN)/python -m benchmarks.latency
	$(BIN)/python -m benchmarks.server_load
	$(BIN)/python -m benchmarks.evals

clean:
	rm -rf $(VENV) .osce
