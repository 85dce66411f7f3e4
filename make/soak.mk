# Fault soaks. `make soak` runs both:
# - the sandbox soak: PostgreSQL restarted mid-run, workers SIGKILLed, a faulty sandbox platform
#   (SOAK_SECONDS=120 for CI; e.g. `make soak SOAK_SECONDS=1800` for a longer manual run);
# - the server soak: the outbox against the local AT Protocol network and snac2 through a
#   fault-injecting proxy (writes applied and their answer dropped, resets, 429, 5xx, delays),
#   workers SIGKILLed, then the servers read directly (bench/soak_servers.py). It needs the
#   local servers (scripts/start-bluesky.sh, scripts/start-snac.sh; `make test` starts them).
SOAK_SECONDS ?= 120
SERVER_SOAK_SECONDS ?= 40

.PHONY: soak soak-servers
soak: install
	$(BIN)/python bench/soak.py --seconds $(SOAK_SECONDS)
	$(BIN)/python bench/soak_servers.py --seconds $(SERVER_SOAK_SECONDS)

soak-servers: install
	$(BIN)/python bench/soak_servers.py --seconds $(SERVER_SOAK_SECONDS)
