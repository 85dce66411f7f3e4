# Inbox message models (issue 6): train, evaluate, write the shipped models, the model card's
# evaluation section and the "Inbox models" section of bench/RESULTS.md.
# Data: shared/data/text in a parent directory (override with FOLLOWBACK_DATA_DIR). About 40-60
# minutes on one busy core; `python training/inbox.py --smoke` checks the script in a few;
# `python training/inbox.py --only complaint,response,ranking` runs some evaluations (prints only).
PYTHON ?= .venv/bin/python

.PHONY: train-inbox bench-inbox
train-inbox:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PYTHON) training/inbox.py

bench-inbox:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PYTHON) bench/bench_inbox.py --write
