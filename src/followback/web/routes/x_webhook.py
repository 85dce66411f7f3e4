"""X's webhook for the brand's follow events (``/hooks/x/<account id>``): no login, only X's
signature. ``GET`` answers X's challenge-response check; ``POST`` records a delivery.

X must get its answer fast (within 10 seconds, its webhooks page says): each request is
one decryption, one HMAC and, for a delivery, one short transaction. Refusals say why in a
short JSON body and log the account and the reason, never the secret or the signature.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from followback.actions.x_webhook import HOOK_PATH, answer_x_crc, record_x_webhook_delivery
from followback.connectors.errors import MalformedPayloadError
from followback.connectors.x.webhook import SIGNATURE_HEADER
from followback.domain.errors import UserError
from followback.web.context import credentials_key, get_context

__all__ = ["router"]

log = logging.getLogger(__name__)
router = APIRouter()
PATH = HOOK_PATH.replace("{account_id}", "{account_id:int}")


def _refused(account_id: int, exc: UserError) -> JSONResponse:
    log.warning("x webhook for account #%s refused a request: %s", account_id, exc.message)
    body = {"error": exc.code.value, "message": exc.message}
    return JSONResponse(body, status_code=exc.http_status)


@router.get(PATH, include_in_schema=False)
async def x_crc(
    request: Request,
    account_id: int,
    crc_token: Annotated[str, Query(max_length=1000)] = "",
) -> JSONResponse:
    """X's challenge-response check: ``{"response_token": "sha256=..."}``."""
    ctx = get_context(request)
    answer = partial(answer_x_crc, ctx.store, account_id, crc_token, key=credentials_key(ctx))
    try:
        return JSONResponse(await anyio.to_thread.run_sync(answer))
    except UserError as exc:
        return _refused(account_id, exc)


@router.post(PATH, include_in_schema=False)
async def x_delivery(request: Request, account_id: int) -> JSONResponse:
    """One delivery from X: signature checked first, then each follow event recorded once."""
    ctx = get_context(request)
    body = await request.body()
    record = partial(
        record_x_webhook_delivery,
        ctx.store,
        account_id,
        body,
        request.headers.get(SIGNATURE_HEADER),
        key=credentials_key(ctx),
        clock=ctx.clock,
    )
    try:
        done = await anyio.to_thread.run_sync(record)
    except UserError as exc:
        return _refused(account_id, exc)
    except MalformedPayloadError as exc:
        # Signed by X but not an event we can read: acknowledged, so X does not retry it
        # forever; the daily full listing catches what it carried.
        log.warning("x webhook for account #%s: unreadable delivery: %s", account_id, exc)
        return JSONResponse({"ok": False, "error": "malformed"}, status_code=200)
    applied = done.applied
    return JSONResponse(
        {"ok": True, "events": done.events, "new": applied.new, "repeats": applied.repeats}
    )
