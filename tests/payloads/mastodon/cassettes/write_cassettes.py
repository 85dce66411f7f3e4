"""Write the Mastodon cassettes (request and response bodies) from docs.joinmastodon.org.

snac2, the local server, has no notification policy, no notification requests and no
instance v2, so these interactions are written from the documented requests and entities
(docs.joinmastodon.org: Instance, NotificationPolicy, NotificationRequest, Relationship;
checked 2026-11-30) and replayed by vcrpy, which refuses any request followback sends that
is not recorded here. The response bodies are the JSON files beside this directory. Run
from the repository root to rewrite them:
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

CASSETTES = {
    # GET /api/v2/instance (4.0+) and GET /api/v2/notifications/policy (4.3+).
    "server_facts": [
        call("GET", "/api/v2/instance/", 200, load("instance_v2")),
        call("GET", "/api/v2/notifications/policy", 200, load("notification_policy")),
    ],
    # One inbox poll: mentions and DMs (nothing new), then the held-back requests: the
    # request's notifications by account_id, then POST .../accept.
    "held_back": [
        call("GET", "/api/v1/notifications", 200, [], MENTIONS),
        call("GET", "/api/v1/accounts/verify_credentials", 200, load("account_me")),
        call("GET", "/api/v2/instance/", 200, load("instance_v2")),
        call("GET", "/api/v1/notifications", 200, [], MENTIONS),
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
