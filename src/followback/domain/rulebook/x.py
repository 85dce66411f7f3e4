"""X's rules for self-serve (pay-per-use) apps, and its prices, as rules.

Checked against docs.x.com (the X developer docs, including the changelog and the
developer policy) on the date each rule says. Prices come from ``x_prices.json``.
"""

from __future__ import annotations

from followback.domain.platform import Platform
from followback.domain.rulebook import Rule
from followback.domain.rulebook.prices import x_prices

__all__ = [
    "ACTIVITY_URL",
    "CHANGELOG_URL",
    "MANAGE_POSTS_URL",
    "POLICY_URL",
    "RULES",
    "WEBHOOKS_URL",
    "XCHAT_URL",
]

CHANGELOG_URL = "https://docs.x.com/changelog"
POLICY_URL = "https://docs.x.com/developer-terms/policy"
MANAGE_POSTS_URL = "https://docs.x.com/x-api/posts/manage-tweets/introduction"
ACTIVITY_URL = "https://docs.x.com/x-api/activity/introduction"
XCHAT_URL = "https://docs.x.com/xchat/introduction"
WEBHOOKS_URL = "https://docs.x.com/x-api/webhooks/introduction"
CHECKED = "2026-11-30"

_X = Platform.X


def _rule(name: str, value: str, source: str, why: str) -> Rule:
    return Rule(_X, name, value, source, CHECKED, why)


_PERMISSIONS: tuple[Rule, ...] = (
    _rule(
        "follow_via_api",
        "Enterprise plans only: following through the API was removed from every "
        "self-serve tier on 2026-04-20",
        CHANGELOG_URL,
        "followback follows through the API only after X answered that the plan allows it "
        "(detected and stored per account); otherwise each approved follow-back is an intent "
        "link a person opens, and followback confirms it from the following list",
    ),
    _rule(
        "automated_follow",
        "never: bulk or automatic following is forbidden; a person approves each follow-back",
        POLICY_URL,
        "an app that follows back everyone who follows it is what X's automation rules forbid",
    ),
    _rule(
        "bulk_approval",
        "one approval per account",
        POLICY_URL,
        "X forbids bulk following, so no click approves many follow-backs at once",
    ),
    _rule(
        "reply_summoned_only",
        "self-serve apps reply only to a post whose author @mentioned the brand or quoted "
        "one of its posts (since 2026-02-23)",
        MANAGE_POSTS_URL,
        "a reply to anything else (a post found by listening, a reply in someone else's "
        "thread) becomes an intent link a person posts from X",
    ),
    _rule(
        "dm_needs_request",
        "an automated DM only to a person who asked for it by writing to the brand first; "
        "following the brand (even mutually) is not a request",
        POLICY_URL,
        "X's developer policy: explicit consent before automated replies or DMs; the hand-off "
        "asks the person to write to the brand by DM",
    ),
    _rule(
        "xchat_not_read",
        "encrypted chats (XChat) are not read or answered: the X Chat API needs the brand's "
        "private keys on the client; only legacy DMs (/2/dm_events) reach the inbox",
        XCHAT_URL,
        "X asks that chat private keys and PINs never sit on a server; a person answers "
        "encrypted chats in X",
    ),
    _rule(
        "spend_cap",
        "the account's monthly spend cap (`connect x --spend-cap-usd`), counted over every "
        "run and process this calendar month (UTC): a call that would pass it is not sent",
        "https://docs.x.com/x-api/getting-started/pricing",
        "X bills every read and write; the brand decides what a month may cost",
    ),
    _rule(
        "activity_follow_events",
        "follow.follow and follow.unfollow events of the brand's user id, where the plan "
        "includes the X Activity API (by webhook, or the stream read for the account's "
        "activity_seconds each sync); else the followers list, newest first",
        ACTIVITY_URL,
        "unfollows are known without listing every follower",
    ),
    _rule(
        "activity_webhook",
        "where the brand registered one (`followback x webhook register`), X delivers the "
        "follow events to its public HTTPS URL (no port), checks it with a CRC (HMAC-SHA256 "
        "of crc_token, keyed with the app's consumer secret) on registration and periodically, "
        "and signs every POST (x-twitter-webhooks-signature); duplicates possible",
        WEBHOOKS_URL,
        "the stream carries only what X sends while it is read, so events between two syncs "
        "would be lost; the webhook gets them all, unsigned or wrongly signed deliveries are "
        "refused (403) and each event id is recorded once",
    ),
)


def _price_rules() -> tuple[Rule, ...]:
    table = x_prices()
    out = [
        Rule(
            _X,
            "post_reads_monthly_cap",
            f"{table.post_reads_monthly_cap:,} posts read per billing month (pay-per-use)",
            table.source,
            table.checked,
            "listening and mention reads stop before the cap",
        )
    ]
    groups = (
        ("price_", table.reads, "per resource returned"),
        ("price_owned_", table.owned_reads, "per resource (the brand's own data, own app)"),
        ("price_", table.writes, "per request"),
        ("price_event_", table.events, "per event delivered"),
    )
    for prefix, prices, unit in groups:
        for item, usd in prices.items():
            name = prefix + item.replace(".", "_")
            why = "every call is priced before it is sent; the spend cap refuses what would pass"
            out.append(Rule(_X, name, f"${usd} {unit}", table.source, table.checked, why))
    return tuple(out)


RULES: tuple[Rule, ...] = _PERMISSIONS + _price_rules()
