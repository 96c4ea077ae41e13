# amikit: every developer and CI command.  `make test` and `make demo` set themselves up.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DOCS_STAMP := $(VENV)/.docs-installed

.PHONY: help venv generate check-generated lint typecheck test test-fast live-verified demo docs reference-docs bench bench-gateway soak ci wheel-check import-docs clean compiled compiled-tree test-compiled difftest

help:
	@echo "make demo             run the demo against the embedded simulator"
	@echo "make test             run the whole test suite"
	@echo "make generate         regenerate generated/ from spec/"
	@echo "make check-generated  fail if generated/ is stale"
	@echo "make live-verified    run the live suite, rewrite spec/verified.yaml and generated/"
	@echo "make lint typecheck   ruff / mypy --strict"
	@echo "make docs             build the documentation site into build/site/"
	@echo "make bench            benchmarks against the peers, pure and compiled (not in CI)"
	@echo "make compiled         the compiled wheel (mypyc) in dist/compiled/"
	@echo "make test-compiled    engine and client tests, and the bench smoke, on the compiled build"
	@echo "make bench-gateway    ami gateway through RabbitMQ (not in CI)"
	@echo "make difftest         the differential corpus: real Asterisk vs the simulator"
	@echo "make ci               everything CI runs"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,gateway]'
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

bench: $(STAMP) compiled-tree
	$(PY) bench/run.py --compiled $(COMPILED_TREE)

# ami gateway end to end (needs Debian's rabbitmq-server; see docs/gateway.md).
bench-gateway: $(STAMP)
	$(PY) bench/gateway.py $(ARGS)

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

# The optional compiled build: mypyc compiles the engine's hot modules (setup.py lists
# them) from the same source; the wheel keeps every .py as the fallback.
COMPILED_DIST := dist/compiled
COMPILED_TREE := build/compiled
COMPILED_TESTS := tests/test_build.py tests/test_framing.py tests/test_protocol.py \
	tests/test_properties.py tests/test_events.py tests/test_serialize.py \
	tests/test_clients.py tests/test_read_role.py tests/test_faults.py tests/test_fuzz.py \
	tests/test_injection.py tests/test_backlog.py tests/test_calls.py \
	tests/test_subscriptions.py tests/test_versions.py tests/test_bench_smoke.py \
	tests/test_leaks.py

# Each build starts from mypyc's and setuptools' clean state: reusing an earlier build's
# generated C and objects made wheels whose shared library was a 14 KB stub, or that
# still held an extension for a module dropped from COMPILED.
compiled: $(STAMP)
	rm -rf $(COMPILED_DIST) build/lib.* build/temp.* build/__native* build/ami_runtime build/ops.txt
	AMIKIT_COMPILE=1 $(PY) -m build --wheel -q --outdir $(COMPILED_DIST) . >/dev/null
	@ls $(COMPILED_DIST)/*.whl

# The compiled wheel unpacked where tests and the bench can put it first on sys.path.
compiled-tree: compiled
	rm -rf $(COMPILED_TREE)
	$(PY) -m zipfile -e $(COMPILED_DIST)/*.whl $(COMPILED_TREE)

test-compiled: compiled-tree
	AMI_EXPECT_COMPILED=1 AMI_BENCH_COMPILED=$(COMPILED_TREE) \
		$(PY) -m pytest -o pythonpath="$(COMPILED_TREE) ." $(COMPILED_TESTS)

ci: check-generated lint typecheck docs test test-compiled wheel-check

clean:
	rm -rf $(VENV) dist build *.egg-info
