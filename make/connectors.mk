# Connector tests against real local servers: a local AT Protocol network (Bluesky) and
# snac2 (Mastodon client API); X runs on recorded payloads. The servers are installed
# on first use (npm, Debian), started here, and stopped even when a test fails.
#   make test-connectors            install + start servers, run the tests, stop servers
#   make connectors-up / -down      keep the servers running between test runs
#   . .tmp/servers/bluesky.env; . .tmp/servers/mastodon.env   (then run pytest by hand)
CONNECTOR_MARKERS ?= bluesky or mastodon or x or contract
CONNECTOR_ENVS := .tmp/servers/bluesky.env .tmp/servers/mastodon.env

.PHONY: test-connectors connectors-up connectors-down

test-connectors: install
	@trap 'bash scripts/stop-bluesky.sh; bash scripts/stop-snac.sh' EXIT; \
	set -e; \
	bash scripts/start-snac.sh >/dev/null; \
	bash scripts/start-bluesky.sh >/dev/null; \
	for f in $(CONNECTOR_ENVS); do . $$f; done; \
	$(BIN)/pytest -q -m "$(CONNECTOR_MARKERS)" tests

connectors-up:
	@bash scripts/start-snac.sh
	@bash scripts/start-bluesky.sh

connectors-down:
	@bash scripts/stop-bluesky.sh
	@bash scripts/stop-snac.sh
