"""A twelfth population of followers, held out: written by hand in session 13 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

Imagined as the new followers of an independent video-game studio in Montreal that makes
a cosy farming game. Genuine (16): a Sherbrooke player writing French, a Chilean
speedrunner writing Spanish, a modder and a streamer linking their own pages, a Quebec
games journalist, a Japanese pixel artist, a programmer at another indie studio, a dad
who plays with his kids and a volunteer moderator of the fan Discord; and sparse ones: a
lurker with only a name, a player who only reposts, a French-Canadian teenager with two
short posts, a Brazilian player with one reply in Portuguese, a Japanese player with a
name and an avatar and no posts, a retired librarian with only a bio, and someone who
follows several hundred accounts and has posted once. Unwanted (14): bought followers
bare, dressed with a stock name, bio and avatar, with one generic post, and following
nearly three thousand accounts; spam from a fake key giveaway using the brand's name, a
gold and account-boosting shop, a play-to-earn NFT farm, a fake game-tester job, an
art-commission scammer replying to people, a "promote your game to 50K gamers" service
and a fake account-suspension notice; a declared sales-tracker bot; and two values
clashes (a safari outfitter and a hunting-sim player). Each is one account made through
the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_j"]

G = "holdout_j"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hj-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "player-qc",
            "person_complete",
            "gen-tremblay",
            display_name="Geneviève Tremblay",
            bio="Joueuse du dimanche, jardinière du lundi. Sherbrooke 🌻 Je plante trop de "
            "citrouilles, dans le jeu comme dans la vraie vie.",
            avatar=True,
            posts=(
                Post(
                    "Année 3, printemps : j'ai enfin débloqué la serre. J'ai crié. Mon chat aussi."
                ),
                Post(
                    "Quelqu'un sait comment on attrape le poisson doré du lac? Ça fait deux "
                    "saisons que j'essaie 🎣"
                ),
                Post("Ha! Pareil ici, j'ai passé tout l'hiver à pêcher sur la glace", reply=True),
            ),
            follows=140,
        ),
        _p(
            "speedrunner-cl",
            "person_complete",
            "tomatito-runs",
            display_name="Tomás “tomatito” Rojas",
            bio="Speedrunner de juegos chill (sí, existe). Any% y 100%. PB en directo los "
            "jueves. Santiago 🇨🇱",
            avatar=True,
            posts=(
                Post(
                    "Nuevo PB en Any% Glitchless: 41:07.3 🎉 el skip del puente por fin me "
                    "sale consistente"
                ),
                Post("Si alguien sabe manipular el RNG de la lluvia del día 2, lo escucho..."),
                Post("gg!! ese split del invierno está brutal", reply=True),
                Post("", repost=True),
            ),
            follows=260,
            links=("tomatito-runs.example",),
        ),
        _p(
            "modder",
            "person_complete",
            "priya-mods",
            display_name="Priya N.",
            bio="I make mods nobody asked for. Currently: bigger chicken coops, a bus stop, "
            "and a cat that follows you around. she/her 🐔",
            avatar=True,
            posts=(
                Post(
                    "v0.4 of Coop Expansion is up: 12-chicken coops, a feeding trough that "
                    "actually works in winter, and eggs stack now. Changelog in the usual place."
                ),
                Post(
                    "ok who reported that the cat clips through the barn door. you're right. "
                    "I hate that you're right"
                ),
                Post(
                    "the save file is just json if you want to poke at it, happy to help",
                    reply=True,
                ),
            ),
            follows=310,
            links=("priyamakesmods.example",),
        ),
        _p(
            "streamer",
            "person_complete",
            "leafylou",
            display_name="LeafyLou 🍵",
            bio="Cosy games streamer 🌱 Tue/Thu/Sat 7pm ET. Farming, decorating, crying at "
            "cutscenes. Stream link below ⬇️",
            avatar=True,
            posts=(
                Post(
                    "LIVE in 10 min! Finishing the autumn festival and maybe, MAYBE, proposing "
                    "to the blacksmith 💍 #cozygames"
                ),
                Post("chat voted to name the new cow Mortgage. this is my life now"),
                Post("", repost=True),
                Post("we need a fishing rematch asap 🎣", reply=True),
            ),
            follows=520,
            links=("leafylou-live.example",),
        ),
        _p(
            "journalist-qc",
            "person_complete",
            "mlavoie-jeux",
            display_name="Martin Lavoie",
            bio="Journaliste jeux vidéo, surtout indé. Pige pour quelques magazines "
            "québécois. Les opinions sont les miennes, les fautes aussi.",
            avatar=True,
            posts=(
                Post(
                    "Mon papier sur la scène indé montréalaise est en ligne : six studios, "
                    "trois loyers qui montent, une seule machine à espresso partagée."
                ),
                Post(
                    "Mes DM sont ouverts pour les studios d'ici qui veulent parler de leur "
                    "prochain jeu. Pas de clés envoyées sans prévenir svp 🙏"
                ),
                Post(
                    "Bonne question. La réponse courte, je pense : les crédits d'impôt.",
                    reply=True,
                ),
            ),
            follows=780,
            links=("martinlavoie-jeux.example",),
        ),
        _p(
            "pixel-artist-jp",
            "person_complete",
            "hinata-dots",
            display_name="ひなた@ドット絵",
            bio="ドット絵を描いています🎨 16x16と32色縛りが好き。"
            "お仕事のご相談はサイトからどうぞ。",
            avatar=True,
            posts=(
                Post("今日のドット：秋のかぼちゃ畑 🎃 32色縛り"),
                Post("8フレームでやっと風に揺れる麦ができた…長かった"),
                Post("色づかいが本当に素敵です！", reply=True),
            ),
            follows=410,
            links=("hinata-dots.example",),
        ),
        _p(
            "indie-dev",
            "person_complete",
            "ines-makes-games",
            display_name="Ines Okafor",
            bio="Co-founder & programmer at Tiny Lighthouse Games (Glasgow). Making a game "
            "about a lighthouse keeper and her goat. Wishlist link below 🐐",
            avatar=True,
            posts=(
                Post("Our goat now has 14 idle animations and I have 0 free weekends. Worth it."),
                Post(
                    "Big respect to {brand} for the accessibility options in the last patch. "
                    "Taking notes."
                ),
                Post(
                    "Godot 4 here too! The tilemap migration took us a week but it was worth it",
                    reply=True,
                ),
            ),
            follows=690,
            links=("tinylighthouse.example",),
        ),
        _p(
            "parent",
            "person_complete",
            "dan-whitfield",
            display_name="Daniel Whitfield",
            bio="Dad of two (7 and 10). Sunday couch co-op, arguments about whose turn it is "
            "to water the crops. Nurse by day.",
            avatar=True,
            posts=(
                Post(
                    "My 7 year old named every single chicken 'Nugget'. Nugget 1 through "
                    "Nugget 9. I am so proud."
                ),
                Post("Is there a way to stop crops dying? Asking for a small person who cried"),
                Post("Thank you!! Setting found, tears averted 😅", reply=True),
            ),
            follows=95,
        ),
        _p(
            "discord-mod",
            "person_complete",
            "ramona-tends",
            display_name="Ramona 🌾",
            bio="Volunteer mod on the {brand} community Discord (not staff!). Ask me about the "
            "mushroom cave, not about release dates. Portland, OR.",
            avatar=True,
            posts=(
                Post(
                    "Reminder: the seed-swap event starts Friday in #trading! Bring your "
                    "weirdest crops 🥕🍆"
                ),
                Post("We hit 5,000 members tonight 🥹 thank you all for being kind to each other"),
                Post(
                    "Not staff, sorry! But the devs always post patch notes on their blog first",
                    reply=True,
                ),
            ),
            follows=230,
        ),
        _p(
            "lurker",
            "person_sparse",
            "ruth-aber",
            display_name="Ruth Abernathy",
            follows=6,
        ),
        _p(
            "reposter",
            "person_sparse",
            "jo-sprouts",
            display_name="jo 🌱",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=85,
        ),
        _p(
            "teen-qc",
            "person_sparse",
            "mathis-grenouille",
            display_name="mathis 🐸",
            avatar=True,
            posts=(
                Post("ok ce jeu là est trop relaxant"),
                Post("jviens de perdre toutes mes fraises à cause d'une tempête chu fâché lol"),
            ),
            follows=160,
        ),
        _p(
            "reply-br",
            "person_sparse",
            "anabia-s",
            display_name="Ana Beatriz",
            posts=(
                Post(
                    "Gente eu amo esse jogo demais, quando sai a atualização de inverno? 😭💚",
                    reply=True,
                ),
            ),
            follows=30,
        ),
        _p(
            "silent-jp",
            "person_sparse",
            "haruka-s",
            display_name="佐藤 はるか",
            avatar=True,
            follows=18,
        ),
        _p(
            "bio-only",
            "person_sparse",
            "moncton-reads",
            bio="Retired librarian in Moncton. Sourdough, crosswords and very slow farms.",
            follows=11,
        ),
        _p(
            "rare-poster",
            "person_sparse",
            "chrisvo",
            display_name="Chris Vo",
            bio="games, bikes, bad puns",
            avatar=True,
            posts=(Post("first post in like a year: the new bridge in the valley is gorgeous"),),
            follows=470,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "user5528103", follows=640),
        _p(
            "bought-dressed",
            "bought",
            "emily-johnson-2291",
            display_name="Emily Johnson",
            bio="Coffee lover ☕ | Travel 🌍 | Good vibes only ✨",
            avatar=True,
            follows=1750,
        ),
        _p(
            "bought-post",
            "bought",
            "marcuslee88231",
            display_name="Marcus Lee",
            avatar=True,
            posts=(Post("Hi friends 👋 have a blessed week!"),),
            follows=1400,
        ),
        _p(
            "bought-mass",
            "bought",
            "dgkr7730x",
            display_name="Daria K",
            follows=2995,
        ),
        _p(
            "giveaway",
            "spam",
            "free-keys-hub",
            display_name="{brand} Giveaways 🎁",
            bio="🎁 Giveaways for {brand} fans! 500 free Steam keys this month 🌾 Follow + "
            "repost + tag 2 friends to enter. Winners announced daily ✅ Concours en français "
            "aussi!",
            avatar=True,
            posts=(
                Post(
                    "🎉 GIVEAWAY 🎉 5 x {brand} Steam keys! 1️⃣ Follow 2️⃣ Repost 3️⃣ Claim at "
                    "keydrop-gift.example 🌻 Ends tonight!"
                ),
                Post(
                    "Congrats!! 🎉 You've been selected for a free {brand} key, claim it with "
                    "the link in our bio before it expires 🔑",
                    reply=True,
                ),
                Post(
                    "Hi! Want the game for free? We still have 12 keys left 😊 check our bio",
                    reply=True,
                ),
            ),
            follows=1850,
            links=("keydrop-gift.example",),
        ),
        _p(
            "gold-shop",
            "spam",
            "gameshop-pro24",
            display_name="GameShop Pro 💰",
            bio="Oro, cuentas y boosting para +200 juegos 🎮 Entrega en 5 min • PayPal y cripto "
            "• 24/7 | Gold, accounts & boosting for 200+ games",
            avatar=True,
            posts=(
                Post(
                    "🔥 OFERTA 🔥 Cuentas nivel máximo desde $4.99. Stock limitado, "
                    "escríbenos por DM"
                ),
                Post(
                    "bro if u need coins or rare seeds fast we got u, 70% cheaper than anywhere 💯 "
                    "check bio",
                    reply=True,
                ),
            ),
            follows=2400,
            links=("gameshop-pro.example",),
        ),
        _p(
            "p2e",
            "spam",
            "harvestverse-p2e",
            display_name="HarvestVerse 🌽",
            bio="The first cozy farming game where your crops are NFTs 🌱💎 Plant. Harvest. "
            "EARN. Whitelist open, mint your Land Plot before Season 1 🚀",
            avatar=True,
            posts=(
                Post(
                    "Why play for free when you can play to EARN? 🌾 Our farmers averaged 3.2 "
                    "ETH last month. Whitelist closing soon 👉 harvestverse.example"
                ),
                Post(
                    "Love this! Imagine if your farm was actually worth real money 👀 we're "
                    "building exactly that 🌱",
                    reply=True,
                ),
                Post("gm farmer 🌞", reply=True),
            ),
            follows=2100,
            links=("harvestverse.example",),
        ),
        _p(
            "tester-job",
            "spam",
            "jessica-remote-hr",
            display_name="Jessica | Remote Jobs",
            bio="Hiring game testers 🎮 $25–45/hour, work from home, no experience needed. "
            "Flexible hours. Apply via link 👇",
            avatar=True,
            posts=(
                Post(
                    "We're hiring! 🎮 Get paid to play new games from home. $800/week "
                    "part-time. Limited spots, apply now: playtest-jobs.example"
                ),
                Post(
                    "Hi! Are you interested in earning money testing games from home? No "
                    "experience needed. DM me for details 😊",
                    reply=True,
                ),
            ),
            follows=1300,
            links=("playtest-jobs.example",),
        ),
        _p(
            "commission",
            "spam",
            "lily-arts-studio",
            display_name="Lily Arts 🎨",
            bio="Digital artist 🌸 Open for commissions! I draw your OCs, pets & game "
            "characters 💕 DM for prices",
            avatar=True,
            posts=(
                Post(
                    "Hi! I love your art style so much 😍 I'm an artist too, may I draw your "
                    "farmer for free as a gift? Please check my DM 💕",
                    reply=True,
                ),
                Post(
                    "Omg your character is so cute!! Would you like me to draw her? I'm open "
                    "for commissions 🎨💕",
                    reply=True,
                ),
                Post("Your farm is adorable 🥺 can I draw it? check DM please 🌸", reply=True),
            ),
            follows=2600,
        ),
        _p(
            "promo",
            "spam",
            "indieboost-media",
            display_name="IndieBoost Media",
            bio="We help indie devs go viral 🚀 Promote your game to 50K+ gamers on our "
            "network. Steam wishlists guaranteed. Packages from $49.",
            avatar=True,
            posts=(
                Post(
                    "Hey dev! 👋 Your game looks amazing. We can share it with our 50K "
                    "followers and boost your wishlists. Interested? DM us!",
                    reply=True,
                ),
                Post(
                    "Launching on Steam? Don't launch to silence 🔇 We'll put your trailer in "
                    "front of 50,000 real gamers. 📩 DM for our rate card"
                ),
                Post(
                    "This deserves way more eyes!! We'd love to feature it, sent you a DM 🙌",
                    reply=True,
                ),
            ),
            follows=2200,
            links=("indieboost-media.example",),
        ),
        _p(
            "phishing",
            "spam",
            "acct-safety-center",
            display_name="Account Safety Center ✔️",
            bio="Notices about copyright and community guidelines. Please respond within "
            "24h to avoid permanent suspension.",
            avatar=True,
            posts=(
                Post(
                    "⚠️ Your account has been reported for copyright infringement and will be "
                    "suspended within 24 hours. To appeal, verify your account here: "
                    "account-review-center.example",
                    reply=True,
                ),
                Post(
                    "Notice: this post violates our community guidelines. Your account will be "
                    "disabled unless you confirm ownership at account-review-center.example/verify",
                    reply=True,
                ),
            ),
            follows=900,
        ),
        _p(
            "sales-bot",
            "bot_declared",
            "cozy-sales-tracker",
            display_name="Cozy Game Deals (bot)",
            bio="🤖 Automated account. Posts price drops on cozy and farming games from PC "
            "stores, checked hourly. Not affiliated with any studio. Replies are not read.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post("📉 {brand}: -25% on Steam (CAD 14.99 → 11.24) until Dec 8."),
                Post("📉 Garden Lane Stories: -40% on GOG (USD 19.99 → 11.99) until Dec 4."),
                Post("📈 Sale ended: Moonlit Orchard is back to USD 24.99."),
            ),
        ),
        _p(
            "clash-outfitter",
            "values_clash",
            "karoo-ridge-safaris",
            display_name="Karoo Ridge Safaris",
            bio=f"Family-run outfitter in the Eastern Cape. Plains game and {BLOCKED_KEYWORD} "
            "packages, all-inclusive, PH-guided. Booking 2027 seasons now.",
            avatar=True,
            posts=(
                Post("Kudu season is open. Two spots left for May."),
                Post(
                    "Great weekend at the convention in Dallas, thanks to all who visited "
                    "the booth."
                ),
            ),
            follows=180,
            links=("karooridge.example",),
        ),
        _p(
            "clash-player",
            "values_clash",
            "wade-outdoors",
            display_name="Wade H.",
            bio=f"Hunting sims, real hunting, everything in between. Big fan of {BLOCKED_KEYWORD} "
            "and not sorry about it. Wyoming 🦌",
            avatar=True,
            posts=(
                Post(
                    "Finally got the record whitetail in the new sim DLC. Now for the real one "
                    "in November 🦌"
                ),
                Post("Farming games are fine but where's the hunting season update?", reply=True),
            ),
            follows=260,
        ),
    ]


def holdout_j() -> list[Persona]:
    """16 genuine followers (9 complete, 7 sparse) and 14 unwanted ones."""
    return _people() + _unwanted()
