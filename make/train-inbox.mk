# Inbox message models (issue 6): train, evaluate, write the shipped models, the model card's
# evaluation section and the "Inbox models" section of bench/RESULTS.md.
# Data: ../shared/data/text (override with FOLLOWBACK_DATA_DIR). One core, a few minutes.
PYTHON ?= .venv/bin/python

.PHONY: train-inbox bench-inbox
train-inbox:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PYTHON) training/inbox.py

bench-inbox:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PYTHON) bench/bench_inbox.py --write
