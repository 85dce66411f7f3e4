"""Sending one notification over one channel: e-mail (SMTP), signed webhook, chat webhook.

Each sender raises :class:`DeliveryError` with a message safe to store (no secrets) when the
channel refuses or cannot be reached; the dispatcher retries and logs. E-mail uses the
standard library's ``smtplib`` and ``email`` (no extra dependency); HTTP uses httpx like the
connectors do.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from email.utils import make_msgid

import httpx

from followback.config import NotifyChannelSettings
from followback.domain.errors import FollowbackError
from followback.notify.event import NotifyEvent
from followback.notify.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

__all__ = [
    "DeliveryError",
    "Sender",
    "chat_payload",
    "email_message",
    "send",
    "webhook_payload",
]

Sender = Callable[[NotifyChannelSettings, NotifyEvent], None]

_USER_AGENT = "followback-notify/1"
_SEVERITY_MARK = {"info": "", "warning": "[warning] ", "critical": "[CRITICAL] "}


class DeliveryError(FollowbackError):
    """A channel did not accept a notification (the text is safe to store and show)."""


def _secret(name: str, what: str, env: Mapping[str, str]) -> str:
    value = env.get(name, "")
    if not value:
        raise DeliveryError(f"{what}: environment variable {name} is not set")
    return value


def email_message(channel: NotifyChannelSettings, event: NotifyEvent) -> EmailMessage:
    """The e-mail for ``event``: plain text, subject marked with the severity."""
    msg = EmailMessage()
    msg["Subject"] = f"{_SEVERITY_MARK[event.severity.value]}{event.title}"[:200]
    msg["From"] = channel.from_addr
    msg["To"] = ", ".join(channel.to)
    msg["Message-ID"] = make_msgid(domain="followback.invalid")
    msg["X-Followback-Kind"] = event.kind
    lines = [event.body] if event.body else []
    lines += [f"{k}: {v}" for k, v in event.fields.items()]
    if event.url:
        lines += ["", event.url]
    msg.set_content("\n".join(lines) or event.title)
    return msg


def webhook_payload(event: NotifyEvent) -> dict[str, object]:
    """The JSON document a signed webhook receives."""
    return {
        "kind": event.kind,
        "title": event.title,
        "body": event.body,
        "url": event.url,
        "severity": event.severity.value,
        "brand_account_id": event.brand_account_id,
        "key": event.dedupe_key,
        "fields": dict(event.fields),
    }


def chat_payload(event: NotifyEvent) -> dict[str, object]:
    """A Slack-compatible incoming-webhook body (also read by Mattermost and Rocket.Chat)."""
    title = f"*{_SEVERITY_MARK[event.severity.value]}{event.title}*"
    parts = [title]
    if event.body:
        parts.append(event.body)
    parts += [f"{k}: {v}" for k, v in event.fields.items()]
    if event.url:
        parts.append(f"<{event.url}|Open in followback>")
    return {"text": "\n".join(parts)}


def _send_email(channel: NotifyChannelSettings, event: NotifyEvent, timeout: float) -> None:
    msg = email_message(channel, event)
    password = (
        _secret(channel.smtp_password_env, f"channel {channel.name}", os.environ)
        if channel.smtp_password_env
        else ""
    )
    try:
        smtp: smtplib.SMTP
        if channel.smtp_security == "ssl":
            smtp = smtplib.SMTP_SSL(
                channel.smtp_host,
                channel.smtp_port,
                timeout=timeout,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(channel.smtp_host, channel.smtp_port, timeout=timeout)
        with smtp:
            if channel.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if channel.smtp_user:
                smtp.login(channel.smtp_user, password)
            refused = smtp.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = exc.recipients
    except (smtplib.SMTPException, OSError) as exc:
        # SMTP errors can echo the command but never the password (AUTH is not echoed).
        raise DeliveryError(f"smtp {channel.smtp_host}:{channel.smtp_port}: {exc}") from exc
    if refused:
        raise DeliveryError(f"smtp refused recipients: {', '.join(sorted(refused))}")


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> None:
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{_host(url)}: {type(exc).__name__}: {exc}") from exc
    if response.status_code >= 300:
        raise DeliveryError(f"{_host(url)}: HTTP {response.status_code}")


def _host(url: str) -> str:
    # Webhook URLs often carry a token in the path (Slack does): show only the host.
    return httpx.URL(url).host or "webhook"


def _send_webhook(channel: NotifyChannelSettings, event: NotifyEvent, timeout: float) -> None:
    body = json.dumps(webhook_payload(event), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": _USER_AGENT}
    if channel.secret_env:
        secret = _secret(channel.secret_env, f"channel {channel.name}", os.environ)
        stamp = str(int(time.time()))
        headers[TIMESTAMP_HEADER] = stamp
        headers[SIGNATURE_HEADER] = sign(secret, stamp, body)
    _post(channel.url, body, headers, timeout)


def _send_chat(channel: NotifyChannelSettings, event: NotifyEvent, timeout: float) -> None:
    body = json.dumps(chat_payload(event), ensure_ascii=False).encode("utf-8")
    _post(channel.url, body, {"Content-Type": "application/json"}, timeout)


def send(channel: NotifyChannelSettings, event: NotifyEvent, *, timeout: float = 10.0) -> None:
    """Deliver ``event`` over ``channel`` once; raise :class:`DeliveryError` on failure."""
    if channel.kind == "email":
        _send_email(channel, event, timeout)
    elif channel.kind == "webhook":
        _send_webhook(channel, event, timeout)
    else:
        _send_chat(channel, event, timeout)
