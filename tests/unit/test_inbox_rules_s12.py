"""Session 12 text rules: a follow-up on an earlier case, a symptom "again", grievances and
thanks in Czech, Korean, Chinese, Russian, Ukrainian and Arabic, and praise for a fix in
words the cue block lacks.

Each complaint below was missed by the session-11 rules; each non-complaint is a neighbour
the new rules must leave alone. None of these texts is from the held-out inbox sets.
"""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier
from followback.inbox.features import normalise_text, tokenise
from followback.inbox.text_rules import text_facts


def _facts(text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    n = normalise_text(text)
    return text_facts([n], [language], [tokenise(n)])


@pytest.mark.parametrize(
    "text",
    [
        "@acme following up on my email from monday, ticket AC-55102. any update?",
        "hi @acme, case 8812734 - any news?",
        "@acme ref #4471920, when will someone get back to me?",
        "@acme following up on my complaint about the broken bike lock",
        "@acme any update?",
    ],
)
def test_a_follow_up_on_an_earlier_case_chases_an_answer(clf: MessageClassifier, text: str) -> None:
    c = clf.classify_one(text)
    assert c.is_complaint, c
    assert any("chases" in r for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "text",
    [
        "@acme case 5512093 is closed, thanks so much for the quick help!",
        "@acme following up on the new menu: is the vegan option back in stock?",
        "following the @acme case study on heat pumps, any update planned for 2027?",
    ],
)
def test_a_case_number_or_follow_up_that_settles_or_asks_about_the_offer_is_no_chaser(
    clf: MessageClassifier, text: str
) -> None:
    assert not clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@acme buffering. again.",
        "@acme app down again",
        "@acme late yet again",
        "crashed. again",
        "@acme wifi dropped out. again.",
    ],
)
def test_a_symptom_again_is_a_complaint_however_terse(clf: MessageClassifier, text: str) -> None:
    assert _facts(text).wider_grievance[0]
    assert clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    ["@acme back again for the pastries", "working again, thank you @acme", "we're going again!"],
)
def test_again_without_a_symptom_is_no_wider_grievance(text: str) -> None:
    assert not _facts(text).wider_grievance[0]


COMPLAINTS = [
    ("cs", "@acme balík měl přijít v pondělí a pořád nic, nikdo neodpovídá"),
    ("ko", "@acme 주문한 지 2주째인데 아직도 배송이 안 와요. 답변도 없고요"),
    ("zh", "@acme 订单两周了还没到,客服也没人回"),
    ("ru", "@acme заказ до сих пор не пришёл, никто не отвечает"),
    ("uk", "@acme замовлення досі не прийшло, ніхто не відповідає"),
    ("ar", "@acme الطلب لم يصل حتى الآن ولا أحد يرد"),
]
THANKS = [
    ("cs", "@acme díky moc, všechno přišlo rychle, super"),
    ("ko", "@acme 정말 친절하게 도와주셔서 감사합니다!"),
    ("zh", "@acme 谢谢你们,很快就解决了"),
    ("ru", "@acme спасибо, всё быстро решили"),
    ("uk", "@acme дякую, все чудово"),
    ("ar", "@acme شكرا لكم، خدمة ممتازة"),
]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_grievances_in_six_more_languages_are_complaints_and_quoted(
    clf: MessageClassifier, language: str, text: str
) -> None:
    c = clf.classify_one(text)
    assert c.language == language
    assert c.is_complaint, c
    assert any(f"({language})" in r for r in c.reasons), c.reasons


@pytest.mark.parametrize(("language", "text"), THANKS)
def test_thanks_in_six_more_languages_is_praise(
    clf: MessageClassifier, language: str, text: str
) -> None:
    c = clf.classify_one(text)
    assert c.language == language
    assert not c.is_complaint, c
    assert _facts(text, language).foreign_praise[0]


@pytest.mark.parametrize(
    "text",
    [
        "@acme my order was missing a drink, the chat refunded it straight away. "
        "that's how it should be done",
        "@acme your support team never disappoints, sorted my login in minutes",
        "@acme the agent went above and beyond, fixed my router in ten minutes",
    ],
)
def test_a_fix_praised_in_words_the_cue_block_lacks_is_not_a_complaint(
    clf: MessageClassifier, text: str
) -> None:
    assert not clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@acme never disappoints, delayed again",
        "@acme 'fixed' my router, it went above and beyond my patience: still no internet",
    ],
)
def test_that_praise_beside_a_failure_still_complains(clf: MessageClassifier, text: str) -> None:
    assert clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "y'all blaming @acme for the outage when it was the storm. chill, they had it back by "
        "morning",
        "people complaining about @acme's new fee should remember it's 2 euros. relax",
        "idk why everyone is dunking on @acme, the agent who called me was patient and sorted "
        "it all",
        "forgot my umbrella and got soaked, at least the @acme soup is still perfect",
        "forgot my keys, missed the train, ate cereal for dinner. not @acme's fault, this is a "
        "me problem",
    ],
)
def test_someone_elses_grievance_or_a_grievance_about_something_else_is_not_a_complaint(
    clf: MessageClassifier, text: str
) -> None:
    c = clf.classify_one(text)
    assert not c.is_complaint, c


@pytest.mark.parametrize(
    "text",
    [
        "everyone complaining about the @acme outage and my internet has been down since 9am too",
        "y'all blaming @acme for the delay are right, my train was cancelled again",
        "people complaining about @acme are right, worst support ever",
        "idk why everyone is surprised, @acme lost my bag too",
        "at least the @acme app is working now, the website still won't load my booking",
        "at least tell me when my parcel will arrive @acme",
        "@acme not your fault but my order is still missing",
        "the @acme hate is deserved, charged me twice and no refund",
        # sarcasm wins over a consolation: the bad event may be the brand's own
        "2 hours on hold with @acme, at least the hold music is great",
    ],
)
def test_agreeing_with_the_complainers_or_failing_after_the_consolation_still_complains(
    clf: MessageClassifier, text: str
) -> None:
    assert clf.classify_one(text).is_complaint
