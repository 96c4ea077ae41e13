# amikit: every developer and CI command.  `make test` and `make demo` set themselves up.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: help venv generate check-generated lint typecheck test test-fast demo docs bench soak ci wheel-check import-docs clean difftest

help:
	@echo "make demo             run the demo against the embedded simulator"
	@echo "make test             run the whole test suite"
	@echo "make generate         regenerate generated/ from spec/"
	@echo "make check-generated  fail if generated/ is stale"
	@echo "make lint typecheck   ruff / mypy --strict"
	@echo "make bench            benchmarks against the peers (not in CI)"
	@echo "make difftest         the differential corpus: real Asterisk vs the simulator"
	@echo "make ci               everything CI runs"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(PY) -m codegen

check-generated: $(STAMP)
	$(PY) -m codegen --check

import-docs: $(STAMP)
	$(PY) -m codegen.import_docs

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	$(PY) -m mypy

test: $(STAMP)
	$(PY) -m pytest

demo: $(STAMP)
	$(PY) examples/demo.py $(ARGS)

docs: $(STAMP)
	$(PY) -m codegen.docs

bench: $(STAMP)
	$(PY) bench/run.py

# Real Asterisk 20/22/23 (shared/asterisk) against the simulator; reports in build/difftest/.
# ARGS: --versions 22 --only 'queue.*' --record --twice --golden --update-expected
difftest: $(STAMP)
	$(PY) -m tests.differential $(ARGS)

soak: $(STAMP)
	$(PY) tests/soak.py --minutes 10

# The wheel, installed into a clean virtualenv, must import without the source tree.
wheel-check: $(STAMP)
	rm -rf dist build /tmp/amikit-wheel-venv
	$(PY) -m build --wheel -q --outdir dist . >/dev/null
	$(PYTHON) -m venv /tmp/amikit-wheel-venv
	/tmp/amikit-wheel-venv/bin/pip install -q dist/*.whl
	cd /tmp && /tmp/amikit-wheel-venv/bin/python -c "import ami, ami.core; from ami import Manager, AsyncManager; print('wheel ok:', len(ami.core.__all__), 'names in ami.core')"

ci: check-generated lint typecheck test wheel-check

clean:
	rm -rf $(VENV) dist build *.egg-info
