# The collection's commands. Only python3 and make are needed: everything else
# is installed into .venv from requirements.lock (what the notebooks need) and, for
# the developers' targets, requirements-dev.lock (tests, lint, types, Dask).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-lock
DEV_STAMP := $(VENV)/.installed-dev-lock
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
SOLUTIONS := $(sort $(wildcard solutions/*.ipynb))
# Any socket that leaves this machine fails inside tests and notebooks (tests/offline).
OFFLINE := PYTHONPATH=$(CURDIR)/tests/offline MEDIA_NOTEBOOKS_OFFLINE=1
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg -p no:randomly
# Bring your own article: make figures ARTICLE=path/to/article.txt [ACTORS=...] [DATE=YYYY-MM-DD]
ARTICLE ?=
ACTORS ?=
DATE ?=
JOBS ?= 2

.PHONY: help venv dev-venv figures book corpus peers test lint lab clean bench evaluate check-figures lock

help:
	@echo "make figures   run every notebook top to bottom, write figures/ (ARTICLE=... for another article)"
	@echo "make test      lint, pytest over tests/, nbval over notebooks/, browser tests"
	@echo "make corpus    analyse data/corpus/ into output/corpus/ (notebook 06 reads it)"
	@echo "make book      the HTML edition in output/book/ (ARTICLE=... for another article's)"
	@echo "make lab       open JupyterLab on the project's environment"
	@echo "make bench     measure speed, write bench/results.json"
	@echo "make evaluate  score actors and quotes on real articles, write bench/accuracy.json"
	@echo "make peers     textacy's quotations beside the collection's on the real-text dev split"
	@echo "make clean     remove the venv and caches (never data/, notebooks/ or figures/)"

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

dev-venv: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock -c requirements.lock
	touch $(DEV_STAMP)

figures: $(STAMP)
ifeq ($(strip $(ARTICLE)),)
	$(BIN)/python -m utils run-notebooks notebooks solutions --jobs $(JOBS)
else
	$(BIN)/python -m utils run-notebooks notebooks --jobs $(JOBS) --article "$(ARTICLE)" \
		$(if $(ACTORS),--actors "$(ACTORS)") $(if $(DATE),--date "$(DATE)")
endif

corpus: $(STAMP)
	$(BIN)/python -m utils corpus data/corpus --out output/corpus --workers $(JOBS) --format csv > /dev/null
	@echo "output/corpus/: mentions, quotes, sentences, summary, failures (see output/corpus/failures.csv)"

book: $(STAMP)
ifneq ($(strip $(ARTICLE)),)
	$(MAKE) --no-print-directory figures ARTICLE="$(ARTICLE)" $(if $(ACTORS),ACTORS="$(ACTORS)") $(if $(DATE),DATE="$(DATE)")
endif
	$(BIN)/python -m utils book $(if $(strip $(ARTICLE)),--article "$(ARTICLE)")

lint: $(DEV_STAMP)
	$(BIN)/ruff check utils tests bench notebooks $(wildcard solutions)
	$(BIN)/ruff format --check utils tests bench
	$(BIN)/mypy

# nbval re-runs notebook 06, which computes output/corpus/ when it is not there: a test run removes
# what it made, and leaves a corpus the user had made alone.
test: lint
	$(OFFLINE) $(BIN)/pytest tests
	had_corpus=$$(test -e output/corpus && echo yes); \
	$(OFFLINE) $(BIN)/pytest $(NBVAL) notebooks $(wildcard solutions); status=$$?; \
	if [ -z "$$had_corpus" ]; then rm -rf output/corpus; rmdir output 2>/dev/null || true; fi; \
	exit $$status

check-figures: $(DEV_STAMP)
	$(BIN)/python -m utils run-notebooks notebooks solutions --jobs $(JOBS)
	git diff --exit-code --stat -- figures/ && echo "figures/ is exactly what the code makes"

bench: $(DEV_STAMP)
	$(BIN)/python bench/run.py

# Dev-only: textacy beside the collection on the real-text dev split; its packages stay in .venv-peers/.
peers: $(DEV_STAMP)
	test -d .venv-peers || $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --target .venv-peers -r requirements-peers.txt
	PYTHONPATH=.venv-peers $(BIN)/python bench/peers.py

evaluate: $(DEV_STAMP)
	$(BIN)/python bench/evaluate.py

# Served from the repository root so links to solutions/ and data/ open; --allow-root only as root.
LAB_FLAGS := --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb \
	$(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)
	$(BIN)/jupyter lab $(LAB_FLAGS)

# Both locks from pyproject.toml: the runtime one from the notebooks' needs alone, the dev one
# with what the tests and tools add on top. Copy the runtime pins into environment.yml after.
lock:
	rm -rf /tmp/media-notebooks-lock && $(PYTHON) -m venv /tmp/media-notebooks-lock
	/tmp/media-notebooks-lock/bin/pip install --quiet ".[notebooks]"
	(echo "# Runtime pins: what \`make figures\`, \`make lab\` and Binder need, transitive ones included."; \
	 echo "# Regenerate with \`make lock\` (see README); environment.yml mirrors this file."; \
	 /tmp/media-notebooks-lock/bin/pip freeze --all --exclude-editable | grep -v '^media-notebooks' | grep -v '^pip==' | sort -f) > requirements.lock
	/tmp/media-notebooks-lock/bin/pip install --quiet ".[notebooks,test,lint,dask]" pytest-socket types-tqdm
	(echo "# Development pins laid over requirements.lock: tests, lint, types, notebook diffs, Dask."; \
	 echo "# \`make test\` installs both; regenerate with \`make lock\`."; \
	 /tmp/media-notebooks-lock/bin/pip freeze --all --exclude-editable | grep -v '^media-notebooks' | grep -v '^pip==' | sort -f \
	 | grep -v -x -F -f <(grep -v '^#' requirements.lock)) > requirements-dev.lock

clean:
	rm -rf $(VENV) .venv-peers .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/__pycache__
	find utils tests -name __pycache__ -type d -prune -exec rm -rf {} +
