"""Stage errors are typed: their kind comes from the exception's class, never from text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followback.domain import (
    AuthExpiredError,
    ConnectorError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RejectedError,
    StageError,
    StageErrorKind,
    TransientError,
)
from followback.domain.rulebook import RuleRefusedError
from followback.domain.stages import longest_wait, needs_login, stream_pause


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (AuthExpiredError("401"), StageErrorKind.AUTH_EXPIRED),
        (RateLimitedError("429", retry_after=30.0), StageErrorKind.RATE_LIMITED),
        (OutcomeUnknownError("timeout after send"), StageErrorKind.OUTCOME_UNKNOWN),
        (TransientError("503"), StageErrorKind.TRANSIENT),
        (RejectedError("400"), StageErrorKind.REJECTED),
        (NotFoundError("404"), StageErrorKind.NOT_FOUND),
        (ConnectorError("odd"), StageErrorKind.FAILED),
    ],
)
def test_the_kind_follows_the_exception_class(exc: ConnectorError, kind: StageErrorKind) -> None:
    error = StageError.of("sync", exc)
    assert error.kind is kind and error.stage == "sync"
    assert error.error == type(exc).__name__ and error.message == str(exc)


def test_a_refused_rule_is_a_rejection() -> None:
    # RuleRefusedError subclasses RejectedError: the most specific known kind wins.
    assert issubclass(RuleRefusedError, RejectedError)


def test_a_rate_limit_keeps_the_platforms_wait() -> None:
    error = StageError.of("listen #acme", RateLimitedError("429", retry_after=120.0))
    assert error.retry_after == 120.0
    assert StageError.of("sync", TransientError("503")).retry_after is None


def test_one_line_for_people() -> None:
    assert str(StageError.of("inbox.dms", TransientError("503"))) == (
        "inbox.dms: TransientError: 503"
    )
    assert str(StageError.skipped("act", "the sync did not complete")) == (
        "act: the sync did not complete"
    )


def test_needs_login_and_longest_wait_read_kinds() -> None:
    errors = [
        StageError.of("sync", RateLimitedError("429", retry_after=60.0)),
        StageError.of("listen", RateLimitedError("429", retry_after=900.0)),
        StageError.of("inbox.dms", RateLimitedError("429")),
        StageError("inbox", StageErrorKind.TRANSIENT, "AuthExpiredError in the text"),
    ]
    assert longest_wait(errors) == 900.0 and not needs_login(errors)
    assert longest_wait(errors[2:]) is None
    assert needs_login([StageError.of("decide", AuthExpiredError("401"))])


def test_a_refused_login_names_the_platform_once() -> None:
    from followback.actions.accounts import refused_credentials
    from followback.domain import AuthExpiredError, Platform

    exc = AuthExpiredError("mastodon: the server refused the token (verify credentials: 422)")
    said = refused_credentials(Platform.MASTODON, exc)
    assert said == (
        "mastodon refused these credentials: the server refused the token (verify credentials: 422)"
    )


def test_a_failing_read_stream_pauses_from_the_third_failure_doubling_to_a_day() -> None:
    transient = StageErrorKind.TRANSIENT
    assert stream_pause(1, transient) is None and stream_pause(2, transient) is None
    assert stream_pause(3, transient) == timedelta(minutes=15)
    assert stream_pause(4, transient) == timedelta(minutes=30)
    assert stream_pause(10, transient) == timedelta(hours=24)
    assert stream_pause(10**6, transient) == timedelta(hours=24)  # no overflow
    # A refused login or a rate limit has its own handling; a refusal is not a failing server.
    for kind in (StageErrorKind.AUTH_EXPIRED, StageErrorKind.RATE_LIMITED, StageErrorKind.REJECTED):
        assert stream_pause(5, kind) is None
