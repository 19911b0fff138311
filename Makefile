# The two commands: `make dataset` and `make test`. Both install and compile what they need.
SEEDS ?= seeds
OUTPUT ?= output
NODE_DEPS := node_modules/.package-lock.json
SOURCES := $(shell find pipeline scripts bench -name '*.ts' -o -name '*.json' 2>/dev/null) $(wildcard schemas/*.json) tsconfig.json

.PHONY: dataset report test install build eval bench bench-segment bench-build bench-parquet stress check-schemas update-golden clean
.DEFAULT_GOAL := dataset

# npm ci writes node_modules/.package-lock.json, so a fresh clone installs once and then not again.
$(NODE_DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(NODE_DEPS)

dist/.built: $(NODE_DEPS) $(SOURCES)
	npx tsc -p tsconfig.json
	@touch $@

build: dist/.built

dataset: build
	node bin/claimset.js build --input "$(SEEDS)" --out "$(OUTPUT)"
	node bin/claimset.js report --out "$(OUTPUT)"

# report.html in the output folder: articles with their claims highlighted, and corpus charts.
report: build
	node bin/claimset.js report --out "$(OUTPUT)"

test: build check-schemas
	npx vitest run

# Refresh the golden JSONL output of seeds/ (tests/golden/seeds/) after an intended change.
update-golden: build
	UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts

# The schema regression gate: fails on a schema change whose version bump is missing.
check-schemas: build
	node bin/claimset.js schema-check

# Scores against ../shared/eval (Golden Rules, GUM news, seed gold): `make eval ARGS=--verbose` lists misses.
eval: build
	node dist/scripts/eval.js $(ARGS)

# Speed, printed not asserted: the segmenter against Intl.Segmenter and sbd (BENCH_MB=20 BENCH_ROUNDS=3),
# then the whole build against the peers, per-stage times, workers and memory (BENCH_BUILD_MB=100
# BENCH_SMALL_MB=10 BENCH_LARGE_MB=200). Figures of a run are in bench/RESULTS.md.
bench: bench-segment bench-build

bench-segment: build
	node dist/bench/segment.js

bench-build: build
	node dist/bench/build.js

# Parquet writers compared: parquet-wasm streaming (used) against whole-table writeParquet.
bench-parquet: build
	node --expose-gc dist/bench/parquet.js

# Long robustness checks: pathological documents up to 8 MB and a 20 MB line, and 40 kill rounds.
stress: build
	node dist/bench/stress.js

clean:
	rm -rf dist "$(OUTPUT)"/*.csv "$(OUTPUT)"/*.jsonl "$(OUTPUT)"/*.arrow "$(OUTPUT)"/manifest.json
