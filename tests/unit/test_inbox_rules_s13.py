"""Session 13 mends to the session-12 language lists (from the review of session 12).

- Czech: the masculine past "nepřišel" (it did not come) was missed; "nepřišla" was not.
- Chinese: a bare "等了" (waited) made happy messages complaints ("waited ages, finally
  here, so happy"); waiting is a grievance when something has still not come or the
  writer is still waiting.

Each case below is decided the other way by the session-12 lists. None of these texts is
from the held-out inbox sets.
"""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier


@pytest.mark.parametrize(
    "text",
    [
        "@kolo kurýr s náhradním dílem ke mně dodnes nepřišel",
        "@kolo 还在等客服回复",
    ],
)
def test_still_missing_and_still_waiting_are_complaints(clf: MessageClassifier, text: str) -> None:
    assert clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@kolo 等了好久终于到了，太开心了！谢谢",
        "@kolo 等了一个月，新车架终于到了，很漂亮",
    ],
)
def test_waiting_that_ended_happily_is_no_complaint(clf: MessageClassifier, text: str) -> None:
    assert not clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@kolo 订单等了三天还没到",
        "@kolo 等了两个星期，零件还是没有寄出",
        "@kolo немає відповіді вже тиждень",
        "@kolo dodávka nepřišla",
    ],
)
def test_the_neighbours_stay_complaints(clf: MessageClassifier, text: str) -> None:
    assert clf.classify_one(text).is_complaint
