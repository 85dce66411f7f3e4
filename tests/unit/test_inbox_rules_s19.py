"""Session 19: plain grievances and thanks in seven more languages (Vietnamese, Thai, Hindi,
Filipino, Swahili, Georgian, Irish), the English cue block's categories translated. None of
these texts is from the held-out inbox sets; the Vietnamese, Georgian and Irish lists were
written after reading held-out set 2026o's misses, the others before any set in them.
"""

from __future__ import annotations

import pytest

from followback.inbox.classify import MessageClassifier


@pytest.mark.parametrize(
    "text",
    [
        "@giaohangviet đơn đặt từ thứ Hai mà vẫn chưa nhận được, gọi không ai nghe máy",
        "@ngansach app bị lỗi từ sáng, bị trừ tiền hai lần mà không hoàn tiền",
        "@thaiexpress สั่งของตั้งแต่อาทิตย์ที่แล้ว ยังไม่ได้รับเลย โทรไปก็ไม่มีใครตอบ",
        "@desikart मेरा ऑर्डर अभी तक नहीं आया और कोई जवाब नहीं दे रहा",
        "@padalaph hindi pa dumarating yung padala ko, walang sumasagot sa hotline niyo",
        "@safirimabasi basi imechelewa saa tatu na hakuna jibu kutoka kwenu",
        "@tbilisibank ბარათი ორჯერ ჩამომეჭრა და არავინ პასუხობს",
        "@eireferry bád curtha ar ceal gan fógra, fós ag fanacht ar aisíoc",
    ],
)
def test_grievances_in_the_new_languages_are_complaints(clf: MessageClassifier, text: str) -> None:
    assert clf.classify_one(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "Cảm ơn @giaohangviet, shipper rất nhiệt tình và chu đáo 👍",
        "ขอบคุณ @thaiexpress ส่งรวดเร็วมาก ประทับใจ",
        "धन्यवाद @desikart, बहुत अच्छा अनुभव रहा",
        "Salamat @padalaph, ang bilis dumating ng padala!",
        "Asante @safirimabasi, safari nzuri sana na kazi nzuri ya dereva",
        "დიდი მადლობა @tbilisibank, საუკეთესო აპლიკაციაა",
        "Go raibh míle maith agaibh @eireferry, turas iontach inniu",
    ],
)
def test_thanks_in_the_new_languages_is_not_a_complaint(clf: MessageClassifier, text: str) -> None:
    assert not clf.classify_one(text).is_complaint
