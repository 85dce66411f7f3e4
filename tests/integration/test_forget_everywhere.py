"""``forget`` leaves nothing about the person in any table (issue 19).

The schema is read from the metadata: every table must be listed in FORGET_COVERAGE, and
every table forget works on is seeded with one row about the person and one about
someone else that mentions them, in every text and JSON column. After ``forget`` no
column anywhere holds the person's handle or id, and the other person's rows remain.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    func,
    insert,
    select,
)

from followback.actions.datacare import forget_person
from followback.domain import FollowMode, Platform
from followback.store import AccountRepo, Store
from followback.store.forget import FORGET_COVERAGE
from followback.store.tables import Base, UtcDateTime

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ANN = {"id": "777000111", "handle": "ann_forgetme@social.example"}
BOB = {"id": "888000222", "handle": "bob_keepme@social.example"}


def test_every_table_says_what_forget_does_with_it() -> None:
    assert sorted(Base.metadata.tables) == sorted(FORGET_COVERAGE)
    for name, policy in FORGET_COVERAGE.items():
        assert policy in ("delete", "delete+redact", "redact") or policy.startswith("skip: "), name


def _value(table: Table, column: Any, who: dict[str, str], parents: dict[str, int]) -> Any:
    fk = next(iter(column.foreign_keys), None)
    if fk is not None:
        return parents.get(fk.column.table.name)
    kind = column.type
    mention = f"{who['id']}: thanks, cc @{ANN['handle']} (id {ANN['id']}) and @{BOB['handle']}"
    if column.name == "platform":
        return "mastodon"
    if column.name in ("remote_id", "author_id", "target"):
        return who["id"]
    if column.name == "handle":
        return who["handle"]
    if isinstance(kind, UtcDateTime):
        return NOW
    if isinstance(kind, JSON):
        return {"note": mention, "ids": [who["id"], ANN["id"]]}
    if isinstance(kind, Text) or (
        isinstance(kind, String) and (kind.length or 999) >= len(mention)
    ):
        return mention
    if isinstance(kind, String):
        return f"{who['id']}-{table.name}"[: kind.length or 40]
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | BigInteger):
        return 1
    if isinstance(kind, Float):
        return 0.5
    if isinstance(kind, LargeBinary):
        return b"x"
    raise AssertionError(f"no seed value for {table.name}.{column.name} ({kind!r})")


def _seed(store: Store) -> None:
    with store.session() as s:
        brand = AccountRepo(s).add(Platform.MASTODON, "brand@social.example", "1", FollowMode.AUTO)
    with store.engine.begin() as conn:
        parents = {who["id"]: {"brand_accounts": brand} for who in (ANN, BOB)}
        for table in Base.metadata.sorted_tables:
            if FORGET_COVERAGE[table.name].startswith("skip"):
                continue
            for who in (ANN, BOB):
                row = {
                    c.name: _value(table, c, who, parents[who["id"]])
                    for c in table.columns
                    if not (c.primary_key and c.autoincrement is not False and c.name == "id")
                }
                result = conn.execute(insert(table).values(**row))
                if "id" in table.c and result.inserted_primary_key:
                    parents[who["id"]][table.name] = result.inserted_primary_key[0]


def _text_of(store: Store, table: Table) -> list[str]:
    columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
    with store.engine.connect() as conn:
        return [repr(tuple(row)).lower() for row in conn.execute(select(*columns))]


def test_forget_leaves_nothing_about_the_person_in_any_table(store: Store) -> None:
    _seed(store)
    report = forget_person(store, f"mastodon:@{ANN['handle']}", actor="dpo")
    assert report.deleted["remote_accounts"] == 1
    for table in Base.metadata.sorted_tables:
        if FORGET_COVERAGE[table.name].startswith("skip"):
            continue
        texts = _text_of(store, table)
        left = [t for t in texts if "ann_forgetme" in t or ANN["id"] in t]
        assert left == [], table.name
        if FORGET_COVERAGE[table.name].startswith("delete"):
            with store.engine.connect() as conn:
                kept = conn.execute(select(func.count()).select_from(table)).scalar()
            assert kept == 1, f"{table.name}: only the other person's row stays"
        assert any("bob_keepme" in t or BOB["id"] in t for t in texts), table.name
