# inspection-kg: `make demo` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT    ?= out

.PHONY: install demo test lint system-deps clean bench lexicons

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[serve,docs,viz,test]'
	# An editable install leaves kg as source; where PYTHONDONTWRITEBYTECODE is set, every run would compile it
	# again (half a second of a one-article rebuild): compile it once here.
	$(BIN)/python -m compileall -q kg >/dev/null
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Browser assets for `kg serve` (YASGUI), from the npm registry, pinned by package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

install: $(STAMP) node_modules/.package-lock.json

# Debian packages the tests need (headless Chromium for the page tests, nginx with njs for the conneg
# snippet, Virtuoso for the remote-store tests); machines run as root. Only missing ones are installed.
SYSTEM_PACKAGES := chromium nginx libnginx-mod-http-js virtuoso-opensource
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	  -o DPkg::Lock::Timeout=300 $$missing >/dev/null; fi

demo: install
	rm -rf $(OUT)/demo-store
	$(BIN)/kg build data/sample --store $(OUT)/demo-store
	$(BIN)/kg validate --store $(OUT)/demo-store
	@for q in organisations people inspections judgements quotes; do \
	  echo; echo "== kg query $$q"; $(BIN)/kg query $$q --store $(OUT)/demo-store --format table; done
	@echo; echo "Store: $(OUT)/demo-store  (try: $(BIN)/kg query rated-inadequate --store $(OUT)/demo-store)"
	$(BIN)/kg publish --store $(OUT)/demo-store -o $(OUT)/site
	@echo "Site: $(OUT)/site/index.html  (serve the store: $(BIN)/kg serve --store $(OUT)/demo-store)"
	$(BIN)/kg viz --store $(OUT)/demo-store -o $(OUT)/graph.html
	$(BIN)/kg viz --store $(OUT)/demo-store --around Ofsted --depth 2 -o $(OUT)/graph-ofsted.html
	$(BIN)/kg viz --store $(OUT)/demo-store --timeline -o $(OUT)/timeline.svg
	@echo "Pictures: $(OUT)/graph.html  $(OUT)/graph-ofsted.html  $(OUT)/timeline.svg  (figures: $(BIN)/kg stats --store $(OUT)/demo-store)"

# Rebuild the council and public-body lexicons from data/sources/ and data/overlay/ (see data/SOURCES.md).
# Deterministic: on a clean checkout it changes nothing.
lexicons: $(STAMP)
	$(BIN)/python -m kg.lexicons_build

lint: install
	$(BIN)/ruff check kg tests

test: install system-deps
	$(BIN)/ruff check kg tests
	$(BIN)/python -m pytest -q -n logical --dist loadfile

# Build and query 10,000 generated articles and write bench/results.json, time the start-up of `kg query`
# (bench/startup.json), then the load test of
# `kg serve` (bench/load.py: its figures go into bench/README.md). Not part of `make test`.
bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/load.py --clients 20 --queries 2000 --readme bench/README.md

clean:
	rm -rf $(VENV) $(OUT)
