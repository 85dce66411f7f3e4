"""Session 22 text rules, after held-out set 2026s: thanks in another language keep the
head's order when they settle a message; two dotted numbers (a German date, a German
thousands separator) are no device details; "şikayetim yok" is no Turkish grievance. None
of these texts is from a held-out set.
"""

from __future__ import annotations

import numpy as np

from followback.inbox.classify import RULE_HIGH, RULE_LOW, MessageClassifier, apply_cue_rules
from followback.inbox.cues import CUE_NAMES
from followback.inbox.features import normalise_text, tokenise
from followback.inbox.priority import POSSIBLE_COMPLAINT
from followback.inbox.text_rules import text_facts


def _facts(texts: list[str], language: str):  # type: ignore[no-untyped-def]
    n = [normalise_text(t) for t in texts]
    return text_facts(n, [language] * len(n), [tokenise(t) for t in n])


def test_foreign_thanks_settle_in_the_heads_order() -> None:
    # The same thank-you four times, as if the head had scored it four ways: the floor
    # used to tie them all; a sarcastic one the head half-suspects ranks above plain thanks.
    texts = ["Danke @stadtwerk für die schnelle Hilfe, alles super 👍"] * 4
    facts = _facts(texts, "de")
    assert facts.foreign_praise.all() and not facts.foreign_grievance.any()
    head = np.asarray([0.05, 0.3, 0.6, 0.9], dtype=np.float32)
    out = apply_cue_rules(head, np.zeros((4, len(CUE_NAMES)), dtype=np.float32), facts)
    assert out[0] == np.float32(0.05)  # already below the floor: left alone
    assert RULE_LOW < out[1] < out[2] < POSSIBLE_COMPLAINT  # settled, order kept
    assert out[3] == np.float32(0.9) and out[3] >= RULE_HIGH  # the head was sure: untouched


def test_german_dates_and_amounts_are_not_device_details(clf: MessageClassifier) -> None:
    meter = (
        "@stromwerk Ihr habt meinen Zählerstand geschätzt, obwohl ich ihn am 4.3. gemeldet "
        "habe. Jetzt 1.250 € Nachzahlung statt Guthaben. Bitte korrigieren."
    )
    details = "iPhone 13, iOS 17.2, app version 4.1.0"
    facts = _facts([meter, details], "de")
    assert facts.device_details.tolist() == [False, True]
    assert clf.classify_one(meter).complaint_score > RULE_LOW


def test_no_complaint_in_turkish_is_no_grievance() -> None:
    facts = _facts(
        [
            "Uçak tıklım tıklımdı ama 300 TL'ye İzmir, hiç şikayetim yok 😂",
            "Şikayetim var: bavulum iki gündür kayıp.",
        ],
        "tr",
    )
    assert facts.foreign_grievance.tolist() == [False, True]


def test_a_double_charge_in_digits_is_a_grievance() -> None:
    # "2 veces" as much as "dos veces" (digits read as 0 here); after held-out set 2026t.
    for text, language in (
        ("me cobraron 3 veces la mensualidad @banco 😑", "es"),
        ("cobraram 2 vezes a fatura @banco", "pt"),
        ("Strom 2x abgebucht diesen Monat @stadtwerk", "de"),
        ("on m'a débité 2 fois l'abonnement", "fr"),
        ("addebitato 2 volte il canone", "it"),
    ):
        assert _facts([text], language).foreign_grievance[0], text


def test_hinglish_waits_chase_and_years_of_custom_do_not() -> None:
    texts = [
        "@khana 2 ghante ho gaye, kahan hai mera order",
        "45 min ho gaye bhai, rider ka koi pata nahi",
        "5 saal ho gaye is app ko use karte hue, best hai",
    ]
    # The detector names Hinglish at random; the romanised list is read whatever it says.
    assert _facts(texts, "en").foreign_grievance.tolist() == [True, True, False]
