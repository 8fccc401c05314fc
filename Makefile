# Developer tasks for kb. `make help` lists them; each runs one script or SwiftPM command.

SWIFT ?= swift
# make fuzz FUZZ_TARGETS=claims,check FUZZ_SECONDS=60
FUZZ_TARGETS ?= all
FUZZ_SECONDS ?= 300

.DEFAULT_GOAL := help
.PHONY: help test ci eval bench fuzz crash layers

help: ## List the tasks
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 16

test: ## Build and run every test (swift test)
	$(SWIFT) test

ci: ## The CI run: install dependencies, build, test, run on the bundled corpus, short crash test
	bash .ci/run

eval: ## Build, then score kb check on the bundled and blind1 evaluation sets (kb-eval)
	$(SWIFT) build
	.build/debug/kb-eval check Eval/check/bundled Eval/check/blind1

bench: ## Ingest and search benchmark against plain SQLite FTS5 (Scripts/bench.sh; slow)
	bash Scripts/bench.sh

fuzz: ## libFuzzer + AddressSanitizer on the parsers (Fuzz/fuzz.sh; FUZZ_TARGETS, FUZZ_SECONDS)
	bash Fuzz/fuzz.sh $(FUZZ_TARGETS) $(FUZZ_SECONDS)

crash: ## kill -9, concurrent ingest and search-during-ingest checks (Scripts/crash_test.sh)
	bash Scripts/crash_test.sh

layers: ## Check that each target imports only the targets it may (Scripts/check_layers.sh)
	bash Scripts/check_layers.sh
