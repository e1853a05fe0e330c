# Two commands from a fresh clone (README Quickstart): `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS ?= seeds/
# make lab: JupyterLab on localhost; LAB_ARGS= (empty) lets it open a browser.
LAB_PORT ?= 8888
LAB_ARGS ?= --no-browser

.PHONY: install report lab test test-setup bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/newslens report $(CORPUS) --out reports/

# JupyterLab on notebooks/, a git-ignored folder of working copies of analysis/notebooks/
# (copied when missing, never overwritten): autosave and "Run all" never touch the committed
# notebooks, so neither `make test` nor `newslens report` sees an interactive session.
lab: $(STAMP)
	$(BIN)/python -c 'from analysis.commands.init_cmd import working_copies; working_copies("notebooks")'
	$(BIN)/python -m jupyterlab --ServerApp.root_dir=notebooks --ServerApp.ip=127.0.0.1 --ServerApp.port=$(LAB_PORT) \
	  $$( [ "$$(id -u)" = 0 ] && echo --allow-root ) $(LAB_ARGS)

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
	$(BIN)/python tests/bench/bench_notebooks.py
	$(BIN)/python tests/bench/bench_report.py

clean:
	rm -rf $(VENV) build *.egg-info
