"""The inbox message classifier: golden messages, batch invariants, robustness, model files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followback.inbox import classify as mod
from followback.inbox.classify import (
    HEADS,
    INTENTS,
    N_FEATURES,
    SENTIMENTS,
    Classification,
    LinearHead,
    MessageClassifier,
    ModelLoadError,
    explain,
    load_default_classifier,
    normalise_text,
)
from followback.inbox.cues import CUE_NAMES, cue_matrix
from followback.inbox.features import (
    Featuriser,
    NgramHasher,
    mark_negation,
    negate,
    tokenise,
)
from followback.inbox.language import detect_language, rule_language
from followback.inbox.priority import POSSIBLE_COMPLAINT, TIERS, possible_complaint, priority
from followback.inbox.text_rules import text_facts

MODELS = Path(mod.__file__).parent / "models"


# --------------------------------------------------------------------------- golden messages

COMPLAINT = "@acme my order arrived broken and nobody answers my emails. worst service ever!"
QUESTION = "@acme what time does the store on main street open on sunday?"
PRAISE = "@acme love the new update, thank you so much! 😍"
CHATTER = "watching the game with friends tonight"


def test_clear_complaint(clf: MessageClassifier) -> None:
    c = clf.classify_one(COMPLAINT)
    assert c.is_complaint and c.complaint_score > 0.7
    assert c.intent == "complaint"
    assert c.sentiment == "negative"
    assert 1 <= c.severity <= 4
    assert c.language == "en"


def test_question_is_not_a_complaint(clf: MessageClassifier) -> None:
    c = clf.classify_one(QUESTION)
    assert not c.is_complaint
    assert c.intent == "question"
    assert c.severity == 1


def test_praise(clf: MessageClassifier) -> None:
    c = clf.classify_one(PRAISE)
    assert not c.is_complaint and c.complaint_score < 0.3
    assert c.sentiment == "positive"
    assert c.intent == "praise"


def test_chatter(clf: MessageClassifier) -> None:
    c = clf.classify_one(CHATTER)
    assert not c.is_complaint
    assert c.intent == "other"


# The acceptance cases of issue 13: praise that mentions a solved problem is praise, a stock
# question is a question, sarcasm about a failure is a complaint.
FIXED = "your support team fixed my issue in 10 minutes. Impressed!"
STOCK = "is the spring collection coming back in stock?"
SARCASM = "great, my flight got cancelled again, thanks"


def test_praise_mentioning_a_fixed_problem_is_praise(clf: MessageClassifier) -> None:
    c = clf.classify_one(FIXED)
    assert not c.is_complaint
    assert c.intent == "praise"
    assert c.sentiment == "positive"


def test_stock_question_is_a_question(clf: MessageClassifier) -> None:
    c = clf.classify_one(STOCK)
    assert not c.is_complaint
    assert c.intent == "question"
    assert c.needs_response


def test_sarcasm_about_a_failure_is_a_complaint(clf: MessageClassifier) -> None:
    c = clf.classify_one(SARCASM)
    assert c.is_complaint and c.intent == "complaint"
    assert any("cancel" in r for r in c.reasons)


def test_complaint_outscores_praise_and_chatter(clf: MessageClassifier) -> None:
    scores = [c.complaint_score for c in clf.classify([COMPLAINT, QUESTION, PRAISE, CHATTER])]
    assert scores[0] == max(scores)
    assert scores[2] < scores[0] and scores[3] < scores[0]


# Support follow-ups inside a conversation: each says the problem persists or when it
# happens, without the words of a first complaint. Written for this test before the models
# that pass it were trained; the previous version left "Done. Same thing, ..." with the chatter.
FOLLOW_UPS = [
    "@brand tried reinstalling like you said, still crashes every time I open a playlist",
    "@brand did that, no difference. songs still skip after 30 seconds",
    "@brand thanks for getting back to me! but the app still logs me out every morning",
    "@brand it only happens when I play downloaded songs, streaming is fine",
    "@brand Done. Same thing, the screen goes black as soon as the video starts",
    "@brand nope, cleared the cache twice and the page still won't load",
]
NOBODY_WAITING = [
    "@brand thanks, that fixed it!",
    "@brand DM sent",
    "@brand love the new update, great job",
]


def test_support_follow_ups_rank_at_least_with_the_questions(clf: MessageClassifier) -> None:
    follow_ups = [priority(c, 0, 0, 0) for c in clf.classify(FOLLOW_UPS)]
    calm = [priority(c, 0, 0, 0) for c in clf.classify(NOBODY_WAITING)]
    assert min(follow_ups) >= 25.0 * TIERS["question"]  # in the question band or above
    assert min(follow_ups) > max(calm)


@pytest.mark.parametrize(
    "text",
    [
        "mi pedido nunca llegó y nadie responde a mis correos",
        "meine Bestellung ist seit zwei Wochen nicht angekommen und niemand antwortet",
        "ma commande n'est jamais arrivée et le service client ne répond pas",
        "a minha encomenda não chegou e ninguém responde",
        "😡😡😡",
    ],
)
def test_plain_grievances_the_heads_cannot_read_are_complaints(
    clf: MessageClassifier, text: str
) -> None:
    c = clf.classify_one(text)
    assert c.is_complaint and c.intent == "complaint", c


@pytest.mark.parametrize(
    "text",
    [
        "obrigado pela ajuda rápida, tudo resolvido!",
        "¿tienen la chaqueta azul en talla M?",
        "😍🔥",
        "my laptop broke but your repair desk replaced the screen the same day. brilliant",
    ],
)
def test_foreign_thanks_questions_happy_emoji_and_recounted_problems_are_not(
    clf: MessageClassifier, text: str
) -> None:
    assert not clf.classify_one(text).is_complaint


def test_only_questions_about_the_offer_are_calmed(clf: MessageClassifier) -> None:
    texts = [
        "is the spring collection coming back in stock?",
        "do you ship to Portugal?",
        "any update on the 20:07 to Liverpool?",
        "did the 50 bus stop running?!?",
        # "hours" is a waiting word of the cue block; it kept this a complaint
        "what are your opening hours on bank holidays?",
    ]
    normalised = [normalise_text(t) for t in texts]
    facts = text_facts(normalised, ["en"] * len(texts))
    rules = mod.cue_rules(clf.scores(texts)["cues"], facts)
    assert rules.plain_question.tolist() == [True, True, False, False, True]


def test_a_failure_after_the_fix_spoils_the_thanks(clf: MessageClassifier) -> None:
    before = "the app crashed but your team fixed it quickly, thanks"
    after = "your team fixed it quickly, thanks, but now the app crashed again"
    normalised = [normalise_text(t) for t in (before, after)]
    facts = text_facts(normalised, ["en", "en"])
    rules = mod.cue_rules(clf.scores([before, after])["cues"], facts)
    assert rules.solved_praise.tolist() == [True, False]
    assert facts.late_failure.tolist() == [False, True]
    assert not clf.classify_one(before).is_complaint
    assert clf.classify_one("support fixed it last week, but it broke again today").is_complaint


@pytest.mark.parametrize(
    "text",
    [
        # a problem put right, in words outside the solved-problem cues
        "the parcel went missing but it turned up the next day, great service",
        "the update crashed my tablet but the new one is flawless, well done",
        # "it works now", with thanks
        "that worked, thank you so much!",
        # thanks or praise in another language
        "geweldig, heel erg bedankt voor de snelle levering",
        "vielen Dank für die schnelle Hilfe, alles perfekt",
    ],
)
def test_problems_put_right_and_foreign_thanks_are_praise(
    clf: MessageClassifier, text: str
) -> None:
    c = clf.classify_one(text)
    assert not c.is_complaint and c.intent == "praise", c
    # English praise is settled at RULE_LOW; thanks in another language just above it, in
    # the head's order, and never as high as a possible complaint.
    top = mod.RULE_LOW if c.language == "en" else POSSIBLE_COMPLAINT
    assert c.complaint_score <= top and c.complaint_score < POSSIBLE_COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        # the fix did not hold, or the money is demanded back
        "the parcel went missing, it turned up but the box was damaged",
        "lost my bag and I want my money back, thanks",
        "that worked for a day but now it crashes again",
        # follow-ups that say the problem persists
        "tried restarting the router like you said, no luck",
        "installed the update, still dropping calls every hour",
        # sarcasm with no failure word the cue block knows
        "love paying extra every month for the same rubbish speeds",
        "amazing how the app logs me out every morning 🙃",
        # plain grievances in languages the heads never saw
        "el pedido llegó roto y la caja estaba abierta",
        "de levering is alweer vertraagd, dit is de derde keer",
    ],
)
def test_unfixed_problems_follow_ups_sarcasm_and_foreign_grievances_are_complaints(
    clf: MessageClassifier, text: str
) -> None:
    c = clf.classify_one(text)
    assert c.is_complaint and c.intent == "complaint", c


def test_device_details_alone_are_not_complaints_but_with_a_symptom_they_are(
    clf: MessageClassifier,
) -> None:
    details = clf.classify_one("Galaxy S21, Android 13, app version 4.2.1, no error messages")
    assert not details.is_complaint and details.intent == "other", details
    assert details.complaint_score <= mod.RULE_LOW
    symptom = clf.classify_one("Galaxy S21, Android 13, and it still crashes on start")
    assert symptom.is_complaint, symptom


def test_a_message_a_rule_calms_is_not_a_possible_complaint(clf: MessageClassifier) -> None:
    # at RULE_LOW 0.25 the possible-complaint band (floor 0.20) lifted calmed praise back
    # into the question band
    assert mod.RULE_LOW < POSSIBLE_COMPLAINT
    c = clf.classify_one("had trouble logging in this morning, all working now. thanks!")
    assert not possible_complaint(c) and priority(c, 0, 0, 0) < 25.0, c


# --------------------------------------------------------------------------- invariants

ODD = [
    "",
    "   \n\t ",
    "\ud800 lone surrogate",
    "zero\u200bwidth\u200djoiner",
    "مرحبا، طلبي لم يصل",
    "🙂🙂🙂🔥",
    "https://example.com/a?b=c",
    "@someone@mastodon.social @x_user",
    "x" * 1_000_000,
    "\x00\x01 control chars",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ",
]


def _valid(c: Classification) -> None:
    assert 0.0 <= c.complaint_score <= 1.0
    assert c.is_complaint == (c.complaint_score >= 0.5)
    assert c.severity in (1, 2, 3, 4)
    if not c.is_complaint:
        assert c.severity == 1
    assert c.sentiment in SENTIMENTS
    assert c.intent in INTENTS
    assert (c.intent == "complaint") == c.is_complaint
    assert isinstance(c.language, str) and c.language
    assert c.model_version


def test_batch_matches_single_and_keeps_order(clf: MessageClassifier) -> None:
    texts = [COMPLAINT, QUESTION, PRAISE, CHATTER, *ODD]
    batch = clf.classify(texts)
    assert len(batch) == len(texts)
    for text, c in zip(texts, batch, strict=True):
        _valid(c)
        assert c == clf.classify_one(text)


def test_empty_batch(clf: MessageClassifier) -> None:
    assert clf.classify([]) == []


def test_non_string_cells_are_treated_as_empty(clf: MessageClassifier) -> None:
    odd: list[object] = [None, float("nan"), 42]
    results = clf.classify(odd)  # type: ignore[arg-type]
    assert results == [clf.classify_one("")] * 3


def test_results_are_frozen(clf: MessageClassifier) -> None:
    c = clf.classify_one(CHATTER)
    with pytest.raises(AttributeError):
        c.severity = 4  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=8))
def test_any_text_gives_valid_results(texts: list[str]) -> None:
    results = load_default_classifier().classify(texts)
    assert len(results) == len(texts)
    for c in results:
        _valid(c)


def test_normalise_text_placeholders_and_bounds() -> None:
    out = normalise_text("@Brand Order #12345 see https://x.co/abc NOW @u@host.social")
    assert out == "@user order #00000 see http now @user"
    assert len(normalise_text("a" * 10_000)) == mod.MAX_CHARS
    assert normalise_text(None) == ""


# --------------------------------------------------------------------------- features


def test_negation_scope_ends_at_punctuation() -> None:
    assert mark_negation("not bad at all. great") == "not neg_bad neg_at neg_all . great"
    assert mark_negation("it doesn't work, sadly") == "it doesn't neg_work , sadly"


def test_cues_fire_on_their_cases() -> None:
    texts = ["thanks for nothing", "you fixed my issue quickly", "not bad", "is it open?"]
    tokens = [tokenise(normalise_text(t)) for t in texts]
    cues = cue_matrix(texts, tokens, [negate(t) for t in tokens])
    col = {name: i for i, name in enumerate(CUE_NAMES)}
    assert cues[0, col["thanks_for_nothing"]] > 0
    assert cues[1, col["solved_by_you"]] > 0 and cues[1, col["quick"]] > 0
    assert cues[2, col["negated_negative"]] > 0
    assert cues[3, col["question_mark"]] > 0 and cues[3, col["question_opener"]] > 0
    assert cues.shape == (4, len(CUE_NAMES)) and cues.min() >= 0 and cues.max() <= 1


def test_cue_phrases_of_several_words_are_found_anywhere() -> None:
    """Only n-grams opening with a phrase's first word are built; all such phrases match."""
    texts = ["ok so 3 / 5 again", "well yeah , right ! !", "it was on hold for ages thank you"]
    tokens = [tokenise(normalise_text(t)) for t in texts]
    cues = cue_matrix(texts, tokens, [negate(t) for t in tokens])
    col = {name: i for i, name in enumerate(CUE_NAMES)}
    assert cues[0, col["praise_word"]] > 0  # "0 / 0"
    assert cues[1, col["love_how"]] > 0 and cues[1, col["multi_exclaim"]] > 0
    assert cues[2, col["waiting"]] > 0 and cues[2, col["gratitude"]] > 0


def test_featuriser_rows_are_normalised_blocks() -> None:
    f = Featuriser().fit(["my order is late", "thanks so much", "is it open?"])
    x = f.transform(["my order is late again", ""])
    assert x.shape == (2, N_FEATURES)
    assert x[1].nnz <= len(CUE_NAMES)  # empty text: no n-grams


_WORDY = st.lists(
    st.sampled_from([*"abcé ß0!?.,'", " ", "😀", "\u00a0", "\t", "xyz", "not "]), max_size=30
).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDY, min_size=1, max_size=6), min_size=1, max_size=4))
def test_ngram_memo_equals_hashing_every_message(batches: list[list[str]]) -> None:
    """The memo'd character block is scikit-learn's ``char_wb`` hashing, batch after batch
    (words seen in earlier batches come from the memo), and so is the word block."""
    memo, reference = NgramHasher(), NgramHasher(remember=False)
    for raw in batches:
        texts = [normalise_text(t) for t in raw]
        assert (memo.chars(texts) != reference.chars(texts)).nnz == 0
        negated = [negate(tokenise(t)) for t in texts]
        assert (memo.words(negated) != reference.words(negated)).nnz == 0


def test_ngram_memo_starts_afresh_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from followback.inbox import features

    monkeypatch.setattr(features, "_MAX_WORDS", 3)
    memo = NgramHasher()
    texts = ["one two three", "four five six seven"]
    for t in texts:
        assert (memo.chars([t]) != NgramHasher(remember=False).chars([t])).nnz == 0
    assert len(memo._word_rows) == 4  # the second batch alone


def test_featuriser_with_and_without_memo_agree() -> None:
    texts = ["@acme my order is late AGAIN!!", "not bad at all 😀", "", "is it open?"] * 3
    fast = Featuriser().fit(texts)
    slow = Featuriser(fast.word_idf, fast.char_idf)
    slow.ngrams = NgramHasher(remember=False)
    diff = fast.transform(texts) - slow.transform(texts)
    assert abs(diff).max() < 1e-6  # float32 sums in another order, nothing more


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("@acme charged twice for one order", "charged twice"),
        ("my flight got cancelled again", "flight got cancelled"),
        ("still no reply after 3 days", "no reply after 3 days"),
        ("my package never arrived", "never arrived"),
    ],
)
def test_explain_quotes_what_went_wrong(text: str, reason: str) -> None:
    assert any(reason in found for found in explain(text))


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("thanks for the help with my order", "en"),
        ("gracias por la ayuda, el pedido llegó muy tarde", "es"),
        ("merci pour votre aide, je ne trouve pas mon colis", "fr"),
        ("danke für die hilfe, aber ich habe das paket nicht", "de"),
        ("obrigado pela ajuda, não recebi meu pedido", "pt"),
        ("tack så mycket", "sv"),
        ("gdzie jest moje zamówienie?", "pl"),
        ("こんにちは、注文が届きません", "ja"),
        ("мой заказ не пришел", "ru"),
        ("", "und"),
        ("12345 !!!", "und"),
        ("🙂🙂", "und"),
        ("@someone https://example.com", "und"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_rule_baseline_is_kept_for_measurement() -> None:
    assert rule_language(normalise_text("gracias por la ayuda")) == "es"
    assert rule_language("") == "und"


# --------------------------------------------------------------------------- model files


def test_shipped_files_are_small_and_portable() -> None:
    manifest = json.loads((MODELS / "manifest.json").read_text("utf-8"))
    assert set(manifest["heads"]) == set(HEADS)
    for name in HEADS:
        path = MODELS / manifest["heads"][name]
        assert path.stat().st_size < 1 << 21, path
        doc = json.loads(path.read_text("utf-8"))
        assert doc["format"] == mod.MODEL_FORMAT and doc["n_features"] == N_FEATURES
    card = (MODELS / "MODEL_CARD.md").read_text("utf-8")
    assert "plain baseline" in card and "macro-recall" in card and "calibration" in card.lower()


def _head(name: str, classes: tuple[str, ...], k: int) -> LinearHead:
    rng = np.random.default_rng(0)
    weights = rng.normal(size=(N_FEATURES, k)).astype(np.float32)
    return LinearHead(name, classes, weights, np.zeros(k, dtype=np.float32))


def test_head_json_round_trip_is_close() -> None:
    head = _head("sentiment", SENTIMENTS, 3)
    back = LinearHead.from_json(json.loads(json.dumps(head.to_json())))
    assert back.classes == SENTIMENTS and not back.binary
    step = np.abs(head.weights).max(axis=0) / 127
    assert np.all(np.abs(back.weights - head.weights) <= step / 2 + 1e-6)


def test_wrong_format_or_size_is_refused() -> None:
    doc = _head("complaint", ("1",), 1).to_json()
    with pytest.raises(ModelLoadError):
        LinearHead.from_json({**doc, "n_features": 1024})
    with pytest.raises(ModelLoadError):
        LinearHead.from_json({**doc, "format": "pickle"})
    with pytest.raises(ModelLoadError):
        LinearHead.from_json({k: v for k, v in doc.items() if k != "scales"})
    with pytest.raises(ModelLoadError):
        LinearHead.from_json({**doc, "weights_int8_zlib": ["bm90IHpsaWI="]})


def test_missing_directory_and_wrong_heads_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError):
        MessageClassifier.from_directory(tmp_path)
    heads = {name: _head(name, classes, len(classes)) for name, classes in HEADS.items()}
    MessageClassifier(Featuriser(), heads, "v")  # the complete set loads
    with pytest.raises(ModelLoadError, match="missing"):
        MessageClassifier(Featuriser(), {k: v for k, v in heads.items() if k != "intent"}, "v")
    with pytest.raises(ModelLoadError, match="classes"):
        MessageClassifier(Featuriser(), {**heads, "severity": heads["sentiment"]}, "v")


def test_importing_the_pipelines_does_not_load_scikit_learn() -> None:
    """scikit-learn (about 100 MiB) loads when text is first featurised, not when a follower
    sync or the web app imports the inbox modules for their types."""
    import subprocess
    import sys

    code = "import sys, followback.services.sync, followback.web; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
