"""Notifications: tell people about events by e-mail, signed webhook or chat webhook.

The public surface is small::

    from followback.notify import NotifyEvent, Severity, notify, record_notification

    notify(store, settings.notify, NotifyEvent(kind="inbox.sla", title="...", url="...",
                                               severity=Severity.WARNING))

Inside a transaction (an action that changes state), call :func:`record_notification` with
the session instead; ``followback run`` and the worker deliver queued notifications with
:func:`deliver_pending`. Channels are configured under ``[[notify.channels]]`` in
followback.toml (see docs/notifications.md).
"""

from followback.notify.channels import DeliveryError, chat_payload, email_message, webhook_payload
from followback.notify.dispatch import (
    DeliveryReport,
    deliver_pending,
    notify,
    record_notification,
    routes_to,
    send_test,
)
from followback.notify.event import NotifyEvent, Severity
from followback.notify.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, verify

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "DeliveryError",
    "DeliveryReport",
    "NotifyEvent",
    "Severity",
    "chat_payload",
    "deliver_pending",
    "email_message",
    "notify",
    "record_notification",
    "routes_to",
    "send_test",
    "sign",
    "verify",
    "webhook_payload",
]
