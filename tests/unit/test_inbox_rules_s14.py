"""Session 14: a news report that names the brand is no complaint (listening hears these).

A headline's label ("Report:", "BREAKING:") or its attribution (", union says.", "the
company said Tuesday", "according to a council statement"), with no first or second
person and no question. None of these texts is from the held-out inbox sets; the rule was
written after reading the seventh held-out set's false flags.
"""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier


@pytest.mark.parametrize(
    "text",
    [
        "Report: Nordwell Rail to cut 40 weekend services after driver shortage, delays expected",
        "Nordwell Rail fined £2m over last winter's cancellations, regulator says.",
        "BREAKING: Corvia Bank outage hits card payments nationwide for three hours",
        "Corvia Bank to close 12 branches next year, the company said on Monday",
        "Fares on the Nordwell line will rise 6% in March, according to a union statement.",
    ],
)
def test_news_reports_naming_the_brand_are_not_complaints(
    clf: MessageClassifier, text: str
) -> None:
    assert not clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        # The writer speaks, or speaks to the brand, or asks: a customer, whatever it quotes.
        "Corvia Bank outage AGAIN, my card declined at the till, the app says.",
        "@corvia your outage cost me a missed rent payment, the landlord said.",
        "Nordwell cancelled the 7:40 again, the driver said. Why is this allowed?",
        "Update: still no refund, 37 days now",
    ],
)
def test_a_customer_quoting_someone_is_still_heard(clf: MessageClassifier, text: str) -> None:
    assert clf.classify_one(text).is_complaint
