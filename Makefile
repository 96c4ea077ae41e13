# amikit: every developer and CI command.  `make test` and `make demo` set themselves up.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DOCS_STAMP := $(VENV)/.docs-installed

.PHONY: help venv generate check-generated lint typecheck test test-fast live-verified demo docs reference-docs bench soak ci wheel-check import-docs clean difftest

help:
	@echo "make demo             run the demo against the embedded simulator"
	@echo "make test             run the whole test suite"
	@echo "make generate         regenerate generated/ from spec/"
	@echo "make check-generated  fail if generated/ is stale"
	@echo "make live-verified    run the live suite, rewrite spec/verified.yaml and generated/"
	@echo "make lint typecheck   ruff / mypy --strict"
	@echo "make docs             build the documentation site into build/site/"
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

# The live suite on the real servers of shared/asterisk/ (AMI_LIVE_VERSIONS narrows it),
# then what it confirmed into spec/verified.yaml and the generated classes and pages.
live-verified: $(STAMP)
	rm -f build/live-verified.json
	AMI_LIVE_VERIFIED=record AMI_LIVE_RECORD=build/live-verified.json $(PY) -m pytest tests/live -q
	$(PY) -m codegen.verified build/live-verified.json
	$(PY) -m codegen

demo: $(STAMP)
	$(PY) examples/demo.py $(ARGS)

# The site: docs/*.md and the reference pages, by Sphinx (docs/conf.py; docs/site.md says
# why).  -W: a broken link or a page no table of contents reaches fails the build.
docs: $(DOCS_STAMP)
	$(PY) -m codegen.docs
	rm -rf build/site
	$(PY) -m sphinx -W --keep-going -q -b html docs build/site
	@echo "docs site: build/site/index.html"

$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,docs]'
	touch $(DOCS_STAMP)

# The reference pages alone (make generate writes them with the code, make docs before
# building the site).
reference-docs: $(STAMP)
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

ci: check-generated lint typecheck docs test wheel-check

clean:
	rm -rf $(VENV) dist build *.egg-info
