"""Write the Mastodon cassettes (request and response bodies) from docs.joinmastodon.org.

snac2, the local server, has no notification policy, no notification requests, no
grouped notifications and no instance v2, so these interactions are written from the
documented requests and entities (docs.joinmastodon.org: Instance, NotificationPolicy,
NotificationRequest, Relationship, grouped notifications; checked 2026-11-30) and replayed
by vcrpy, which refuses any request followback sends that is not recorded here. The
response bodies are the JSON files beside this directory. Run from the repository root
to rewrite them:
``.venv/bin/python tests/payloads/mastodon/cassettes/write_cassettes.py``.
"""

import json
import pathlib

import yaml

OUT = pathlib.Path(__file__).parent
PAY = OUT.parent
HOST = "https://social.example"
NEWCOMER = "109000000000000077"
REQUEST = "112456967201894256"
MESSAGES = {200: "OK", 404: "Not Found"}


def load(name):
    return json.loads((PAY / f"{name}.json").read_text(encoding="utf-8"))


def call(method, path, status, body, query=""):
    return {
        "request": {
            "method": method,
            "uri": HOST + path + (f"?{query}" if query else ""),
            "body": None,
            "headers": {},
        },
        "response": {
            "status": {"code": status, "message": MESSAGES[status]},
            "headers": {"Content-Type": ["application/json; charset=utf-8"]},
            "body": {"string": json.dumps(body, ensure_ascii=False)},
        },
    }


MENTIONS = "limit=80&types%5B%5D=mention"
# GET /api/v2/notifications as the connector asks it (Mastodon 4.3+): only favourites and
# reblogs may be grouped, so each follow and mention is its own group.
GROUPED = (
    "limit=80&expand_accounts=partial_avatars"
    "&grouped_types%5B%5D=favourite&grouped_types%5B%5D=reblog"
)


def grouped(kind, cursor=None):
    query = f"{GROUPED}&types%5B%5D={kind}"
    return f"min_id={cursor}&{query}" if cursor else query


def grouped_page(kind):
    """notifications_grouped.json as the server answers ``types[]=kind``: that kind's
    groups, and the accounts and statuses they name."""
    page = load("notifications_grouped")
    groups = [g for g in page["notification_groups"] if g["type"] == kind]
    names = {i for g in groups for i in g["sample_account_ids"]}
    statuses = {g.get("status_id") for g in groups}
    return {
        "accounts": [a for a in page["accounts"] if a["id"] in names],
        "partial_accounts": [],
        "statuses": [s for s in page["statuses"] if s["id"] in statuses],
        "notification_groups": groups,
    }


EMPTY_PAGE = {"accounts": [], "statuses": [], "notification_groups": []}

CASSETTES = {
    # GET /api/v2/instance (4.0+) and GET /api/v2/notifications/policy (4.3+).
    "server_facts": [
        call("GET", "/api/v2/instance/", 200, load("instance_v2")),
        call("GET", "/api/v2/notifications/policy", 200, load("notification_policy")),
    ],
    # One inbox poll: mentions and DMs (nothing new), then the held-back requests: the
    # request's notifications by account_id, then POST .../accept.
    "held_back": [
        call("GET", "/api/v2/instance/", 200, load("instance_v2")),
        call("GET", "/api/v2/notifications", 200, EMPTY_PAGE, grouped("mention")),
        call("GET", "/api/v1/accounts/verify_credentials", 200, load("account_me")),
        call("GET", "/api/v2/notifications", 200, EMPTY_PAGE, grouped("mention")),
        call(
            "GET", "/api/v1/notifications/requests", 200, load("notification_requests"), "limit=40"
        ),
        call(
            "GET",
            "/api/v1/notifications",
            200,
            load("notifications_held_back"),
            f"account_id={NEWCOMER}&limit=40&types%5B%5D=mention",
        ),
        call("POST", f"/api/v1/notifications/requests/{REQUEST}/accept", 200, {}),
    ],
    # A 4.3 server: new followers, then mentions, each one v2 page (grouped favourites
    # are not asked for, so not sent).
    "grouped_notifications": [
        call("GET", "/api/v2/instance/", 200, load("instance_v2")),
        call("GET", "/api/v2/notifications", 200, grouped_page("follow"), grouped("follow", "900")),
        call("GET", "/api/v1/accounts/verify_credentials", 200, load("account_me")),
        call(
            "GET", "/api/v2/notifications", 200, grouped_page("mention"), grouped("mention", "910")
        ),
    ],
    # A server whose instance entity does not say (no version) and that has no v2: one 404,
    # then v1 for follows and, without asking v2 again, for mentions.
    "notifications_v1_fallback": [
        call("GET", "/api/v2/instance/", 200, {**load("instance_v2"), "version": ""}),
        call("GET", "/api/v2/notifications", 404, {"error": "Not Found"}, grouped("follow", "900")),
        call(
            "GET",
            "/api/v1/notifications",
            200,
            load("notifications_follow"),
            "min_id=900&limit=80&types%5B%5D=follow",
        ),
        call("GET", "/api/v1/accounts/verify_credentials", 200, load("account_me")),
        call(
            "GET",
            "/api/v1/notifications",
            200,
            load("notifications_mention"),
            "min_id=910&limit=80&types%5B%5D=mention",
        ),
    ],
    # A locked brand's queue: list, then authorize twice (the second finds no request).
    "follow_requests": [
        call("GET", "/api/v1/follow_requests", 200, load("follow_requests"), "limit=40"),
        call(
            "POST",
            f"/api/v1/follow_requests/{NEWCOMER}/authorize",
            200,
            {**load("relationship_following"), "id": NEWCOMER, "followed_by": True},
        ),
        call(
            "POST",
            f"/api/v1/follow_requests/{NEWCOMER}/authorize",
            404,
            {"error": "Record not found"},
        ),
    ],
}


def main():
    for name, interactions in CASSETTES.items():
        (OUT / f"{name}.yaml").write_text(
            yaml.safe_dump(
                {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
