"""Storage adapter: SQLAlchemy 2 tables, Alembic migrations and one repository per aggregate."""

from followback.store.accounts import AccountRepo
from followback.store.audit import AuditRepo
from followback.store.engine import DatabaseError, Store, StoreSession, open_store, redact_url

__all__ = [
    "AccountRepo",
    "AuditRepo",
    "DatabaseError",
    "Store",
    "StoreSession",
    "open_store",
    "redact_url",
]
