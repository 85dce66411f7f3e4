"""Session 20: plain grievances and thanks in six more languages (Kazakh, Bengali, Catalan,
Persian, Hebrew, Urdu), the English cue block's categories translated, written before
held-out set 2026p (which has Kazakh, Bengali and Catalan mentions) was read. None of
these texts is from a held-out set.
"""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier
from followback.inbox.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@azyqkz тапсырысым әлі жеткізілмеді, екі сағат күттім, ешкім жауап бермейді", "kk"),
        ("@azyqkz ақшам алынды бірақ тапсырыс келмеді. Алаяқтар", "kk"),
        ("@dhakabite খাবার এক ঘণ্টা পরেও আসেনি, কেউ ফোন ধরছে না", "bn"),
        ("@dhakabite টাকা কেটে নিয়েছে কিন্তু অর্ডার বাতিল, টাকা ফেরত চাই", "bn"),
        ("@rodalia_nord el tren ha arribat amb 40 minuts de retard, una altra vegada", "ca"),
        ("@rodalia_nord m'han cobrat dues vegades el bitllet i ningú respon", "ca"),
        ("@digishop سفارشم هنوز نرسیده و کسی جواب نمیده", "fa"),
        ("@telaviv_net האינטרנט לא עובד כבר יומיים ואין מענה בשירות", "he"),
        ("@lahorekart میرا آرڈر ابھی تک نہیں آیا اور کوئی جواب نہیں دے رہا", "ur"),
    ],
)
def test_grievances_in_the_new_languages_are_complaints(
    clf: MessageClassifier, text: str, language: str
) -> None:
    assert detect_language(text) == language
    assert clf.classify_one(text).is_complaint


def test_kazakh_mixed_with_russian_reads_russian_grievances(clf: MessageClassifier) -> None:
    # Almaty writes both; the Kazakh list holds Russian's words too.
    text = "@azyqkz сәлем, заказ до сих пор не пришёл, ешқандай хабар жоқ"
    assert clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "Рахмет @azyqkz, курьер өте жылдам жеткізді, ризамын!",
        "ধন্যবাদ @dhakabite, খাবার গরম আর দ্রুত পৌঁছেছে, অসাধারণ সার্ভিস",
        "Gràcies @rodalia_nord, avui el tren puntual i molt net. Perfecte!",
        "ممنون @digishop، خیلی سریع رسید، عالی بود",
        "תודה @telaviv_net, שירות מעולה ומהיר",
        "شکریہ @lahorekart، بہت اچھا تجربہ رہا، زبردست",
    ],
)
def test_thanks_in_the_new_languages_is_not_a_complaint(clf: MessageClassifier, text: str) -> None:
    assert not clf.classify_one(text).is_complaint
