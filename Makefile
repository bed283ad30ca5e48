# veil: one command per job. `make demo` and `make test` set themselves up on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-stamp
# Debian packages the tests need (SoftHSM2 for the PKCS#11 KEK tests); installed when missing.
APT_PACKAGES := softhsm2

.PHONY: setup demo test lint typecheck pytest bench bench-llmguard clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/ner.txt requirements/oracle.txt
	@if [ -n "$(APT_PACKAGES)" ] && ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		apt-get update && apt-get install -y --no-install-recommends $(APT_PACKAGES); fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[ner,dev,bench]'
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/ner.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/oracle.txt
	touch $(STAMP)

demo: setup
	$(VENV)/bin/veil demo

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: setup
	$(VENV)/bin/mypy

pytest: setup
	$(PY) -m pytest -q

test: lint typecheck pytest

bench: setup
	$(PY) bench/bench_detect.py
	$(PY) bench/bench_keys.py
	$(PY) bench/bench_ff1.py
	$(PY) bench/bench_kek_cache.py
	$(PY) bench/bench_vault.py
	$(PY) bench/bench_anonymize.py --anonypy sample
	$(PY) bench/bench_service.py
	$(PY) bench/bench_gateway.py

# LLM Guard in its own environment (it needs torch and transformers; veil does not): its
# regex and secrets scanners against veil on the gateway's prompts (issue 7)
LG_VENV := .venv-llmguard
bench-llmguard: setup
	test -x $(LG_VENV)/bin/python || $(PYTHON) -m venv $(LG_VENV)
	$(LG_VENV)/bin/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	echo "torch==2.13.0" > $(LG_VENV)/constraints.txt
	$(LG_VENV)/bin/python -m pip install --quiet --disable-pip-version-check llm-guard==0.3.16 -c $(LG_VENV)/constraints.txt
	$(PY) bench/bench_llmguard.py --llmguard-python $(LG_VENV)/bin/python

clean:
	rm -rf $(VENV) $(LG_VENV) .mypy_cache .ruff_cache .pytest_cache
