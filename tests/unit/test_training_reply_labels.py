"""The weak complaint labels read from a brand's reply (training/inbox_data.py).

They decide which TWCS customer tweets the complaint head learns as complaints, so a reply
that only thanks must never turn its tweet into one, and a follow-up of device details must
not become a complaint because the brand went on troubleshooting.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

import inbox_data
from inbox_data import reply_complaint_label, twcs_reply_complaints


@pytest.mark.parametrize(
    "reply",
    [
        "@115712 We're so sorry to hear that. Please DM us your order number.",
        "@115807 Apologies for all of the issues. I would be happy to review. ^Rachel",
        "@117217 oh no! that's not the experience we want for you.",
        "@115820 I'm sorry we've let you down! Will you describe the issue?",
    ],
)
def test_an_apology_marks_a_complaint_opening_or_follow_up(reply: str) -> None:
    assert reply_complaint_label(reply, follow_up=False) == "1"
    assert reply_complaint_label(reply, follow_up=True) == "1"


@pytest.mark.parametrize(
    "reply",
    [
        "@115781 Hi Jake, any screenshots you can share? Is this happening on all files?",
        "@116002 Can you try restarting the app and let us know?",
        "@117056 can you dm us so we can look into this for you?",
    ],
)
def test_troubleshooting_marks_an_opening_but_not_a_follow_up(reply: str) -> None:
    # "iPhone 7, iOS 11" answered by more troubleshooting is not itself a complaint
    assert reply_complaint_label(reply, follow_up=False) == "1"
    assert reply_complaint_label(reply, follow_up=True) is None


@pytest.mark.parametrize(
    "reply",
    [
        "@115994 glad we could help you out! :D ^DP",
        "@116669 That's great to hear, Stephen. We'll pass your lovely comments on.",
        "@115806 You're welcome, William. Give us a shout if you need anything else.",
        "@115909 Thanks for your kind words. Enjoy the show!",
    ],
)
def test_a_reply_that_only_welcomes_or_thanks_marks_no_complaint(reply: str) -> None:
    assert reply_complaint_label(reply, follow_up=False) == "0"
    assert reply_complaint_label(reply, follow_up=True) == "0"


@pytest.mark.parametrize(
    "reply",
    [
        "@116674 Can you send us a DM when you have a moment? -LT",
        "@115797 Hi Loreen, you may check the date of birth under manage booking.",
        # a service formula, not gladness about the tweet: troubleshooting outranks it
        "@117073 I'd be glad to test the line and look into this if you DM your account.",
    ],
)
def test_a_reply_that_says_nothing_either_way_gives_no_label(reply: str) -> None:
    assert reply_complaint_label(reply, follow_up=True) is None


def test_labels_come_from_the_first_brand_reply_of_each_customer_tweet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        # id, author, inbound, text, replies, in reply to
        ("1", "101", "True", "@Brand my order never came", "2", ""),
        ("2", "Brand", "False", "@101 So sorry! Please DM us.", "3", "1"),
        ("3", "101", "True", "@Brand iPhone 7, iOS 11", "4", "2"),
        ("4", "Brand", "False", "@101 Thanks, can you try reinstalling?", "", "3"),
        ("5", "102", "True", "@Brand love the new store!", "6", ""),
        ("6", "Brand", "False", "@102 Glad you like it!", "", "5"),
        ("7", "103", "True", "@Brand hello?", "", ""),  # never answered: dropped
    ]
    folder = tmp_path / "twcs-samples"
    folder.mkdir()
    with (folder / "twcs_head5000.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["", "tweet_id", "author_id", "inbound", "created_at", "text",
                    "response_tweet_id", "in_response_to_tweet_id"])  # fmt: skip
        for i, (tid, author, inbound, text, replies, parent) in enumerate(rows):
            w.writerow([i, tid, author, inbound, "", text, replies, parent])
    corpus = twcs_reply_complaints(tmp_path)
    assert dict(zip(corpus.texts, corpus.labels, strict=True)) == {
        "@Brand my order never came": "1",
        "@Brand love the new store!": "0",
    }
    assert set(corpus.groups) == {"twcs"}
    monkeypatch.setattr(inbox_data, "airline", lambda d: (inbox_data.Corpus([], [], []), []))
    weak = inbox_data.weak_complaints(tmp_path)
    assert weak.weights == [inbox_data.TWCS_REPLY_WEIGHT] * 2


def test_tweeteval_irony_reads_a_split_and_refuses_misaligned_files(tmp_path: Path) -> None:
    """The irony experiment (training/inbox_irony.py) reads TweetEval's one-tweet-a-line
    files; a label file out of step with its texts must stop the run, not shift the labels."""
    base = tmp_path / "tweeteval" / "irony"
    base.mkdir(parents=True)
    (base / "train_text.txt").write_text("love waiting an hour\nnew shoes today\n", "utf-8")
    (base / "train_labels.txt").write_text("1\n0\n", "utf-8")
    split = inbox_data.tweeteval_irony(tmp_path, "train")
    assert split.texts == ["love waiting an hour", "new shoes today"]
    assert split.labels == ["1", "0"] and set(split.groups) == {"tweeteval-irony"}
    (base / "test_text.txt").write_text("one\ntwo\n", "utf-8")
    (base / "test_labels.txt").write_text("1\n", "utf-8")
    with pytest.raises(SystemExit, match="2 texts, 1 labels"):
        inbox_data.tweeteval_irony(tmp_path, "test")
