"""Write the X cassettes (request and response bodies) from docs.x.com's reference.

No X server runs here and X has no sandbox, so the recorded interactions are written from
the documented requests and answers (docs.x.com, checked 2026-11-30) and replayed by
vcrpy, which checks every request followback sends against them. Run from the repository
root to rewrite them: ``.venv/bin/python tests/payloads/x/cassettes/write_cassettes.py``.
"""

import json
import pathlib
from urllib.parse import urlencode

import yaml

OUT = pathlib.Path(__file__).parent
PAY = OUT.parent
HOST = "https://api.twitter.com"
ME = "1500000000000000001"
ZOE = "1600000000000000011"
TOMAS = "1600000000000000013"
USER_FIELDS = (
    "created_at,description,location,profile_image_url,protected,public_metrics,"
    "url,verified,verified_type,withheld,most_recent_tweet_id,pinned_tweet_id"
)
JSON_H = {"Content-Type": ["application/json; charset=utf-8"]}


def req(method, path, query=None, body=None):
    uri = HOST + path + (("?" + urlencode(query)) if query else "")
    r = {
        "method": method,
        "uri": uri,
        "body": json.dumps(body) if body is not None else None,
        "headers": {"Content-Type": ["application/json"]} if body is not None else {},
    }
    return r


def resp(status, body, message):
    return {
        "status": {"code": status, "message": message},
        "headers": {"Content-Type": ["application/json; charset=utf-8"]},
        "body": {"string": body if isinstance(body, str) else json.dumps(body)},
    }


def me():
    return {
        "request": req("GET", "/2/users/me", {"user.fields": USER_FIELDS}),
        "response": resp(200, json.loads((PAY / "user_me.json").read_text()), "OK"),
    }


def follow(target, status, body):
    return {
        "request": req("POST", f"/2/users/{ME}/following", body={"target_user_id": target}),
        "response": resp(status, body, {200: "OK", 403: "Forbidden"}[status]),
    }


FORBIDDEN = {
    # Shape: docs.x.com/x-api/fundamentals/response-codes-and-errors (type, title, detail;
    # "client-forbidden: App not enrolled or lacks required access") plus the reason and
    # registration_url X adds to this problem type.
    "title": "Client Forbidden",
    "detail": "App not enrolled or lacks required access",
    "type": "https://api.x.com/2/problems/client-forbidden",
    "reason": "client-not-enrolled",
    "registration_url": "https://developer.x.com/en/portal/product",
    "status": 403,
}


def following_page():
    users = json.loads((PAY / "followers_page1.json").read_text())["data"]
    return {
        "request": req(
            "GET", f"/2/users/{ME}/following", {"max_results": 1000, "user.fields": USER_FIELDS}
        ),
        "response": resp(200, {"data": users, "meta": {"result_count": len(users)}}, "OK"),
    }


def write(name, interactions):
    (OUT / f"{name}.yaml").write_text(
        yaml.safe_dump(
            {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True
        )
    )


write("follow_self_serve", [me(), follow(ZOE, 403, FORBIDDEN), following_page()])
write(
    "follow_enterprise",
    [me(), follow(ZOE, 200, {"data": {"following": True, "pending_follow": False}})],
)
REPLY = "@zoe_a Thanks! It ships on Monday."
write(
    "reply_summoned",
    [
        {
            "request": req(
                "POST",
                "/2/tweets",
                body={"text": REPLY, "reply": {"in_reply_to_tweet_id": "1795000000000000101"}},
            ),
            "response": resp(
                201,
                {
                    "data": {
                        "id": "1795000000000000900",
                        "text": REPLY,
                        "edit_history_tweet_ids": ["1795000000000000900"],
                    }
                },
                "Created",
            ),
        }
    ],
)
DM = "Thanks for writing: which order number is it?"
write(
    "dm_after_request",
    [
        {
            "request": req("POST", f"/2/dm_conversations/with/{ZOE}/messages", body={"text": DM}),
            "response": resp(
                201,
                {
                    "data": {
                        "dm_conversation_id": f"{ME}-{ZOE}",
                        "dm_event_id": "1795100000000000300",
                    }
                },
                "Created",
            ),
        }
    ],
)


def sub(event, status, body):
    return {
        "request": req(
            "POST",
            "/2/activity/subscriptions",
            body={"event_type": event, "filter": {"user_id": ME}, "tag": f"followback {event}"},
        ),
        "response": resp(status, body, {200: "OK", 403: "Forbidden"}[status]),
    }


def sub_ok(event, sid):
    return {
        "data": {
            "subscription_id": sid,
            "event_type": event,
            "filter": {"user_id": ME},
            "tag": f"followback {event}",
            "created_at": "2026-11-30T04:00:00.000Z",
            "updated_at": "2026-11-30T04:00:00.000Z",
        }
    }


def envelope(event, uuid, source, target):
    def user(uid, name):
        return {
            "data": {
                "id": uid,
                "username": name,
                "name": name,
                "protected": False,
                "created_at": "2021-06-01T08:30:00.000Z",
                "public_metrics": {
                    "followers_count": 210,
                    "following_count": 180,
                    "tweet_count": 3400,
                    "listed_count": 1,
                },
            }
        }

    return {
        "data": {
            "event_uuid": uuid,
            "filter": {"user_id": ME},
            "event_type": event,
            "tag": f"followback {event}",
            "payload": {"source": user(*source), "target": user(*target)},
        }
    }


STREAM = (
    "\r\n".join(
        json.dumps(e)
        for e in [
            envelope("follow.follow", "-7953119945885597316", (ZOE, "zoe_a"), (ME, "acmecoffee")),
            envelope("follow.follow", "-7953119945885597317", (ME, "acmecoffee"), (ZOE, "zoe_a")),
            envelope(
                "follow.unfollow", "-4233426745281461957", (TOMAS, "tomas"), (ME, "acmecoffee")
            ),
        ]
    )
    + "\r\n"
)
write(
    "activity_follow_events",
    [
        sub("follow.follow", 200, sub_ok("follow.follow", "1976325569252868096")),
        sub("follow.unfollow", 200, sub_ok("follow.unfollow", "1976325569252868097")),
        {"request": req("GET", "/2/activity/stream"), "response": resp(200, STREAM, "OK")},
    ],
)
write("activity_forbidden", [sub("follow.follow", 403, FORBIDDEN)])


def followers_newest_first():
    """A first page of 100 followers, newest first: Zoë (new), then Tomás (known)."""
    users = [
        envelope("follow.follow", "", (uid, name), (ME, ""))["data"]["payload"]["source"]
        for uid, name in ((ZOE, "zoe_a"), (TOMAS, "tomas"))
    ]
    return {
        "request": req(
            "GET", f"/2/users/{ME}/followers", {"max_results": 100, "user.fields": USER_FIELDS}
        ),
        "response": resp(
            200, {"data": [u["data"] for u in users], "meta": {"result_count": 2}}, "OK"
        ),
    }


EMPTY = {"meta": {"result_count": 0}}  # X's answer to a read that found nothing


def screening_reads(uid, name):
    """Screening a new follower: their profile, then their recent posts."""
    user = envelope("follow.follow", "", (uid, name), (ME, ""))["data"]["payload"]["source"]
    posts = {"max_results": 10, "tweet.fields": "created_at,lang,referenced_tweets,entities"}
    return [
        {
            "request": req("GET", f"/2/users/{uid}", {"user.fields": USER_FIELDS}),
            "response": resp(200, user, "OK"),
        },
        {
            "request": req("GET", f"/2/users/{uid}/tweets", posts),
            "response": resp(200, json.loads((PAY / "user_tweets.json").read_text()), "OK"),
        },
    ]


def inbox_reads():
    """The inbox stage's reads: mentions and DM events, both empty this cycle."""
    mentions = {
        "max_results": 100,
        "tweet.fields": "created_at,author_id,conversation_id,in_reply_to_user_id,"
        "referenced_tweets",
        "expansions": "author_id",
        "user.fields": "username,public_metrics",
    }
    dms = {
        "event_types": "MessageCreate",
        "max_results": 100,
        "dm_event.fields": "id,text,created_at,sender_id,dm_conversation_id",
        "expansions": "sender_id",
        "user.fields": "username",
    }
    return [
        {
            "request": req("GET", f"/2/users/{ME}/mentions", mentions),
            "response": resp(200, EMPTY, "OK"),
        },
        {"request": req("GET", "/2/dm_events", dms), "response": resp(200, EMPTY, "OK")},
    ]


# One whole cycle of `followback run` on a plan with the Activity API: the sync reads the
# events (no follower listing) and stores the new follower's profile from the event's user
# object, so screening reads only her recent posts (no billed profile lookup); the inbox
# reads mentions and DMs.
write(
    "cycle_activity_plan",
    [
        sub("follow.follow", 200, sub_ok("follow.follow", "1976325569252868096")),
        sub("follow.unfollow", 200, sub_ok("follow.unfollow", "1976325569252868097")),
        {"request": req("GET", "/2/activity/stream"), "response": resp(200, STREAM, "OK")},
        *screening_reads(ZOE, "zoe_a")[1:],
        *inbox_reads(),
    ],
)


# The plan includes the Activity API (subscribed before) but the stream answers 503: the
# sync lists followers newest first instead.
write(
    "activity_stream_down",
    [
        {
            "request": req("GET", "/2/activity/stream"),
            "response": resp(
                503, json.loads((PAY / "error_503.json").read_text()), "Service Unavailable"
            ),
        },
        followers_newest_first(),
        followers_newest_first(),
    ],
)


# Without the Activity API the cycle lists followers newest first down to the newest one
# it knew (Tomás), then once more from Zoë, who is now the newest.
write(
    "activity_forbidden_newest_first",
    [
        sub("follow.follow", 403, FORBIDDEN),
        followers_newest_first(),
        followers_newest_first(),
        *screening_reads(ZOE, "zoe_a"),
        *screening_reads(TOMAS, "tomas"),
        *inbox_reads(),
    ],
)
write(
    "handoff_relationship",
    [
        {
            "request": req(
                "GET", f"/2/users/{ZOE}", {"user.fields": "connection_status,receives_your_dm"}
            ),
            "response": resp(200, json.loads((PAY / "user_connection.json").read_text()), "OK"),
        }
    ],
)
write("connect_x", [me()])
# Read-back (the outbox reconciles a send whose answer was lost before sending it again):
# GET /2/users/:id/tweets (docs.x.com/x-api/posts/user-posts-timeline-by-user-id) and
# GET /2/dm_conversations/with/:participant_id/dm_events
# (docs.x.com/x-api/direct-messages/get-dm-events-for-a-dm-conversation), checked 2026-11-30.
MENTION = "1795000000000000101"


def own_posts(*posts):
    data = [
        {
            "id": pid,
            "text": text,
            "edit_history_tweet_ids": [pid],
            **({"referenced_tweets": [{"type": "replied_to", "id": parent}]} if parent else {}),
        }
        for pid, text, parent in posts
    ]
    meta = {"result_count": len(data)}
    if data:
        meta |= {"newest_id": data[0]["id"], "oldest_id": data[-1]["id"]}
    return {
        "request": req(
            "GET", f"/2/users/{ME}/tweets", {"max_results": 20, "tweet.fields": "referenced_tweets"}
        ),
        "response": resp(200, {"data": data, "meta": meta} if data else {"meta": meta}, "OK"),
    }


def reply_post(text, pid):
    return {
        "request": req(
            "POST", "/2/tweets", body={"text": text, "reply": {"in_reply_to_tweet_id": MENTION}}
        ),
        "response": resp(
            201, {"data": {"id": pid, "text": text, "edit_history_tweet_ids": [pid]}}, "Created"
        ),
    }


write(
    "read_back_reply_landed",
    [
        own_posts(
            ("1795000000000000900", REPLY, MENTION), ("1794000000000000001", "Good morning!", None)
        )
    ],
)
write(
    "read_back_reply_missing",
    [
        own_posts(("1794000000000000001", "Good morning!", None)),
        reply_post(REPLY, "1795000000000000901"),
    ],
)
write(
    "read_back_dm_landed",
    [
        {
            "request": req(
                "GET",
                f"/2/dm_conversations/with/{ZOE}/dm_events",
                {"max_results": 20, "dm_event.fields": "id,text,sender_id"},
            ),
            "response": resp(
                200,
                {
                    "data": [
                        {
                            "id": "1795100000000000300",
                            "event_type": "MessageCreate",
                            "text": DM,
                            "sender_id": ME,
                        },
                        {
                            "id": "1795100000000000200",
                            "event_type": "MessageCreate",
                            "text": "Where is my order?",
                            "sender_id": ZOE,
                        },
                    ],
                    "meta": {"result_count": 2},
                },
                "OK",
            ),
        }
    ],
)

print(sorted(p.name for p in OUT.iterdir()))


# -- Webhook delivery of the follow events (docs.x.com/x-api/webhooks/quickstart,
# /x-api/activity/quickstart; OpenAPI 2.167 for the subscription answers). The management
# calls carry the app-only bearer token (not recorded: vcrpy matches method, URL and body).
HOOK_URL = "https://followback.example.com/hooks/x/1"
WEBHOOK_ID = "1976325569252868200"
SUB_FOLLOW, SUB_UNFOLLOW = "1976325569252868096", "1976325569252868097"


def webhooks_listed(*hooks):
    return {
        "request": req("GET", "/2/webhooks"),
        "response": resp(200, {"data": list(hooks), "meta": {"result_count": len(hooks)}}, "OK"),
    }


def hook(valid):
    return {"created_at": "2026-11-30T08:00:00.000Z", "id": WEBHOOK_ID, "url": HOOK_URL,
            "valid": valid}  # fmt: skip


def subscription(event, sid, webhook_id=None):
    out = {
        "subscription_id": sid,
        "event_type": event,
        "filter": {"user_id": ME},
        "tag": f"followback {event}",
        "created_at": "2026-11-30T04:00:00.000Z",
        "updated_at": "2026-11-30T08:00:00.000Z",
    }
    if webhook_id:
        out["webhook_id"] = webhook_id
    return out


def subscriptions_listed(*subs):
    return {
        "request": req("GET", "/2/activity/subscriptions"),
        "response": resp(
            200, {"data": list(subs), "meta": {"total_subscriptions": len(subs)}}, "OK"
        ),
    }


def point(event, sid):
    return {
        "request": req("PUT", f"/2/activity/subscriptions/{sid}", body={"webhook_id": WEBHOOK_ID}),
        "response": resp(
            200,
            {
                "data": {
                    "subscription": subscription(event, sid, WEBHOOK_ID),
                    "total_subscriptions": 2,
                }
            },
            "OK",
        ),
    }


def create_sub(event, sid):
    body = {"event_type": event, "filter": {"user_id": ME}, "tag": f"followback {event}",
            "webhook_id": WEBHOOK_ID}  # fmt: skip
    return {
        "request": req("POST", "/2/activity/subscriptions", body=body),
        "response": resp(
            200, {"data": {"subscription": subscription(event, sid, WEBHOOK_ID)}}, "OK"
        ),
    }


# First registration, after syncs had subscribed for the stream: X creates the webhook
# (its CRC passed: "valid": true) and the two subscriptions are pointed at it.
write(
    "webhook_register",
    [
        webhooks_listed(),
        {
            "request": req("POST", "/2/webhooks", body={"url": HOOK_URL}),
            "response": resp(200, {"data": hook(True)}, "OK"),
        },
        subscriptions_listed(
            subscription("follow.follow", SUB_FOLLOW), subscription("follow.unfollow", SUB_UNFOLLOW)
        ),
        point("follow.follow", SUB_FOLLOW),
        point("follow.unfollow", SUB_UNFOLLOW),
    ],
)
# Registered again while X marks the webhook invalid (its CRC failed while serve was down):
# re-validated with PUT, and the missing subscriptions are created with the webhook.
write(
    "webhook_register_again",
    [
        webhooks_listed(hook(False)),
        {
            "request": req("PUT", f"/2/webhooks/{WEBHOOK_ID}"),
            "response": resp(200, {"data": {"valid": True}}, "OK"),
        },
        subscriptions_listed(),
        create_sub("follow.follow", SUB_FOLLOW),
        create_sub("follow.unfollow", SUB_UNFOLLOW),
    ],
)
write("webhook_status", [webhooks_listed(hook(True))])
write(
    "webhook_remove",
    [
        {
            "request": req("DELETE", f"/2/webhooks/{WEBHOOK_ID}"),
            "response": resp(200, {"data": {"deleted": True}}, "OK"),
        }
    ],
)
# With the webhook registered, an incremental sync sends X nothing at all.
write("webhook_no_calls", [])
# Replay after the dashboard was down: the last 24 hours to the minute (the test's clock is
# 2026-11-30 09:00:30 UTC).
write(
    "webhook_replay",
    [
        {
            "request": req(
                "POST",
                "/2/webhooks/replay",
                body={
                    "webhook_id": WEBHOOK_ID,
                    "from_date": "202611290900",
                    "to_date": "202611300900",
                },
            ),
            "response": resp(
                200,
                {"data": {"job_id": "1976325569252868300", "created_at": "2026-11-30T09:00:31Z"}},
                "OK",
            ),
        }
    ],
)
# `followback serve` did not answer X's CRC: X refuses the registration (reason
# CrcValidationFailed, docs.x.com/x-api/webhooks/quickstart, in X's invalid-request problem).
write(
    "webhook_register_crc_failed",
    [
        webhooks_listed(),
        {
            "request": req("POST", "/2/webhooks", body={"url": HOOK_URL}),
            "response": resp(
                400,
                {
                    "title": "Invalid Request",
                    "detail": "CrcValidationFailed",
                    "type": "https://api.x.com/2/problems/invalid-request",
                    "status": 400,
                },
                "Bad Request",
            ),
        },
    ],
)
