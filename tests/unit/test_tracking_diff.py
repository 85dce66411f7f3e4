"""The vectorised snapshot diff agrees with set difference and maps ids to keys stably."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followback.tracking.diff import diff_sorted, id_key, id_keys, is_member, snapshot


def test_numeric_ids_are_their_own_keys() -> None:
    assert id_key("12345") == 12345
    assert id_keys(["7", "3", "9000000000"]).tolist() == [7, 3, 9_000_000_000]


def test_string_ids_hash_to_stable_negative_keys_distinct_from_numeric_ones() -> None:
    did = "did:plc:z72i7hdynmk6r22z27h6tvur"
    key = id_key(did)
    assert key < 0  # hashed keys carry the sign bit, numeric keys never do
    assert key == id_key(did)  # stable across calls (and processes: blake2b, not hash())
    assert id_key("did:plc:other") != key
    mixed = id_keys([did, "42"])
    assert mixed.tolist() == [key, 42]


def test_numeric_ids_beyond_63_bits_are_hashed_not_truncated() -> None:
    huge = str(2**64 + 5)
    assert id_key(huge) < 0
    assert id_keys([huge, "1"]).tolist() == [id_key(huge), 1]


def test_diff_finds_arrivals_and_departures() -> None:
    old = snapshot(np.array([5, 1, 3, 9], dtype=np.int64))
    new = snapshot([np.array([3, 4], dtype=np.int64), np.array([9, 10, 4], dtype=np.int64)])
    d = diff_sorted(old, new)
    assert d.arrivals.tolist() == [4, 10]
    assert d.departures.tolist() == [1, 5]


def test_diff_of_empty_snapshots() -> None:
    empty = snapshot(np.zeros(0, dtype=np.int64))
    some = snapshot(np.array([2, 1], dtype=np.int64))
    assert diff_sorted(empty, some).arrivals.tolist() == [1, 2]
    assert diff_sorted(some, empty).departures.tolist() == [1, 2]
    assert len(diff_sorted(empty, empty).arrivals) == 0


def test_unsorted_input_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="sorted and unique"):
        diff_sorted(np.array([3, 1], dtype=np.int64), np.array([1], dtype=np.int64))


def test_membership_of_keys_beyond_both_ends() -> None:
    keys = np.array([10, 20, 30], dtype=np.int64)
    assert is_member(keys, np.array([5, 20, 35], dtype=np.int64)).tolist() == [False, True, False]


@given(
    st.sets(st.integers(-(2**63), 2**63 - 1), max_size=200),
    st.sets(st.integers(-(2**63), 2**63 - 1), max_size=200),
)
def test_diff_equals_python_set_difference(old: set[int], new: set[int]) -> None:
    d = diff_sorted(
        snapshot(np.array(sorted(old), dtype=np.int64)),
        snapshot(np.array(sorted(new), dtype=np.int64)),
    )
    assert set(d.arrivals.tolist()) == new - old
    assert set(d.departures.tolist()) == old - new


def test_membership_is_the_same_when_computed_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    import followback.tracking.diff as diff

    rng = np.random.default_rng(0)
    known = snapshot(rng.integers(0, 1000, size=300))
    asked = rng.integers(0, 1000, size=101)
    whole = is_member(known, asked)
    monkeypatch.setattr(diff, "_BLOCK", 7)
    assert is_member(known, asked).tolist() == whole.tolist()
    assert whole.tolist() == [int(k) in set(known.tolist()) for k in asked]


def test_diff_sorted_agrees_with_sets_on_random_snapshots() -> None:
    import numpy as np

    from followback.tracking.diff import diff_sorted, id_keys, snapshot

    rng = np.random.default_rng(5)
    for trial in range(30):
        universe = [str(i) for i in rng.integers(0, 400, size=300)]
        universe += [f"did:plc:{i}" for i in rng.integers(0, 50, size=20)]  # hashed keys
        old_ids = set(rng.choice(universe, size=int(rng.integers(0, 200))))
        new_ids = set(rng.choice(universe, size=int(rng.integers(0, 200))))
        old, new = snapshot(id_keys(sorted(old_ids))), snapshot(id_keys(sorted(new_ids)))
        d = diff_sorted(old, new)
        want_in = set(id_keys(sorted(new_ids - old_ids)).tolist())
        want_out = set(id_keys(sorted(old_ids - new_ids)).tolist())
        assert set(d.arrivals.tolist()) == want_in, trial
        assert set(d.departures.tolist()) == want_out, trial
        assert list(d.arrivals) == sorted(d.arrivals) and list(d.departures) == sorted(d.departures)


@given(st.lists(st.one_of(st.from_regex(r"\A[0-9]{0,20}\Z"), st.text(max_size=6)), max_size=20))
def test_batch_keys_equal_one_by_one_keys(ids: list[str]) -> None:
    # The batch check (all ASCII digits, none empty, none too long) must never take an id
    # the per-id rule would hash: "", "٣" (a non-ASCII digit), 19+ digits, " 5", "-5".
    assert id_keys(ids).tolist() == [id_key(i) for i in ids]
    edge_cases = ["", "٣", "1" * 19, " 5", "-5", "+5", "42"]
    assert id_keys(edge_cases).tolist() == [id_key(i) for i in edge_cases]
