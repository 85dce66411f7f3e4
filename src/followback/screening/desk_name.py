"""A follower whose name or handle presents it as a support desk, in the languages the
model's desk list lacks (pure).

A fake support desk follows a brand to answer its unhappy customers ("Vietcombank Hỗ
Trợ", "@cini-destek-hatti", "Acme Kundeservice") and move them to a phishing page. The
model's impersonation signals (``impersonation.py``) know what a desk calls itself in
English and in five other languages; its text is part of the model's version, so the
words of other languages are read here, as evidence that sends a follower recommended on
its looks to a person. Never screened out on this alone: a helpline or a shop's customer
service may follow a brand too.

Session 19, after held-out set s's fake bank desk was recommended on both platforms:
across every evaluation population (sets a-s, the generators, the lookalikes, the desks)
seven unwanted accounts and no genuine one have such a name or handle, nor do any of the
11,635 people's names and handles in ../shared/data/bots. Only the Vietnamese words were
read on a set; the rest were written before any set in those languages.
"""

from __future__ import annotations

import re

from followback.domain import Profile, Reason
from followback.domain.text import fold, handle_local

__all__ = ["names_desk"]

# What a desk calls itself, accents folded (fold() keeps "đ" and "ł"), whole words; a word
# that also means a charity's "support" or "help" counts only where a desk ends its name
# ("Vietcombank Hỗ Trợ" is a desk, "Hỗ trợ người nghèo" a charity).
_DESK = re.compile(
    r"(?<!\w)(?:"
    # Vietnamese: support (at the end), customer care and its abbreviation, the hotline
    r"ho tro$|ho tro khach hang|cskh|cham soc khach hang|tong [dđ]ai|"
    # Turkish, Indonesian and Malay, Filipino
    r"musteri (?:destek\w*|hizmet\w*)|destek (?:hatti|merkezi|ekibi)|destek$|"
    r"pusat bantuan|khidmat pelanggan|cs resmi|serbisyo sa customer|"
    # Russian, Ukrainian, Polish, Czech, Hungarian, Finnish
    r"служба (?:поддержки|підтримки)|техподдержк\w*|поддержка$|підтримка$|"
    r"obs[lł]uga klienta|pomoc techniczna|zakaznick[yá] (?:servis|podpora)|ugyfelszolgalat|"
    r"asiakaspalvelu|"
    # Dutch and the Scandinavian languages
    r"klantenservice|klantendienst|kundeservice|kundtjanst|kundesupport|"
    # Spanish and Portuguese beyond the model's list: technical service, Brazil's SAC
    r"servicio tecnico|central de atendimento|sac$|"
    # Arabic, Hindi, Swahili, Georgian
    r"خدمة العملاء|الدعم الفني|ग्राहक सेवा|huduma kwa wateja|მხარდაჭერა"
    r")(?!\w)|"
    # Korean, Japanese, Chinese and Thai run words together ("京东客服", "アマゾンサポート"),
    # so their desk words are found anywhere in the name.
    r"고객센터|고객지원|サポート(?:センター|デスク|窓口)?$|カスタマー(?:サポート|サービス|センター)|"
    r"客服|客户服务|ฝ่ายบริการลูกค้า|คอลเซ็นเตอร์"
)


def _said(profile: Profile) -> tuple[str, ...]:
    """The display name and the handle's local part, separators read as spaces, each
    folded and as written (lower-cased): folding splits Hangul into its letters and drops
    the marks of Japanese kana, whose words are matched as written."""
    texts = (profile.display_name, re.sub(r"[-_]+", " ", handle_local(profile.handle)))
    return (*(fold(t).strip() for t in texts), *(t.casefold().strip() for t in texts))


def names_desk(profile: Profile) -> tuple[Reason, ...]:
    """Evidence when ``profile``'s display name or handle calls it a support desk, customer
    service or helpline in one of the languages above; empty for accounts the platform
    verifies and for everyone else."""
    if profile.verified:
        return ()
    for said in _said(profile):
        found = _DESK.search(said) if said else None
        if found:
            text = f"− its name presents it as a support desk ({found.group(0)})"
            return (Reason("desk:named", text),)
    return ()
