"""Property-based API tests from the OpenAPI schema (schemathesis): no input gets a 5xx.

Each operation gets a bounded number of generated requests, sent in process as a
logged-in admin (session cookie plus CSRF header), so every route's validation is hit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.case import Case
from sqlalchemy import delete

from followback.store import Store
from followback.store.tables import LoginAttemptRow

EXAMPLES_PER_OPERATION = 12


def test_no_generated_request_gets_a_server_error(
    app: FastAPI, client_as: Callable[[str], TestClient], store: Store
) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    seen: dict[str, set[int]] = {}

    for operation in operations:
        # A fresh session per operation: logout, revoke and password changes end sessions.
        # Generated logins count against this client's address; start each one afresh.
        with store.session() as s:
            s.execute(delete(LoginAttemptRow))
        admin = client_as("ada")
        auth_headers = {"X-CSRF-Token": admin.headers["X-CSRF-Token"]}
        cookies = {"fb_session": admin.cookies["fb_session"]}
        _run_operation(operation, auth_headers, cookies, seen)
    # Reads answered successfully for at least some inputs, so the test reached the routes.
    assert 200 in seen["GET /api/queue"]
    assert 200 in seen["GET /api/audit"]


def _run_operation(
    operation: Any, headers: dict[str, str], cookies: dict[str, str], seen: dict[str, set[int]]
) -> None:
    label = f"{operation.method.upper()} {operation.path}"

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
    )
    @given(case=operation.as_strategy())
    def check(case: Case) -> None:
        response = case.call(headers=headers, cookies=cookies)
        seen.setdefault(label, set()).add(response.status_code)
        detail = (label, case.path_parameters, case.query, case.body, response.text[:300])
        assert response.status_code < 500, detail
        if response.status_code >= 400:
            assert {"error", "message", "fields"} <= set(response.json()), detail

    check()
