"""A bad value in Settings re-renders the form with the field named and the input kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient


def _form(**policy: str) -> dict[str, str]:
    base = {"p.follow_below": "0.35", "p.skip_above": "0.75", "p.min_posts": "0"}
    base.update({f"p.{k}": v for k, v in policy.items()})
    return base


def test_a_bad_threshold_names_its_field_and_keeps_the_form(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    client = client_as("ada")
    r = client.post(f"/settings/{seeded.mastodon_id}", data=_form(follow_below="0,4x"))
    assert r.status_code == 422
    page = r.text
    assert 'id="form-errors"' in page and "follow below: " in page
    assert 'value="0,4x"' in page  # what was typed is still there
    assert 'id="e-follow_below"' in page and 'id="e-skip_above"' not in page
    assert "Something went wrong" not in page
    # Nothing was saved.
    policy = client.get(f"/api/policy/{seeded.mastodon_id}").json()["policy"]
    assert policy["follow_below"] == 0.35


def test_thresholds_in_the_wrong_order_name_both_in_words(
    client_as: Callable[[str], TestClient], seeded: Any
) -> None:
    client = client_as("ada")
    r = client.post(
        f"/settings/{seeded.mastodon_id}", data=_form(follow_below="0.9", skip_above="0.5")
    )
    assert r.status_code == 422
    assert "skip above: must be at least follow below" in r.text
    assert 'value="0.9"' in r.text and 'value="0.5"' in r.text
    ok = client.post(
        f"/settings/{seeded.mastodon_id}",
        data=_form(follow_below="0.3", skip_above="0.8"),
        follow_redirects=False,
    )
    assert ok.status_code == 303
