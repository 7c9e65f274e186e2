# kroniek: `make run` and `make test` are all a newcomer needs; both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/example.db
SHARED ?= ../shared

.PHONY: install run test eval bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	@mkdir -p out
	@rm -f $(DB)
	$(BIN)/kroniek ingest --db $(DB) examples/
	$(BIN)/kroniek events --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python -m kroniek.evaluate --shared $(SHARED)

bench: install
	$(BIN)/python -m kroniek.bench --shared $(SHARED)

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
