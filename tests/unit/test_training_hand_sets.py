"""The hand-written mentions the complaint head trains on (training/inbox_data.py).

Every set in the list must be read whole, with labels the head can learn, and the newest
held-out sets must stay out of it until they have been scored once: the bench scores each
listed set with a head refitted without it, so leaving one out must drop exactly its rows.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))

import inbox_data  # noqa: E402  (after the training path is set)
from inbox_data import HAND_COMPLAINT_SETS, hand_complaints  # noqa: E402

DATA = REPO / "tests" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_listed_set_is_read_whole_as_one_source() -> None:
    corpus = hand_complaints()
    expected = [r for name in HAND_COMPLAINT_SETS for r in _rows(name)]
    assert corpus.texts == [r["text"] for r in expected]
    assert corpus.labels == [r["complaint"] for r in expected]
    assert set(corpus.groups) == {"hand"}
    assert corpus.weights == [inbox_data.HAND_WEIGHT] * len(expected)
    assert {"0", "1"} == set(corpus.labels)


def test_leaving_one_set_out_drops_exactly_its_rows() -> None:
    name = "inbox_holdout_2026k.csv"
    left = hand_complaints(exclude=(name,))
    assert len(left) == len(hand_complaints()) - len(_rows(name))
    assert not {r["text"] for r in _rows(name)} & set(left.texts)


def test_the_newest_held_out_sets_are_not_trained_on() -> None:
    # The sets trained on are the oldest ones; the newest stay out as clean tests.
    held_out = sorted(p.name for p in DATA.glob("inbox_holdout_2026*.csv"))
    trained = [name for name in held_out if name in HAND_COMPLAINT_SETS]
    assert trained == held_out[: len(trained)]
    assert len(trained) < len(held_out)
    assert "inbox_holdout_2026l.csv" not in trained


def test_a_label_that_is_not_0_or_1_names_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tests" / "data").mkdir(parents=True)
    bad = tmp_path / "tests" / "data" / "inbox_bad.csv"
    bad.write_text("text,complaint,kind\nmy parcel is lost,yes,plain\n", "utf-8")
    monkeypatch.setattr(inbox_data, "REPO", tmp_path)
    monkeypatch.setattr(inbox_data, "HAND_COMPLAINT_SETS", ("inbox_bad.csv",))
    with pytest.raises(ValueError, match=r"inbox_bad\.csv: complaint must be 0 or 1"):
        inbox_data.hand_complaints()
