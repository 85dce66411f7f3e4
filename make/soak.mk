# Fault soak: PostgreSQL restarted mid-run, workers SIGKILLed, a faulty sandbox platform.
# SOAK_SECONDS=120 for CI; e.g. `make soak SOAK_SECONDS=1800` for a longer manual run.
SOAK_SECONDS ?= 120

.PHONY: soak
soak: install
	$(BIN)/python bench/soak.py --seconds $(SOAK_SECONDS)
