"""An eleventh population of followers, held out: written by hand in session 13 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

Imagined as the new followers of a bicycle repair co-operative and bike shop in Lyon,
France, that also runs community rides. Genuine (20, organisations counted as people):
complete ones are a Croix-Rousse nurse who rides to work, a Portuguese engineer in
Villeurbanne learning to fix her own bike, a German touring cyclist whose wheel broke
in Lyon, a Japanese baker who commutes along the Saône, a local cycling club posting
ride schedules that link its own site, a café owner who mentions her café in passing,
an emoji-heavy gravel rider and a bike-lane campaigner; sparse ones are a commuter who
only reposts, a woman who only replies to others, a brand-new account with a name and
one post, a retired cycle mechanic with a long bio and no avatar, a man who follows
several hundred accounts and posted once, a name-only account, a teenager with very
short posts, a Polish student's single post, a Grenoble teacher with only a bio, a
cargo-bike parent's one reply, a handbike rider with two posts and a delivery rider's
one question. Unwanted (12): bought followers bare, with a stock name and avatar, with
a motivational bio, and with a single "hello" post; spam from a replica sunglasses
shop, a crypto "signals" group, a fake giveaway using the brand's name, a private loan
offer and a follower-growth service; a declared bot relaying bike-lane closures; and
two values clashes (a mountain biker and a Namibian hunting outfitter). Each is one
account made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_i"]

G = "holdout_i"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hi-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _complete() -> list[Persona]:
    return [
        _p(
            "nurse-fr",
            "person_complete",
            "claire-velotaf",
            display_name="Claire Dumas",
            bio="Infirmière aux HCL. Vélotaf Croix-Rousse → Lyon Sud tous les jours, même "
            "en novembre. Elle.",
            avatar=True,
            posts=(
                Post(
                    "La montée de la Grande Côte à 6h40 sous la pluie, c'est un choix de "
                    "vie que je ne recommande à personne."
                ),
                Post(
                    "Plaquettes changées à l'atelier de {brand} ce midi. On m'a montré "
                    "comment faire, la prochaine fois je me débrouille seule !"
                ),
                Post("", repost=True),
                Post("Pareil, quai Perrache c'est devenu impraticable le soir", reply=True),
            ),
            follows=160,
        ),
        _p(
            "engineer-pt",
            "person_complete",
            "ines-pedala",
            display_name="Inês Carvalho",
            bio="Engenheira de software, de Braga para Villeurbanne. Aprendendo francês e "
            "mecânica de bicicletas ao mesmo tempo, com resultados variáveis 🔧",
            avatar=True,
            posts=(
                Post(
                    "Hoje afinei as mudanças sozinha pela primeira vez. Demorei uma hora, "
                    "mas funciona!"
                ),
                Post(
                    "Saudades das subidas de Braga? Nem um pouco. Lyon também tem as suas, "
                    "obrigadinha."
                ),
                Post("Também tive esse problema, era o cabo. Boa sorte!", reply=True),
            ),
            follows=95,
        ),
        _p(
            "tourer-de",
            "person_complete",
            "radreise-felix",
            display_name="Felix Hartmann",
            bio="Radreisender, Lehrer im Sabbatjahr. Freiburg → Marseille und dann mal "
            "sehen. Blog über Zelte, Pässe und Platten.",
            avatar=True,
            posts=(
                Post(
                    "Etappe 9: Lyon. Speiche am Hinterrad gerissen, 30 km vor der Stadt. "
                    "Eine Fahrradwerkstatt hat mir am Samstagabend noch geholfen. Danke!"
                ),
                Post("Ruhetag. Ich habe drei Quiches gegessen und bereue nichts."),
                Post("Morgen geht's die Rhône runter Richtung Valence."),
                Post("Welche Route nimmst du über den Col de la République?", reply=True),
            ),
            follows=240,
            links=("radreise-felix.example",),
        ),
        _p(
            "baker-ja",
            "person_complete",
            "haruka-lyon",
            display_name="佐藤はるか",
            bio="リヨン在住7年目。パン屋で働いています。自転車通勤と週末の輪行旅 🥖🚲",
            avatar=True,
            posts=(
                Post("今朝はソーヌ川沿いを走って出勤。霧がすごくて何も見えなかった🌫️"),
                Post(
                    "チェーンの音が気になって工房で見てもらった。直し方まで教えてくれる"
                    "のがありがたい。"
                ),
                Post("来週はアヌシーまで輪行の予定。晴れますように。"),
                Post("", repost=True),
            ),
            follows=130,
        ),
        _p(
            "club",
            "person_complete",
            "cyclo-monts-dor",
            display_name="Cyclo Club des Monts d'Or",
            bio="Club cyclo associatif depuis 1978. Sorties route et gravel tous niveaux, "
            "départ Champagne-au-Mont-d'Or. Adhésion et calendrier sur notre site.",
            avatar=True,
            posts=(
                Post(
                    "Sortie du dimanche 7/12 : boucle du Mont Verdun, 62 km, 850 m D+, "
                    "départ 8h30 parking du gymnase. Détails : cyclomontsdor.example/sorties"
                ),
                Post(
                    "Groupe débutants le samedi 14h, 30 km à 22 km/h max, personne n'est "
                    "laissé derrière. Inscription : cyclomontsdor.example/debutants"
                ),
                Post(
                    "Assemblée générale le 16 janvier, salle des fêtes. Galette offerte 👑",
                ),
                Post("Merci pour l'accueil à l'atelier samedi !", reply=True),
            ),
            follows=310,
            links=("cyclomontsdor.example",),
        ),
        _p(
            "cafe-owner",
            "person_complete",
            "margaux-b",
            display_name="Margaux Benoît",
            bio="Je tiens un petit café rue Saint-Georges. Le reste du temps : vélo, "
            "polars et mon chien Pistache.",
            avatar=True,
            posts=(
                Post(
                    "Première sortie avec le club ce matin. J'ai tenu jusqu'à Limonest, "
                    "après j'ai lâché, mais quelle belle lumière."
                ),
                Post("Pistache a découvert la remorque vélo. Il ne veut plus en descendre."),
                Post("Bravo pour l'organisation, c'était super !", reply=True),
            ),
            follows=85,
        ),
        _p(
            "gravel-emoji",
            "person_complete",
            "yanis-gravel",
            display_name="Yanis 🚵‍♂️",
            bio="🚲 gravel | ☕ | 🏔️ Pilat & Beaujolais | 📸",
            avatar=True,
            posts=(
                Post("☀️🚲💨 Pilat ce matin 🏔️🔥 les jambes 🦵🦵 = 💀 mais la vue 😍😍😍"),
                Post("Crevaison n°3 de la semaine 😤🔧 tubeless quand ??? 🙃"),
                Post("🥐☕ pause à Pélussin 👌"),
                Post("🔥🔥🔥 magnifique", reply=True),
            ),
            follows=420,
        ),
        _p(
            "campaigner",
            "person_complete",
            "julien-pistes",
            display_name="Julien Morel",
            bio="Bénévole dans une asso d'usagers du vélo. Je compte les vélos sur les "
            "ponts le mardi matin, oui vraiment. Lyon 7e.",
            avatar=True,
            posts=(
                Post(
                    "Comptage pont de la Guillotière, mardi 8h-9h : 1 412 vélos, 38 "
                    "trottinettes, 2 monocycles. Record battu."
                ),
                Post(
                    "La voie lyonnaise n°4 avance. Pas parfaite, mais enfin séparée des "
                    "voitures sur tout le tronçon."
                ),
                Post("", repost=True),
                Post("", repost=True),
                Post("Le carrefour Jean Macé reste un gros point noir, on l'a signalé", reply=True),
            ),
            follows=520,
        ),
    ]


def _sparse() -> list[Persona]:
    return [
        _p(
            "reposter",
            "person_sparse",
            "thomas-l-69",
            display_name="Thomas L.",
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=48,
        ),
        _p(
            "replier",
            "person_sparse",
            "nadia-oullins",
            display_name="Nadia",
            avatar=True,
            posts=(
                Post("Ah oui je connais, ils sont très sympas là-bas", reply=True),
                Post("Tu as essayé de regonfler à 4 bars ?", reply=True),
                Post("Merci !!", reply=True),
            ),
            follows=26,
        ),
        _p(
            "newcomer",
            "person_sparse",
            "bastien-r",
            display_name="Bastien Roux",
            posts=(Post("Bon, je teste ce réseau. Salut."),),
            follows=3,
        ),
        _p(
            "retired-mechanic",
            "person_sparse",
            "rene-cycles",
            display_name="René Gauthier",
            bio="Mécanicien cycles à la retraite. 41 ans d'atelier, d'abord chez mon père "
            "à Vénissieux, puis à mon compte jusqu'en 2019. J'ai monté des roues pour des "
            "coureurs du Dauphiné et réparé des Peugeot de facteurs. Aujourd'hui je donne "
            "un coup de main le jeudi dans un atelier associatif et je restaure des vélos "
            "des années 50 dans mon garage. Pas très doué avec les écrans.",
            posts=(
                Post(
                    "Pour un jeu de direction qui grince, nettoyer et regraisser avant de "
                    "changer quoi que ce soit.",
                    reply=True,
                ),
            ),
            follows=11,
        ),
        _p(
            "many-follows",
            "person_sparse",
            "antoine-vernet",
            display_name="Antoine Vernet",
            avatar=True,
            posts=(Post("Quelqu'un connaît un bon atelier vers Gerland ?"),),
            follows=690,
        ),
        _p(
            "name-only",
            "person_sparse",
            "helene-v",
            display_name="Hélène V.",
            follows=9,
        ),
        _p(
            "teen",
            "person_sparse",
            "lucas-bmx-69",
            display_name="lucas",
            avatar=True,
            posts=(
                Post("ma roue est voilée 😭"),
                Post("trop bien"),
                Post("mdrr", reply=True),
            ),
            follows=180,
        ),
        _p(
            "student-pl",
            "person_sparse",
            "ola-w",
            display_name="Ola Wiśniewska",
            avatar=True,
            posts=(
                Post(
                    "Pierwszy raz sama wymieniłam dętkę! Erasmus w Lyonie uczy nie tylko "
                    "francuskiego 😅"
                ),
            ),
            follows=57,
        ),
        _p(
            "bio-only",
            "person_sparse",
            "anne-m-38",
            bio="Prof de maths à Grenoble. Rando, vélo couché et trop de thé.",
            follows=17,
        ),
        _p(
            "cargo-parent",
            "person_sparse",
            "seb-et-les-petits",
            display_name="Sébastien",
            avatar=True,
            posts=(
                Post(
                    "On a fait le marché de la Croix-Rousse en biporteur avec les deux "
                    "petits dedans, ils ont adoré",
                    reply=True,
                ),
            ),
            follows=40,
        ),
        _p(
            "handbike",
            "person_sparse",
            "mathilde-handbike",
            display_name="Mathilde",
            bio="Handbike & fauteuil. Bron.",
            posts=(
                Post("Sortie au parc de Parilly, 18 km, les bras en compote."),
                Post("Super que la balade de samedi soit ouverte aux tricycles aussi 👍"),
            ),
            follows=64,
        ),
        _p(
            "courier",
            "person_sparse",
            "karim-livreur",
            display_name="Karim B.",
            posts=(
                Post(
                    "Vous faites les freins hydrauliques ? Je roule 60 km par jour pour "
                    "les livraisons, ils sont morts"
                ),
            ),
            follows=21,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "nb4471902", follows=2650),
        _p(
            "bought-stock",
            "bought",
            "emma-wilson-8812",
            display_name="Emma Wilson",
            avatar=True,
            follows=1850,
        ),
        _p(
            "bought-motivational",
            "bought",
            "danielmoore2291",
            display_name="Daniel Moore",
            bio="Success is not final, failure is not fatal ✨ Keep grinding | Mindset | "
            "Positive vibes only 💯",
            avatar=True,
            follows=2200,
        ),
        _p(
            "bought-hello",
            "bought",
            "jessica-lee0517",
            display_name="Jessica Lee",
            avatar=True,
            posts=(Post("hello"),),
            follows=1400,
        ),
        _p(
            "sunglasses",
            "spam",
            "shades-outlet-eu",
            display_name="Shades Outlet",
            bio="Designer-inspired sunglasses 😎 Aviator, wayfarer, sport. Up to 80% off. "
            "Free EU shipping over €30.",
            avatar=True,
            posts=(
                Post("Winter sale is on ❄️😎 Sport wraparounds from €14.90, while stocks last"),
                Post(
                    "Nice ride! 🚴 Those glasses though 😍 we have the same look for €19",
                    reply=True,
                ),
                Post("Perfect for cycling ☀️ UV400, link in bio 👆", reply=True),
            ),
            follows=2400,
            links=("shades-outlet-eu.example",),
        ),
        _p(
            "crypto-signals",
            "spam",
            "alpha-signals-vip",
            display_name="Alpha Signals 📊",
            bio="Daily BTC/ETH futures calls. 92% accuracy last month. Free group → VIP. "
            "Not financial advice 😉",
            posts=(
                Post("✅ ETH long hit TP3 +41% in 6 hours. VIP members ate again 🍽️"),
                Post("Only 12 VIP seats left this month. Telegram in bio 📲"),
                Post("bro you should see what our group made today 📈", reply=True),
            ),
            follows=2900,
            links=("alpha-signals.example",),
        ),
        _p(
            "fake-giveaway",
            "spam",
            "velo-gift-fr",
            display_name="{brand} Jeu Concours 🎁",
            bio="Grand jeu anniversaire 🎉 1 vélo électrique à gagner chaque semaine ! "
            "Abonne-toi et clique sur le lien pour participer.",
            avatar=True,
            posts=(
                Post(
                    "Félicitations 🎉 vous avez été sélectionné(e) pour le grand jeu "
                    "{brand} ! Réclamez votre vélo électrique ici 👉 velo-gagnant.example "
                    "(frais de livraison 1,95 €)",
                    reply=True,
                ),
                Post(
                    "Félicitations 🎉 vous avez été sélectionné(e) pour le grand jeu "
                    "{brand} ! Réclamez votre vélo électrique ici 👉 velo-gagnant.example "
                    "(frais de livraison 1,95 €)",
                    reply=True,
                ),
            ),
            follows=1300,
        ),
        _p(
            "loan",
            "spam",
            "sandrine-pret",
            display_name="Sandrine Lefort",
            bio="Particulier sérieux, j'accorde des prêts de 3 000 € à 400 000 € à 2 %. "
            "Rachat de crédit, projet immobilier, dettes. Réponse rapide.",
            avatar=True,
            posts=(
                Post(
                    "Vous êtes fiché(e) à la Banque de France ? Refusé(e) par votre banque ? "
                    "Je peux vous aider. Contactez-moi par message privé."
                ),
                Post("Bonjour, besoin d'un financement ? Écrivez-moi en privé 🙏", reply=True),
            ),
            follows=1750,
        ),
        _p(
            "growth",
            "spam",
            "boostly-media",
            display_name="Boostly",
            bio="Real, active followers for creators & small businesses. Packages from $9. "
            "Safe, no password needed.",
            avatar=True,
            posts=(
                Post("Your content is good. Your reach isn't. Let's fix that 👀"),
                Post("Love this! You deserve way more followers tbh 🙌", reply=True),
                Post("Great shop! We help local businesses grow here, check bio", reply=True),
            ),
            follows=2750,
            links=("boostly-media.example",),
        ),
        _p(
            "bot",
            "bot_declared",
            "pistes-lyon-bot",
            display_name="Fermetures pistes cyclables Lyon (bot)",
            bio="Compte automatisé 🤖 Relaie les fermetures et déviations de pistes "
            "cyclables publiées en open data par la Métropole. Non officiel, peut se "
            "tromper. Pas de réponse aux messages.",
            bot_flag=True,
            posts=(
                Post(
                    "⚠️ Fermeture : piste quai Claude Bernard, entre pont de l'Université "
                    "et pont Gallieni, du 02/12 au 06/12. Motif : travaux réseau."
                ),
                Post(
                    "↪️ Déviation : cours Gambetta (7e) dans le sens est-ouest, par la rue "
                    "de Marseille, jusqu'au 19/12."
                ),
                Post("✅ Réouverture : piste avenue Berthelot, entre Jean Macé et Jet d'Eau."),
            ),
        ),
        _p(
            "clash-mtb",
            "values_clash",
            "greg-vtt-chasse",
            display_name="Greg Pellet",
            bio=f"VTT enduro, chasse et grands espaces. Passionné de {BLOCKED_KEYWORD} en "
            "Afrique australe depuis 15 ans. Savoie.",
            avatar=True,
            posts=(
                Post("Descente de la Plagne ce matin, terrain gras mais quel pied."),
                Post("De retour de Namibie. Un koudou magnifique, un guide exceptionnel."),
                Post("", repost=True),
            ),
            follows=190,
        ),
        _p(
            "clash-outfitter",
            "values_clash",
            "kalahari-hunts",
            display_name="Kalahari Safaris & Hunts",
            bio=f"Family-run {BLOCKED_KEYWORD} outfitter in Namibia. Plains game and "
            "dangerous game, 2027 season now booking. Taxidermy and export arranged.",
            avatar=True,
            posts=(
                Post(
                    "Congratulations to our client from Lyon on a superb gemsbok, "
                    "38 inches. What a week in the Kalahari."
                ),
                Post("A few 10-day plains game packages left for May. Message us."),
            ),
            follows=260,
            links=("kalaharihunts.example",),
        ),
    ]


def holdout_i() -> list[Persona]:
    """20 genuine followers (8 complete, 12 sparse) and 12 unwanted ones."""
    return _complete() + _sparse() + _unwanted()
