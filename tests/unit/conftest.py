"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier, load_default_classifier


@pytest.fixture(scope="session")
def clf() -> MessageClassifier:
    """The shipped inbox classifier, loaded once (it is read-only)."""
    return load_default_classifier()
