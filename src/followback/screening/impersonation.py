"""Fake support desks: followers that pose as a brand's (or any company's) help desk (pure).

A scam shape that a complete, person-like profile hides well: "Acme Support Team", "24/7
help desk, DM us your order number", @acme_helpdesk. Such an account follows a brand to be
found by the brand's unhappy customers, then asks them for an order number, a login or a
wallet's recovery phrase. Nothing in its counts or its look gives it away, so the model
reads what it *says it is*:

- ``support_desk``: the display name or the handle presents the account as a support desk,
  help desk, customer care or service team, refund or recovery service (in a few
  languages). The bio alone never counts: a person writes "support engineer at X", "I do
  customer care for a living" or "supporting local artists" about themselves, and none of
  that presents the *account* as a desk.
- ``support_bait``: a desk that invites messages in a company's voice ("DM us", "send us
  your order number", "we are here 24/7") or asks about wallets, seed or recovery phrases,
  hacked accounts or refunds; or such an invitation beside wallet or recovery words even
  without a desk name ("DM us to validate your wallet").
- ``brand_official``: not a desk, but the brand's name in the display name or handle with a
  claim to be its real or official account ("Acme ✔ Official", "The REAL Acme").
- ``support_brand``: a desk whose name or handle carries the brand's own name or handle (the
  brand's identity is an input: :class:`BrandIdentity`, built by the engine from the
  stored brand account). The brand's own accounts (same handle or remote id) and accounts
  the platform verifies never count.

Vectorised polars expressions on the profile frame (see ``frame.py``); the weights are fixed
terms of the model file (see the model card).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

__all__ = [
    "IMPERSONATION_SIGNALS",
    "BrandIdentity",
    "brand_tokens",
    "impersonation_exprs",
]

IMPERSONATION_SIGNALS: tuple[str, ...] = (
    "support_desk",
    "support_bait",
    "support_brand",
    "brand_official",
)


@dataclass(frozen=True, slots=True)
class BrandIdentity:
    """Who the brand is on the platform: its handles, display names and remote ids."""

    handles: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    remote_ids: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, handles: Iterable[str], names: Iterable[str], remote_ids: Iterable[str]
    ) -> BrandIdentity:
        """An identity from any iterables, empty entries dropped."""

        def keep(xs: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(x.strip() for x in xs if x and x.strip()))

        return cls(keep(handles), keep(names), keep(remote_ids))


# Words too common in brand names to say "this is that brand" on their own.
_GENERIC = frozenset(
    [
        "official",
        "team",
        "support",
        "help",
        "store",
        "shop",
        "company",
        "group",
        "global",
        "online",
        "news",
        "social",
        "media",
        "app",
        "apps",
        "inc",
        "corp",
        "llc",
        "ltd",
        "gmbh",
        "the",
        "and",
        "club",
        "studio",
        "labs",
        "service",
        "services",
        "care",
        "customer",
        "desk",
        "center",
        "centre",
        "world",
        "international",
    ]
)
_MIN_TOKEN = 4


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def brand_tokens(brand: BrandIdentity) -> tuple[str, ...]:
    """Lower-case letter-and-digit strings that name the brand: its whole display name
    without spaces ("acmeshop"), each distinctive word of it of four letters or more
    ("acme"), and the letter runs of its handle's own part ("acmeshop" of
    ``acme_shop99.bsky.social``). Generic words ("official", "store") are left out."""
    out: list[str] = []
    for name in brand.names:
        out.append(_alnum(name))
        out += [_alnum(w) for w in re.split(r"[^\w]+", name)]
    for handle in brand.handles:
        local = re.split(r"[.@]", handle.lstrip("@"), maxsplit=1)[0].lower()
        out.append(_alnum(local))
        out += re.findall(r"[^\W\d_]+", local)
    return tuple(dict.fromkeys(t for t in out if len(t) >= _MIN_TOKEN and t not in _GENERIC))


# What a desk calls itself, on the display name and the handle (separators read as spaces).
_DESK = (
    r"help ?desk|help ?cent(?:er|re)|help ?line|service ?desk|care ?team|"
    r"support ?(?:team|desk|cent(?:er|re)|line|service|staff|agents?|unit|dept|department|"
    r"office|hub|24 ?/? ?7)|"
    r"(?:customer|client|member|user|wallet|account|tech(?:nical)?) ?(?:care|service|"
    r"support|success|help|relations)|"
    r"(?:refunds?|recovery|claims?|disputes?|billing|wallet) ?(?:team|desk|service|center|"
    r"centre|agents?|department|dept|help|support|office)|"
    r"(?:fund|account|wallet|asset|crypto) recovery|"
    # The same in a few other languages.
    r"soporte|atenci[oó]n al cliente|servicio al cliente|suporte|atendimento|"
    r"service client(?:s|ele)?|kundenservice|kundendienst|assistenza clienti|"
    r"servizio clienti|layanan pelanggan"
)
# A name or handle that ends in "support" / "helpdesk" ("Acme Support", @acme_support).
_DESK_END = r"(?:support|helpdesk|help desk)(?: ?24 ?/? ?7)?$"
# Weaker desk words, counted only beside the brand's own name ("Acme Help", "Acme Care").
_DESK_WEAK = r"help|care|assist(?:ance)?|service|services|agent|refunds?|claims?|hotline"
# A company's voice inviting messages about an account or order.
_INVITE = (
    r"dm us|message us|(?:send|drop) us (?:an? )?(?:dm|message|line|note|your)|contact us|"
    r"reach (?:out to )?us|write to us|chat with us|text us|"
    r"we(?:'re| are) (?:here|available|online) (?:to help|24 ?/? ?7|for you|around the clock)|"
    r"here to help|24 ?/ ?7|24 ?hours|open a ticket|(?:order|ticket|case) (?:number|id|#)|"
    r"account (?:details|number|issues?)|(?:login|payment|refund) (?:issues?|problems?|request)|"
    r"escr[ií]benos|m[aá]ndanos|cont[aá]ctanos|fale conosco|"
    r"[ée]crivez-nous|contactez-nous|schreib(?:en sie)? uns|kontaktiere uns|scrivici|"
    r"contattaci|hubungi kami"
)
# Wallet, seed and recovery words: what a recovery scam asks for.
_WALLET = (
    r"(?:seed|recovery|secret|wallet|pass) ?(?:phrases?|words|keys?)|private keys?|mnemonic|"
    r"1[28][- ]words?|24[- ]words?|(?:validate|sync|connect|verify|restore) (?:your )?wallets?|"
    r"wallet (?:recovery|support|validation|issues?)|"
    r"recover (?:your )?(?:account|funds|wallet|crypto|assets|password|money)|"
    r"(?:hacked|locked|compromised|disabled) (?:account|wallet)s?|lost (?:funds|crypto|access)|"
    r"get your (?:money|funds) back|card (?:details|number)|cvv|login details|"
    r"(?:one-time|verification) code|frase semilla|frase de recupera[cç][aã]o|"
    r"phrase de r[ée]cup[ée]ration"
)
# A claim to be the real or official account (check marks typed into a name included).
_OFFICIAL = r"(?-u:\b)(?:official|officiel|oficial|offiziell|real|verified)(?-u:\b)|[✔✓✅☑]"
_NOT_OFFICIAL = r"(?-u:\b)(?:not|un|non)[- ]?official|(?-u:\b)fan(?:s| club| account|page)?(?-u:\b)"
# A job title, not a desk: "support engineer", "customer success manager at Acme".
_JOB = (
    r"(?:support|care|service|success|help ?desk|helpdesk)(?: team)? ?(?:engineer|manager|lead|"
    r"specialist|rep|representative|advocate|analyst|director|worker|professional|consultant|"
    r"technician|coordinator|at|for|with|@)|(?:i|i'm|former|ex|retired) "
)


def _whole(alternatives: str) -> str:
    return rf"(?-u:\b)(?:{alternatives})(?-u:\b)"


def impersonation_exprs(df: pl.DataFrame, brand: BrandIdentity | None) -> list[pl.Expr]:
    """:data:`IMPERSONATION_SIGNALS` as float columns (0 or 1; 0 where the frame lacks a
    name, bio or handle)."""
    name = _col(df, "display_name").str.to_lowercase()
    bio = _col(df, "bio").str.to_lowercase()
    local = _col(df, "handle").str.extract(r"^@?([^@.]*)", 1).fill_null("").str.to_lowercase()
    spaced = local.str.replace_all(r"[-_]+", " ")
    said = pl.concat_str([name, spaced, bio], separator=" \n ")
    job = name.str.contains(_whole(_JOB))
    # "Dave | tech support", "Jo Smith - customer service": a person adds a job after a
    # separator; a desk names itself first ("Customer Care | Acme", "Acme Support").
    head = name.str.replace(r"(?:[|·•,/(–—]| - ).*$", "").str.strip_chars()
    desk = (
        (~job & (head.str.contains(_whole(_DESK)) | head.str.contains(_whole(_DESK_END))))
        | spaced.str.contains(_whole(_DESK))
        | spaced.str.strip_chars().str.contains(_DESK_END)
    )
    invite = name.str.contains(_whole(_INVITE)) | bio.str.contains(_whole(_INVITE))
    wallet = said.str.contains(_whole(_WALLET))
    tokens = brand_tokens(brand) if brand else ()
    self_or_vouched = _is_brand(df, brand) | _opt_bool(df, "verified")
    if tokens:
        joined = pl.concat_str([name, local]).str.replace_all(r"[^\p{L}\p{N}]+", "")
        named = joined.str.contains_any(list(tokens))
        weak = (~job & name.str.contains(_whole(_DESK_WEAK))) | spaced.str.contains(
            _whole(_DESK_WEAK)
        )
        posing = named & (desk | weak)
        # "Acme ✔ Official", "The REAL Acme": the brand's name with a claim to be its
        # account ("Acme fan, not official" is a fan).
        official = named & name.str.contains(_OFFICIAL) & ~name.str.contains(_NOT_OFFICIAL)
    else:
        posing = official = pl.lit(False)
    bait = ((desk | posing) & (invite | wallet)) | (invite & wallet)
    keep = ~self_or_vouched
    return [
        ((desk | posing) & keep).fill_null(False).cast(pl.Float32).alias("support_desk"),
        (bait & keep).fill_null(False).cast(pl.Float32).alias("support_bait"),
        (posing & keep).fill_null(False).cast(pl.Float32).alias("support_brand"),
        (official & ~posing & keep).fill_null(False).cast(pl.Float32).alias("brand_official"),
    ]


def _col(df: pl.DataFrame, name: str) -> pl.Expr:
    return (pl.col(name) if name in df.columns else pl.lit(None, pl.String())).fill_null("")


def _opt_bool(df: pl.DataFrame, name: str) -> pl.Expr:
    return (pl.col(name) if name in df.columns else pl.lit(None, pl.Boolean())).fill_null(False)


def _is_brand(df: pl.DataFrame, brand: BrandIdentity | None) -> pl.Expr:
    """The brand's own accounts: the same handle (``@`` and case aside) or remote id."""
    if brand is None or not (brand.handles or brand.remote_ids):
        return pl.lit(False)
    handles = [h.lstrip("@").lower() for h in brand.handles]
    same = _col(df, "handle").str.strip_chars_start("@").str.to_lowercase().is_in(handles)
    if brand.remote_ids and "user_id" in df.columns:
        same = same | pl.col("user_id").is_in(list(brand.remote_ids)).fill_null(False)
    return same
