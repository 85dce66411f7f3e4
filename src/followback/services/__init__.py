"""Application services: each module wires the store, connectors and the pure core for one job."""
