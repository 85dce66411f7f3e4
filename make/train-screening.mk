# Follower screening model (issues 4 and 12): leave-one-collection-out evaluation of the candidates,
# train the chosen one, write src/followback/screening/models/screening.json, the model
# card's evaluation table and the screening section of bench/RESULTS.md.
# Data: ../shared/data/bots (override with FOLLOWBACK_DATA_DIR). Single-threaded, a few minutes.
PYTHON ?= .venv/bin/python

.PHONY: train-screening bench-screening
train-screening:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 POLARS_MAX_THREADS=1 $(PYTHON) training/screening.py

bench-screening:
	$(PYTHON) bench/bench_screening.py
