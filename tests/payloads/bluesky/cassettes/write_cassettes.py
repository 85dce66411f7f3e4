"""Write the Bluesky chat cassettes from docs.bsky.app's reference (checked 2026-11-30).

The local AT Protocol network serves no chat.bsky (the chat service is Bluesky's own), so
the DM read-back is tested on the documented requests and answers, replayed by vcrpy:
com.atproto.server.createSession, chat.bsky.convo.getConvoForMembers and
chat.bsky.convo.getMessages (https://docs.bsky.app/docs/api/chat-bsky-convo-get-messages).
Run from the repository root:
``.venv/bin/python tests/payloads/bluesky/cassettes/write_cassettes.py``.
"""

import json
import pathlib
from urllib.parse import urlencode

import yaml

OUT = pathlib.Path(__file__).parent
PAY = OUT.parent
PDS = "https://pds.example"
BRAND = "did:plc:brand3x3nq4b6lx5lrdrqjnb"
ZOE = "did:plc:zoe7ftgbsz4sshrfbnt2mxqx"
DM = "Thanks for writing: which order number is it?"


def xrpc(method, name, query=None, payload=None):
    return {
        "request": {
            "method": method,
            "uri": f"{PDS}/xrpc/{name}" + (("?" + urlencode(query)) if query else ""),
            "body": None,
            "headers": {},
        },
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"Content-Type": ["application/json; charset=utf-8"]},
            "body": {"string": json.dumps(payload)},
        },
    }


def message(mid, sender, text, at):
    return {
        "$type": "chat.bsky.convo.defs#messageView",
        "id": mid,
        "rev": f"rev{mid}",
        "text": text,
        "sender": {"did": sender},
        "sentAt": at,
    }


def read_back(messages):
    return [
        xrpc(
            "POST",
            "com.atproto.server.createSession",
            None,
            json.loads((PAY / "create_session.json").read_text()),
        ),
        xrpc(
            "GET",
            "chat.bsky.convo.getConvoForMembers",
            {"members": ZOE},
            json.loads((PAY / "chat_convo_for_members.json").read_text()),
        ),
        xrpc(
            "GET",
            "chat.bsky.convo.getMessages",
            {"convoId": "3convo1", "limit": 100},
            {"messages": messages},
        ),
    ]


def write(name, interactions):
    (OUT / f"{name}.yaml").write_text(
        yaml.safe_dump(
            {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True
        )
    )


ASKED = message("3msg1", ZOE, "Where is my order?", "2026-11-30T04:50:00.000Z")
write(
    "read_back_dm_landed",
    read_back([message("3msg2", BRAND, DM, "2026-11-30T04:55:00.000Z"), ASKED]),
)
SEND = [
    read_back([])[1],  # the conversation is looked up again before sending
    xrpc(
        "POST",
        "chat.bsky.convo.sendMessage",
        None,
        json.loads((PAY / "chat_send_message.json").read_text()),
    ),
]
write("read_back_dm_missing", read_back([ASKED]) + SEND)
print(sorted(p.name for p in OUT.iterdir()))
