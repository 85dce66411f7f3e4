"""The X cost forecast: printed by ``connect x`` (recorded X answer) and by ``status``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import vcr
from cryptography.fernet import Fernet
from typer.testing import CliRunner

from followback.cli.main import app
from followback.domain.rulebook.prices import x_prices
from followback.engine.rulegate import FACT_X_API_FOLLOW
from followback.store import open_store
from followback.store.facts import FactRepo
from followback.tracking.x_forecast import XActivity, assumed_activity, forecast_x_month

pytestmark = pytest.mark.x

CASSETTES = Path(__file__).parent.parent / "payloads" / "x" / "cassettes"
KEY = Fernet.generate_key().decode()


def _cli(db: str, *args: str, stdin: str | None = None) -> dict[str, object]:
    result = CliRunner().invoke(
        app, [*args, "--db", db, "--json"], env={"FOLLOWBACK_SECRET_KEY": KEY}, input=stdin
    )
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def test_connect_x_prints_a_months_forecast_and_status_shows_the_detected_plan(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'fb.db'}"
    tape = vcr.VCR(record_mode="none", match_on=("method", "path", "query"))
    with tape.use_cassette(str(CASSETTES / "connect_x.yaml")) as played:
        out = _cli(db, "connect", "x", "--token-stdin", stdin="secret-access-token-123\n")
        assert played.all_played
    forecast = out["x_forecast"]
    assert isinstance(forecast, dict) and forecast["measured"] is False
    assert Decimal(str(forecast["total_usd"])) > Decimal(
        str(out["x_forecast"]["owned_reads_total_usd"])
    )  # type: ignore[index]
    assert forecast["prices_checked"] == x_prices().checked
    # The plan is not known until X answers a follow; once it has, status says so.
    store = open_store(db)
    with store.session() as s:
        FactRepo(s).record(
            int(str(out["account_id"])),
            FACT_X_API_FOLLOW,
            False,
            evidence="403",
            at=datetime(2026, 11, 30, tzinfo=UTC),
        )
    store.dispose()
    status = _cli(db, "status")
    (account,) = status["accounts"]  # type: ignore[misc]
    assert account["x_api_follow"] is False
    lines = {x["item"]: x for x in account["x_forecast"]["lines"]}
    assert lines["follows through the API"]["count"] == 0  # a person follows: free
    assert account["x_forecast"]["measured"] is True


def test_forecast_lines_follow_the_price_table() -> None:
    prices = x_prices()
    activity = XActivity(10_000, 500, 20, 10, 5, 1, 2, 10, measured=True)
    kw = {"syncs_per_day": 96, "full_every": 96, "api_follow": True}
    other = forecast_x_month(activity, prices, owned_reads=False, **kw)
    owned = forecast_x_month(activity, prices, owned_reads=True, **kw)
    line = {x.item: x for x in other.lines}
    # 96 syncs a day x 30 days, a first page of 100 followers each, at $0.010 a follower.
    assert line["followers, newest first (each sync)"].count == 96 * 30 * 100
    assert line["followers, newest first (each sync)"].usd == Decimal("2880.000")
    assert line["followers + following, full listing"].count == 30 * 10_500
    assert line["replies (summoned)"].usd == 60 * prices.price("content_create_summoned")
    assert owned.total_usd < other.total_usd
    assert other.with_activity_api_usd < other.total_usd
    no_api = forecast_x_month(
        activity, prices, owned_reads=False, syncs_per_day=96, full_every=96, api_follow=False
    )
    assert {x.item: x.count for x in no_api.lines}["follows through the API"] == 0
    assert assumed_activity(0, 0).new_followers >= 1


def test_the_spend_cap_is_a_months_across_sessions(store_sqlite_path: Path) -> None:
    from followback.connectors.x import Billable, SpendCapExceededError, SpendTracker
    from followback.domain import FollowMode, Platform
    from followback.services.connect import StoredSpend
    from followback.store import AccountRepo

    store = open_store(f"sqlite:///{store_sqlite_path}")
    with store.session() as s:
        account_id = AccountRepo(s).add(Platform.X, "acmecoffee", "1", FollowMode.REVIEW)
    first = SpendTracker(cap_usd=Decimal("0.05"))
    first.keep_with(StoredSpend(store, account_id))
    first.charge(Billable.USER_READ, 4)  # $0.04, stored
    # A new session (another run, another process) starts from the month's $0.04.
    second = SpendTracker(cap_usd=Decimal("0.05"))
    second.keep_with(StoredSpend(store, account_id))
    assert second.spent_before_usd == Decimal("0.040")
    second.check(Billable.USER_READ)  # $0.05 exactly: allowed
    second.charge(Billable.USER_READ)
    with pytest.raises(SpendCapExceededError) as err:
        second.check(Billable.USER_READ)
    assert err.value.rule.key == "x.spend_cap" and "this month" in str(err.value)
    assert second.report()["month_usd"] == "0.050"
    store.dispose()


@pytest.fixture
def store_sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "spend.db"


@pytest.mark.parametrize(("flag", "seconds"), [([], 20.0), (["--activity-seconds", "0"], 0.0)])
def test_connect_x_stores_how_long_each_sync_reads_the_activity_api(
    tmp_path: Path, flag: list[str], seconds: float
) -> None:
    from followback.services.connect import connector_for

    db = f"sqlite:///{tmp_path / 'fb.db'}"
    tape = vcr.VCR(record_mode="none", match_on=("method", "path", "query"))
    with tape.use_cassette(str(CASSETTES / "connect_x.yaml")):
        out = _cli(db, "connect", "x", *flag, "--token-stdin", stdin="secret-access-token-123\n")
    store = open_store(db)
    try:
        conn = connector_for(store, int(str(out["account_id"])), secret_key=KEY)
        assert getattr(conn, "activity_seconds", None) == seconds  # 0: always list followers
    finally:
        store.dispose()
