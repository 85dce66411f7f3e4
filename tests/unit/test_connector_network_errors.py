"""A connector's network error names the server and the reason (a new user pointing
followback at a wrong or stopped server read only "network error")."""

from __future__ import annotations

import httpx
import mastodon
import pytest
import requests
from atproto_client import exceptions as at

from followback.connectors.errors import bluesky_errors, mastodon_errors
from followback.domain import RejectedError, TransientError

URL = "http://127.0.0.1:1/api/v1/accounts/verify_credentials?access_token=secret"


def _send() -> None:
    """What requests does when the server refuses the connection."""
    request = requests.Request("GET", URL).prepare()
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except OSError as exc:
        raise requests.ConnectionError(exc, request=request)  # noqa: B904 - as requests does


def test_mastodon_network_error_names_server_and_reason_without_the_query() -> None:
    with pytest.raises(TransientError) as info, mastodon_errors("verify credentials"):
        try:
            _send()
        except requests.ConnectionError as exc:
            # as Mastodon.py does: the chain is the implicit context
            raise mastodon.MastodonNetworkError(f"Could not complete request: {exc}")  # noqa: B904
    assert str(info.value) == (
        "mastodon: verify credentials: network error (http://127.0.0.1:1; Connection refused)"
    )
    assert "secret" not in str(info.value)


def test_bluesky_network_error_names_server_and_reason() -> None:
    request = httpx.Request("POST", "http://pds.invalid:2583/xrpc/com.atproto.server.createSession")
    with pytest.raises(TransientError) as info, bluesky_errors("log in"):
        try:
            raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)
        except httpx.ConnectError as exc:
            raise at.NetworkError() from exc
    assert str(info.value) == "bluesky: log in: network error (http://pds.invalid:2583)"


def test_mastodon_error_without_a_reason_does_not_say_none() -> None:
    with pytest.raises(RejectedError) as info, mastodon_errors("verify credentials"):
        raise mastodon.MastodonAPIError("Mastodon API returned error", 422, "Unprocessable", None)
    assert "None" not in str(info.value)
    assert str(info.value) == "mastodon: verify credentials: error (HTTP 422)"
