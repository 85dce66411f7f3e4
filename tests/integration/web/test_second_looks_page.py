"""The second-looks page: what was learned (and its reset), the "unfollow?" list, and a
person's answer to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from followback.store import Store
from followback.store.learning import LearningRepo
from followback.store.second_looks import SecondLookRepo
from followback.store.tables import ActionRow

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the app's clock in conftest


def _csrf(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match
    return match.group(1)


def test_learning_and_unfollow_list_are_shown_and_answered(
    store: Store, seeded: Any, client_as: Callable[[str], TestClient]
) -> None:
    mid = seeded.mastodon_id
    with store.session() as s:
        LearningRepo(s).save(mid, "learned-140-abcd1234", {"decisions": 140}, 140, NOW)
        SecondLookRepo(s).record_check(
            mid, "mf1", at=NOW, fingerprint="f", bot_score=0.91, state="flagged",
            reasons=[{"rule": "screening", "text": "bot/spam score 0.91 ≥ 0.75"}],
        )  # fmt: skip
    gus = client_as("gus")
    page = gus.get("/second-looks")
    assert page.status_code == 200
    assert "learned from 140 of your decisions" in page.text and "@fan1" in page.text
    token = _csrf(page.text)
    r = gus.post(
        f"/second-looks/{mid}/answer",
        data={"remote_id": "mf1", "answer": "unfollow", "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    with store.session() as s:
        action = s.scalars(select(ActionRow)).one()
    assert (action.kind, action.target, action.requested_by) == ("unfollow", "mf1", "member:gus")
    r = gus.post(f"/second-looks/{mid}/reset-learning", data={"csrf_token": token})
    assert r.status_code == 200 and "not learning yet" in r.text
    assert "@fan1" not in r.text  # answered: off the list


def test_viewers_see_no_buttons(client_as: Callable[[str], TestClient]) -> None:
    page = client_as("vic").get("/second-looks")
    assert page.status_code == 200 and "Reset what was learned" not in page.text
