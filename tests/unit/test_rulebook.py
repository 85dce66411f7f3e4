"""The rules registry: every rule with its source and date; refusals name their rule."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from followback.cli.main import app
from followback.domain import DEFAULT_CAPABILITIES, Platform, RejectedError
from followback.domain.rulebook import (
    OWN_SOURCE,
    Rule,
    RuleRefusedError,
    get_rule,
    list_rules,
    refusal,
)
from followback.domain.rulebook.prices import x_prices

DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _rules_json(*args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["rules", "--json", *args])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output)["rules"])


def test_rules_json_lists_each_rule_with_its_source_and_date() -> None:
    rules = _rules_json()
    assert len(rules) == len(list_rules()) and len(rules) > 30
    for r in rules:
        assert set(r) == {"platform", "name", "value", "source", "checked", "why"}
        assert r["source"].startswith("https://") or r["source"] == OWN_SOURCE, r
        assert DATE.match(r["checked"]), r
        assert r["value"] and r["why"], r
    keys = {f"{r['platform']}.{r['name']}" for r in rules}
    assert {"x.follow_via_api", "x.reply_summoned_only", "x.dm_needs_request"} <= keys
    assert {"bluesky.write_points_hour", "mastodon.follows_day"} <= keys


def test_rules_filter_by_platform_and_refuse_an_unknown_one() -> None:
    x_only = _rules_json("--platform", "x")
    assert x_only and {r["platform"] for r in x_only} == {"x"}
    result = CliRunner().invoke(app, ["rules", "--platform", "myspace"])
    # The app object raises; `followback` itself prints it (one error handler).
    assert result.exit_code != 0 and "unknown platform" in str(result.exception)


def test_plain_output_shows_whole_source_urls() -> None:
    result = CliRunner().invoke(app, ["rules", "-p", "x"])
    assert result.exit_code == 0
    follow = get_rule(Platform.X, "follow_via_api")
    assert f"source: {follow.source} (checked {follow.checked})" in result.output


def test_every_paced_limit_is_a_rule_with_the_same_source() -> None:
    for platform, caps in DEFAULT_CAPABILITIES.items():
        for spec in caps.limits:
            rule = get_rule(platform, spec.name)
            assert f"{spec.capacity:,} per" in rule.value
            if spec.source.startswith("https://"):
                assert rule.source == spec.source
            else:
                assert rule.source == OWN_SOURCE


def test_x_prices_come_from_the_one_dated_price_table() -> None:
    table = x_prices()
    assert DATE.match(table.checked) and table.source.startswith("https://docs.x.com/")
    rule = get_rule(Platform.X, "price_owned_follows_read")
    assert rule.source == table.source and rule.checked == table.checked
    # Owned reads (the brand's own followers) are priced lower than other reads.
    assert table.price("follows_read", owned=True) < table.price("follows_read")


def test_a_refusal_names_its_rule_and_source() -> None:
    err = refusal(Platform.X, "follow_via_api", "follow 42: the plan does not allow it")
    assert isinstance(err, RejectedError) and isinstance(err, RuleRefusedError)
    assert err.rule.key == "x.follow_via_api"
    text = str(err)
    assert "x.follow_via_api" in text and err.rule.source in text and err.rule.checked in text
    with pytest.raises(KeyError, match=r"x\.no_such_rule"):
        refusal(Platform.X, "no_such_rule", "")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "Bad Name", "lowercase"),
        ("checked", "last week", "YYYY-MM"),
        ("source", "http://example.com", "https URL"),
    ],
)
def test_a_rule_without_a_source_or_date_is_refused(field: str, value: str, message: str) -> None:
    fields = {
        "platform": Platform.X,
        "name": "ok",
        "value": "v",
        "source": "https://docs.x.com/",
        "checked": "2026-11-30",
        "why": "w",
    }
    fields[field] = value
    with pytest.raises(ValueError, match=message):
        Rule(**fields)  # type: ignore[arg-type]
