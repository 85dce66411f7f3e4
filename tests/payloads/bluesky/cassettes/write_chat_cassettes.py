"""Write the Bluesky chat cassettes (request and response bodies) from docs.bsky.app.

The local AT Protocol network runs no chat service (its PDS answers chat.bsky calls with
500), so these interactions are written from the lexicons documented on docs.bsky.app
(chat.bsky.convo.getConvoAvailability, chat.bsky.convo.listConvos; the "bad token scope"
answer of an app password without DM access), checked 2026-11-30, and replayed by vcrpy,
which refuses any request followback sends that is not recorded here. Response bodies are
the JSON files beside this directory. Run from the repository root to rewrite them:
``.venv/bin/python tests/payloads/bluesky/cassettes/write_chat_cassettes.py``.
"""

import json
import pathlib

import yaml

OUT = pathlib.Path(__file__).parent
PAY = OUT.parent
PDS = "https://pds.example/xrpc/"
MESSAGES = {200: "OK", 400: "Bad Request"}


def load(name):
    return json.loads((PAY / f"{name}.json").read_text(encoding="utf-8"))


def call(method, nsid, status, body, query="", sent=None):
    # chat.bsky goes through the PDS's chat proxy: the header names the chat service.
    headers = {"atproto-proxy": ["did:web:api.bsky.chat#bsky_chat"]} if "chat." in nsid else {}
    return {
        "request": {
            "method": method,
            "uri": PDS + nsid + (f"?{query}" if query else ""),
            # httpx sends an empty body with a GET (not None).
            "body": json.dumps(sent, separators=(",", ":")) if sent is not None else "",
            "headers": headers,
        },
        "response": {
            "status": {"code": status, "message": MESSAGES[status]},
            "headers": {"Content-Type": ["application/json; charset=utf-8"]},
            "body": {"string": json.dumps(body, ensure_ascii=False)},
        },
    }


LOGIN = call(
    "POST", "com.atproto.server.createSession", 200, load("create_session"),
    sent={"identifier": "acme.example", "password": "abcd-efgh-ijkl-mnop"},
)  # fmt: skip
QUIET = "did%3Aplc%3Aquietcustomer5fz2xk7ahq3"
SCOPE = load("error_bad_token_scope")

CASSETTES = {
    # A customer with the default chat setting ("following") who does not follow the brand.
    "chat_availability_following": [
        LOGIN,
        call(
            "GET",
            "app.bsky.actor.getProfile",
            200,
            load("profile_chat_following"),
            "actor=quiet.customer.example",
        ),
        call(
            "GET",
            "chat.bsky.convo.getConvoAvailability",
            200,
            load("chat_convo_availability_no"),
            f"members={QUIET}",
        ),
    ],
    # connect's DM-access check: one chat read, allowed, then refused for its scope.
    "dm_access_yes": [
        LOGIN,
        call("GET", "chat.bsky.convo.listConvos", 200, load("chat_list_convos"), "limit=1"),
    ],
    "dm_access_no": [LOGIN, call("GET", "chat.bsky.convo.listConvos", 400, SCOPE, "limit=1")],
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
