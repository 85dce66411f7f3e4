"""Realistic message text for the sandbox: complaints, questions, praise and chatter.

Each generated message keeps its ground-truth category so tests can check the inbox.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np

__all__ = ["MessageCategory", "compose"]


class MessageCategory(StrEnum):
    COMPLAINT = "complaint"
    QUESTION = "question"
    PRAISE = "praise"
    CHATTER = "chatter"


_PRODUCTS = ("order", "package", "subscription", "app", "account", "refund", "delivery", "card")
_DAYS = ("two days", "a week", "three weeks", "since Monday", "10 days", "a month")

_TEMPLATES: dict[MessageCategory, tuple[str, ...]] = {
    MessageCategory.COMPLAINT: (
        "@{brand} my {p} still hasn't arrived after {d}. This is ridiculous.",
        "@{brand} I've been on hold for an hour and nobody answers. Terrible service.",
        "@{brand} you charged me twice for my {p} and support ignores my emails!!",
        "@{brand} the {p} broke after {d}. Really disappointed, I want a refund.",
        "Worst experience ever with @{brand}. {p} cancelled without notice 😡",
        "@{brand} your app keeps crashing when I try to pay. Fix it please, it's been {d}.",
        "@{brand} still waiting on my refund, {d} now. Unacceptable.",
        "@{brand} why was my {p} suspended? No explanation, no reply. Shameful.",
        "@{brand} delivery driver left my {p} in the rain, everything is ruined",
        "@{brand} third time asking: where is my {p}? Nobody cares apparently.",
    ),
    MessageCategory.QUESTION: (
        "@{brand} do you ship to Portugal?",
        "@{brand} what time does the store open on Sundays?",
        "@{brand} how do I change the email on my {p}?",
        "@{brand} is the new {p} available in blue?",
        "@{brand} can I pause my subscription while travelling?",
        "@{brand} any news on when the app update comes out?",
        "Hey @{brand}, is there a student discount?",
    ),
    MessageCategory.PRAISE: (
        "@{brand} thank you! The {p} arrived early and works perfectly 🙌",
        "Shoutout to @{brand} support, sorted my {p} in five minutes. Brilliant.",
        "Loving my new {p} from @{brand} ❤️",
        "@{brand} best customer service I've had all year, thanks Ana!",
        "Just renewed with @{brand}. Never disappointed.",
        "@{brand} great job on the new app design, so much faster",
    ),
    MessageCategory.CHATTER: (
        "Anyone else watching the match tonight? cc @{brand}",
        "@{brand} happy friday everyone",
        "Saw the @{brand} billboard downtown today lol",
        "@{brand} good morning from Lagos ☀️",
        "Coffee and a podcast, perfect sunday. @{brand}",
        "@{brand} what's everyone's weekend plan?",
    ),
}

# Share of each category among messages to a brand.
CATEGORY_SHARES = (0.3, 0.25, 0.2, 0.25)


def compose(rng: np.random.Generator, brand: str) -> tuple[MessageCategory, str]:
    """Draw one message: its ground-truth category and its text."""
    cats = list(MessageCategory)
    cat = cats[int(rng.choice(len(cats), p=CATEGORY_SHARES))]
    templates = _TEMPLATES[cat]
    text = templates[int(rng.integers(len(templates)))].format(
        brand=brand,
        p=_PRODUCTS[int(rng.integers(len(_PRODUCTS)))],
        d=_DAYS[int(rng.integers(len(_DAYS)))],
    )
    return cat, text
