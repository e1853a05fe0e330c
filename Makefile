# Two commands from a fresh clone (README Quickstart): `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS ?= seeds/

.PHONY: install report test test-setup bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/newslens report $(CORPUS) --out reports/

# Headless Chromium (Debian's package) for the HTML-safety test; installed when missing
# and we may (root with apt-get), otherwise that test is skipped with its reason.
test-setup:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "make: could not install chromium; the HTML-safety browser test will be skipped"; \
	  fi; }

test: $(STAMP) test-setup
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python tests/bench/bench_load.py
	$(BIN)/python tests/bench/bench_extract.py
	$(BIN)/python tests/bench/bench_report.py

clean:
	rm -rf $(VENV) build *.egg-info
