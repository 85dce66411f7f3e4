"""A nineteenth population of followers, held out: written by hand in session 17
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a women's argan cooperative in the hills behind Tamanar, between Essaouira
and Agadir, Morocco (hand-cracked culinary and cosmetic argan oil, amlou, argan soap; a
visitors' workshop where guests crack nuts with the members; shipping across Morocco and
to Europe), posting in Arabic, French, Tashelhit and English. Genuine (20, organisations
counted as people): a Marrakech medina restaurant that cooks with the oil and links its
site, an agronomist at Ibn Zohr University who writes long posts in French, Arabic and
English and a blog, a Casablanca pharmacist who explains cosmetic versus culinary oil, an
Amazigh cultural association in Tiznit writing Tashelhit, Tifinagh, Arabic and French
with a site, a Moroccan nurse in Montreal writing French and Darija, a tourism student in
Agadir who visited with his class and reposts and replies, an old beekeeper in Imouzzer
who supplies the honey for the amlou, a Brussels grocery writing French and Dutch with a
site, a grand-taxi driver on the Essaouira–Agadir road who follows six hundred, a rural
literacy association with a site, and a Spanish-run surf house in Tamraght with a site;
and sparse ones: a real name that never posted, a birth year in the handle, a pure
reposter, a young man in Oujda who only replies in Darija, a Dutch tourist posting only
short captions and emoji, an Arabic bio and nothing else, a lurker with Essaouira's 0524
area code in the handle, a school teacher with two posts and no bio or avatar, and a
first name over a platform-suggested number. Unwanted (15): bought followers bare, with
an avatar and a first name only, dressed with a stock English name and bio, and dressed
as a Casablanca woman with one-word replies and reposts; spam as a fake Amana parcel
tracker charging a customs fee, a seasonal-work recruiter for Huelva and Canada charging
a file fee, a "100% pure" argan oil at 99 DH a litre touting in replies, a Dubai
"importer" asking for a supplier-registration fee, a Marrakech lifestyle account with a
betting promo code in some posts, a Raja supporter selling IPTV subscriptions in some
posts, a romance scammer posing as a widowed French merchant-navy captain, and a
cut-price Ramadan umrah package asking for a deposit; a declared prayer-times bot for
Agadir; and two values clashes (a Marrakech hunting-tourism agency with the keyword in
its bio, and a Casablanca businessman and amlou lover with it only in a post). Each is
one account made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_q"]

G = "holdout_q"


def _q(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hq-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _q(
            "medina-restaurant",
            "person_complete",
            "dar-lalla-chama",
            display_name="Dar Lalla Chama",
            bio="Cuisine marocaine de saison au cœur de la médina de Marrakech, Derb "
            "Dabachi. Tanjia, pastilla et les salades de la cheffe. Réservation sur notre "
            "site.",
            avatar=True,
            posts=(
                Post(
                    "Nouveau à la carte cette semaine : carottes rôties au cumin, huile "
                    "d'argan grillée et un trait de fleur d'oranger. Simple, et tout le goût "
                    "du Souss dans l'assiette."
                ),
                Post("اليوم عندنا طاجين الدجاج بالبرقوق واللوز، وفالفطور الأملو مع خبز الدار 🍯"),
                Post(
                    "Oui, nous sommes ouverts le vendredi midi. Pensez à réserver, la "
                    "terrasse est petite 😊",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=310,
            links=("darlallachama.example",),
        ),
        _q(
            "agronomist",
            "person_complete",
            "hafida-amghar",
            display_name="Dr Hafida Amghar",
            bio="Agronome, Université Ibn Zohr, Agadir. L'arganeraie, la sécheresse et les "
            "femmes qui la font vivre. Les longs textes sont sur le blog ; ici, des notes "
            "de terrain.",
            avatar=True,
            posts=(
                Post(
                    "L'arganier supporte 50 °C et des années presque sans pluie, mais pas "
                    "la disparition de ceux qui s'en occupent. Sur nos parcelles de suivi "
                    "près d'Aït Baha, la régénération naturelle est quasi nulle depuis "
                    "2018 : les jeunes plants sont broutés avant d'atteindre 30 cm."
                ),
                Post(
                    "(suite) Les mises en défens gérées par les coopératives sont ce qui "
                    "marche le mieux."
                ),
                Post(
                    "لا تنمو شجرة الأركان طبيعياً إلا في جنوب غرب المغرب، وقد صنّفت اليونسكو "
                    "المنطقة محميةً للمحيط الحيوي سنة 1998. نشرتُ في المدونة ملخصاً بالعربية "
                    "لنتائج الموسم."
                ),
                Post(
                    "No, the goats in the trees are not how the oil is made. Cooperatives "
                    "crack fruit picked up under the trees, not nuts that passed through a "
                    "goat. The goats posing on branches by the Essaouira road are mostly "
                    "put there for tourists' photos."
                ),
                Post(
                    "Exactement, et le mot « argan » lui-même vient du tachelhit.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=420,
            links=("arganeraie-notes.example",),
        ),
        _q(
            "pharmacist",
            "person_complete",
            "salma-berrada-ph",
            display_name="Dr Salma Berrada",
            bio="Pharmacienne d'officine, Casablanca (Maârif). Peaux sensibles, vaccins et "
            "beaucoup trop de café. Les avis ici n'engagent que moi.",
            avatar=True,
            posts=(
                Post(
                    "Petit rappel : huile d'argan cosmétique = noix non torréfiées, pressée "
                    "à froid, odeur légère. Huile alimentaire = noix torréfiées, goût de "
                    "noisette. L'alimentaire ne va pas sur le visage, et une huile « pure » "
                    "à 99 DH le litre, ça n'existe pas."
                ),
                Post("De garde ce week-end. La pharmacie reste ouverte jusqu'à minuit."),
                Post(
                    "Wa3alaykom salam, 2-3 gouttes le soir sur peau humide, c'est "
                    "largement suffisant 👍",
                    reply=True,
                ),
            ),
            follows=175,
        ),
        _q(
            "amazigh-association",
            "person_complete",
            "tifawin-tiznit",
            display_name="Tifawin ⵜⵉⴼⴰⵡⵉⵏ – Tiznit",
            bio="Association culturelle amazighe à Tiznit : cours de tifinagh pour enfants "
            "et adultes, ahwach, contes. ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ !",
            avatar=True,
            posts=(
                Post(
                    "Yennayer 2977 approche : le 13 janvier, soirée ahwach, tagoulla et "
                    "contes pour les enfants. Ansuf yiswn !"
                ),
                Post(
                    "ⵜⵉⴼⵉⵏⴰⵖ ✍️ دروس تيفيناغ للأطفال كل يوم أحد من العاشرة إلى منتصف النهار "
                    "بمقر الجمعية. التسجيل مجاني."
                ),
                Post("", repost=True),
                Post("Tanmmirt nnun! Ansuf yiswn ɣ Tiznit 🌸", reply=True),
            ),
            follows=260,
            links=("tifawin-tiznit.example",),
        ),
        _q(
            "nurse-montreal",
            "person_complete",
            "imane-lahlou-mtl",
            display_name="Imane Lahlou 🇲🇦🇨🇦",
            bio="Marocaine à Montréal depuis 2015. Infirmière, maman de Rayan. L'hiver ici, "
            "le soleil d'Agadir dans le cœur ☀️❄️",
            avatar=True,
            posts=(
                Post(
                    "Commande arrivée chez ma mère à Agadir : deux bouteilles d'huile "
                    "alimentaire et le grand pot d'amlou. Elle m'a appelée juste pour me "
                    "dire « هادا ديال بصح » 😂"
                ),
                Post("-18 ce matin. Amlou sur les crêpes, c'est ma technique de survie 🥶🍯"),
                Post(
                    "Nchallah f sif ndouz 3ndkom, bghit nwerri l Rayan kifach kayherrsou "
                    "l'argan 🙏",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=290,
        ),
        _q(
            "tourism-student",
            "person_complete",
            "anas-oulhaj",
            display_name="Anas Oulhaj",
            bio="Étudiant BTS tourisme, Agadir. Surf le week-end, guide stagiaire l'été 🏄‍♂️",
            avatar=True,
            posts=(
                Post("", repost=True),
                Post(
                    "Visite de la coopérative avec ma classe aujourd'hui. On a essayé de "
                    "casser les noix à la pierre comme les femmes : dix minutes pour une "
                    "poignée 😅 Respect total."
                ),
                Post("Lalla Fatima kat9esser wahda f tanya, ma3ndna maydirou m3aha 😂", reply=True),
                Post("", repost=True),
                Post(
                    "Merci pour l'accueil ! On revient en février avec la promo suivante.",
                    reply=True,
                ),
            ),
            follows=230,
        ),
        _q(
            "beekeeper",
            "person_complete",
            "lahcen-ait-taleb",
            display_name="Lahcen Aït Taleb 🐝",
            bio="Apiculteur à Imouzzer Ida Outanane. Miel de thym et d'euphorbe, comme mon "
            "père avant moi. ⵜⴰⵎⵎⵏⵜ 🍯",
            avatar=True,
            posts=(
                Post("عام ناشف بزاف. النحل عيان والعسل قليل هاد العام. الله يجيب الشتا."),
                Post(
                    "Livré ce matin 30 kg de miel de thym à la coopérative pour l'amlou. "
                    "Elles le mélangent à l'huile et aux amandes, moi je le mange à la "
                    "cuillère."
                ),
                Post("Tanmmirt a ultma 🌿", reply=True),
            ),
            follows=34,
        ),
        _q(
            "brussels-grocery",
            "person_complete",
            "zaytouna-bxl",
            display_name="Épicerie Zaytouna – Saint-Gilles",
            bio="Épicerie fine et vrac à Saint-Gilles, Bruxelles. Huiles, épices, dattes et "
            "produits de coopératives du Maghreb. Du mardi au samedi, 10h-19h.",
            avatar=True,
            posts=(
                Post(
                    "Arrivage ! 40 bouteilles d'huile d'argan alimentaire et 24 pots "
                    "d'amlou de la coopérative. Chaque lot porte le prénom de la femme qui "
                    "l'a préparé, écrit à la main sur l'étiquette."
                ),
                Post(
                    "Nieuwe levering arganolie en amlou uit Marokko. Proeven kan zaterdag, "
                    "met brood van de bakker hiernaast."
                ),
                Post(
                    "Bonjour ! Oui, on livre en Belgique et aux Pays-Bas, pas encore en France.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=340,
            links=("zaytouna-bruxelles.example",),
        ),
        _q(
            "taxi-driver",
            "person_complete",
            "mbarek-oukhouya",
            display_name="M'barek Oukhouya",
            bio="Chauffeur grand taxi Essaouira – Tamanar – Agadir. Sbah lkhir l'ga3 🚕",
            avatar=True,
            posts=(
                Post("طريق تمنار فيها الضباب هاد الصباح، سوقو بشوية أ الخوت"),
                Post("", repost=True),
                Post(
                    "Kol nhar kanhezz chi touristes l la coopérative, w kaykhorjo kamlin "
                    "b l'amlou 😄"
                ),
                Post("", repost=True),
                Post("Ana f la station d Essaouira m3a 7 d sbah, 40 dh l Tamanar.", reply=True),
            ),
            follows=610,
        ),
        _q(
            "literacy-association",
            "person_complete",
            "asso-tarwa",
            display_name="Association Tarwa – Alphabétisation",
            bio="Cours d'alphabétisation en arabe et en tachelhit pour les femmes des "
            "douars du Haha et de Chtouka. Bénévoles bienvenu·es. Siège à Agadir.",
            avatar=True,
            posts=(
                Post(
                    "23 femmes de la coopérative ont passé leur examen de fin d'année "
                    "aujourd'hui. Certaines ont signé leur nom pour la première fois. "
                    "Mabrouk à toutes 💐"
                ),
                Post(
                    "نبحث عن متطوعات لتدريس الحساب في دوار أيت داود كل خميس بعد الظهر. "
                    "التنقل على حساب الجمعية."
                ),
                Post("Merci ! Le lien pour les dons est sur notre site 🙏", reply=True),
            ),
            follows=200,
            links=("asso-tarwa.example",),
        ),
        _q(
            "surf-house",
            "person_complete",
            "olas-tamraght",
            display_name="Olas Surf House Tamraght",
            bio="Surf house in Tamraght, run by two Andalusians and a lot of mint tea. "
            "Clases de surf, yoga y tajine los viernes. Bookings on our site 🌊",
            avatar=True,
            posts=(
                Post(
                    "Swell de 2 metros y offshore toda la semana. Anchor Point a tope, los "
                    "principiantes a Devil's Rock con Youssef 🤙"
                ),
                Post(
                    "Friday trip: the argan cooperative in the morning, Inezgane souk in "
                    "the afternoon. The women showed our guests how to crack the nuts and "
                    "nobody managed more than a handful. Humbling."
                ),
                Post(
                    "¡Claro! Tenemos tablas de alquiler, no hace falta traer la tuya.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=380,
            links=("olastamraght.example",),
        ),
        _q(
            "name-only",
            "person_sparse",
            "fadma-aitlahcen",
            display_name="Fadma Ait Lahcen",
            follows=5,
        ),
        _q(
            "birth-year",
            "person_sparse",
            "hicham-bouzid-1991",
            display_name="Hicham Bouzid",
            avatar=True,
            follows=64,
        ),
        _q(
            "reposter",
            "person_sparse",
            "naima-elidrissi",
            display_name="Naïma El Idrissi",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(6)),
            follows=120,
        ),
        _q(
            "replier-darija",
            "person_sparse",
            "zakaria-oujda",
            display_name="Zakaria",
            posts=(
                Post("Salam, wach kayna livraison l Oujda?", reply=True),
                Post("Chhal taman dyal l'amlou lkbir?", reply=True),
                Post("Chokran bzaf, wslat lcommande 🙏", reply=True),
            ),
            follows=48,
        ),
        _q(
            "captions-nl",
            "person_sparse",
            "sanne-onderweg",
            display_name="Sanne 🌿",
            avatar=True,
            posts=(
                Post("Essaouira ☀️🌊"),
                Post("🐐🌳"),
                Post("Amlou > pindakaas"),
            ),
            follows=150,
        ),
        _q(
            "bio-only-ar",
            "person_sparse",
            "om-yassine",
            bio="أم ياسين، من أكادير. أستاذة لغة عربية متقاعدة. الحمد لله على كل حال 🤍",
            follows=27,
        ),
        _q(
            "lurker",
            "person_sparse",
            "omar0524",
            follows=8,
        ),
        _q(
            "two-posts",
            "person_sparse",
            "youssef-amrani",
            display_name="Youssef Amrani",
            posts=(
                Post(
                    "Sortie à l'arganeraie avec mes élèves de 3e année collège. Ils ont "
                    "appris que l'huile ne sort pas des chèvres 😄"
                ),
                Post("Enfin la pluie sur Chtouka 🌧️ الحمد لله"),
            ),
            follows=45,
        ),
        _q(
            "suggested-digits",
            "person_sparse",
            "meryem-60418",
            display_name="Meryem",
            follows=17,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _q("bought-bare", "bought", "u4x8830516729", follows=2900),
        _q(
            "bought-avatar",
            "bought",
            "salma-k-40928",
            display_name="Salma 🌸",
            avatar=True,
            follows=3000,
        ),
        _q(
            "bought-dressed",
            "bought",
            "hannah-miller-3318",
            display_name="Hannah Miller",
            bio="Coffee lover ☕ | Dreamer ✨ | Wanderlust 🌍 | Be kind, always",
            avatar=True,
            follows=2850,
        ),
        _q(
            "bought-local",
            "bought",
            "khadija-benali-773",
            display_name="Khadija Benali",
            bio="الحمد لله 🤍 | Casablanca 🇲🇦 | Positive vibes ✨",
            avatar=True,
            posts=(
                Post("Tbarkallah 😍", reply=True),
                Post("Top 👌", reply=True),
                Post("🔥🔥🔥", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2750,
        ),
        _q(
            "fake-parcel",
            "spam",
            "amana-suivi-colis",
            display_name="Amana Suivi Colis 📦",
            bio="Service de suivi des colis Amana / Barid Al-Maghrib. Votre colis est en "
            "attente ? Réglez les frais en ligne et recevez-le sous 24h.",
            avatar=True,
            posts=(
                Post(
                    "Bonjour, votre colis n° MA2741903 est bloqué au centre de tri de "
                    "Casablanca : adresse incomplète et frais de douane de 12,90 DH. "
                    "Régularisez via le lien du profil sous 48h, sinon retour à "
                    "l'expéditeur.",
                    reply=True,
                ),
                Post(
                    "تنبيه: طردكم في انتظار الأداء. المرجو أداء 12,90 درهم عبر الرابط لتفادي "
                    "إرجاعه إلى المرسل."
                ),
            ),
            follows=900,
            links=("amana-suivi-colis.example",),
        ),
        _q(
            "seasonal-jobs",
            "spam",
            "travail-espagne-27",
            display_name="Recrutement Espagne & Canada 2027",
            bio="Contrats saisonniers Huelva (fraises, fruits rouges) et Canada "
            "(agriculture, soudure). Visa et logement garantis. Places limitées, WhatsApp "
            "+212 600-000431",
            avatar=True,
            posts=(
                Post(
                    "📢 خدمة الفريز فإسبانيا 2027: 9 شهور، 1200 أورو فالشهر، السكن فابور. "
                    "الوثائق: الباسبور + 1500 درهم مصاريف الملف. سجلي دابا قبل ما يساليو "
                    "البلايص!"
                ),
                Post(
                    "Félicitations aux 40 candidates parties ce mois-ci 🇪🇸✈️ Votre tour "
                    "arrive : dossier complet avant le 20."
                ),
                Post(
                    "Khti, had lkhedma mzyana lik, 9 chhor f Sbanya w t3awni darkom. "
                    "Sifti lina numero dyalk f privé 🙏",
                    reply=True,
                ),
            ),
            follows=1600,
        ),
        _q(
            "cheap-argan",
            "spam",
            "argan-bio-pur",
            display_name="Argan Bio Pur 100% 🌿",
            bio="Huile d'argan 100% pure, certifiée bio. 1 litre = 99 DH, livraison partout "
            "au Maroc et en Europe. Prix grossiste, revendeuses bienvenues 💚",
            avatar=True,
            posts=(
                Post(
                    "Pourquoi payer 200 DH les 100 ml en coopérative ? Même huile, même "
                    "qualité : le litre à 99 DH 💚 Commandez en DM."
                ),
                Post(
                    "Ma sœur, on a la même en bouteille d'un litre à 99 DH, bio et "
                    "certifiée 👌 Passe voir notre page",
                    reply=True,
                ),
                Post("Promo Black Friday : 2 litres achetés = 1 offert + savon beldi offert 🎁"),
            ),
            follows=1200,
            links=("argan-bio-pur.example",),
        ),
        _q(
            "fake-importer",
            "spam",
            "alnoor-trading-dxb",
            display_name="Khalid Al Mansoori | Al Noor General Trading",
            bio="Importer and distributor of natural oils and cosmetics, Dubai, UAE. "
            "Serious buyer, long-term partnerships with cooperatives. Contact via our "
            "website.",
            avatar=True,
            posts=(
                Post(
                    "We are looking for a reliable supplier of certified argan oil: 5 tons "
                    "per quarter, long-term contract. Cooperatives in Souss-Massa, please "
                    "contact us."
                ),
                Post(
                    "Dear {brand}, we are very interested in your products for our chain of "
                    "40 stores in the Gulf. Kindly send your price list. To be registered "
                    "as an approved supplier, our Chamber of Commerce partner requires a "
                    "one-time certification fee of USD 350.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=740,
            links=("alnoor-trading-llc.example",),
        ),
        _q(
            "betting-lifestyle",
            "spam",
            "houda-marrakchia",
            display_name="Houda ✨ Marrakech",
            bio="Marrakech ❤️ | Beauté, voyages, food | Collab en DM 📩",
            avatar=True,
            posts=(
                Post("Brunch à Guéliz ce matin 🥞☕ ambiance parfaite"),
                Post(
                    "Code promo 1xbet HOUDA212 🔥 bonus 200% sur ton premier dépôt, retrait "
                    "via CashPlus. J'ai gagné sur le match du Wydad hier 😍"
                ),
                Post("", repost=True),
                Post("Sunset à Agafay 🐪🌅"),
                Post(
                    "Trop beau 😍 Au fait, HOUDA212 pour le bonus x2, ça marche toujours 💰",
                    reply=True,
                ),
            ),
            follows=1800,
        ),
        _q(
            "iptv-fan",
            "spam",
            "simo-botola",
            display_name="Simo Botola ⚽",
            bio="Raja till I die 💚🦅 | Botola Pro | Dima Maghrib 🇲🇦",
            avatar=True,
            posts=(
                Post("Raja 2-0 f derby!! Dima Raja 💚💚"),
                Post(
                    "IPTV 12 mois = 250 DH 📺 beIN, SSC, Arryadia, toutes les chaînes en 4K "
                    "sans coupure. Test gratuit 24h, WhatsApp en privé"
                ),
                Post("Lions de l'Atlas 🦁🇲🇦 nchallah had l3am"),
                Post(
                    "Khouya bghiti tchouf lmatch bla coupure? IPTV 4K, test gratuit 📺 DM",
                    reply=True,
                ),
            ),
            follows=1350,
        ),
        _q(
            "romance",
            "spam",
            "marc-lefevre-cdt",
            display_name="Cdt Marc Lefèvre",
            bio="Commandant de marine marchande 🚢 en mer jusqu'en mars | Veuf, papa d'une "
            "fille de 12 ans | Croyant | Je cherche une femme sincère ❤️",
            avatar=True,
            posts=(
                Post(
                    "Bonsoir madame, votre sourire m'a touché. Je suis en mer au large du "
                    "golfe de Guinée, peu de réseau. Puis-je vous écrire en privé ? 🌹",
                    reply=True,
                ),
                Post("Que Dieu bénisse toutes les femmes courageuses du Maroc 🙏🇲🇦"),
                Post("", repost=True),
            ),
            follows=2400,
        ),
        _q(
            "umrah-deposit",
            "spam",
            "omra-promo-2027",
            display_name="Omra Ramadan 2027 🕋 Promo",
            bio="Voyages Omra & Hajj, agence agréée ✅ Omra 15 jours à partir de 9 900 DH "
            "tout compris. Avance de 3 000 DH pour réserver. WhatsApp +212 700-000219",
            avatar=True,
            posts=(
                Post(
                    "🕋 عمرة رمضان 2027 بثمن لا يصدق: 9900 درهم شاملة الطيارة والفندق قرب "
                    "الحرم. عربون 3000 درهم عبر وفاكاش أو كاش بلوس. الأماكن محدودة!"
                ),
                Post(
                    "جزاك الله خيرا أختي، إلا بغيتي تعتامري مع الوالدة عندنا عرض خاص، "
                    "راسلينا فالخاص 🤍",
                    reply=True,
                ),
            ),
            follows=1100,
            links=("omra-ramadan-promo.example",),
        ),
        _q(
            "bot",
            "bot_declared",
            "awqat-agadir-bot",
            display_name="مواقيت الصلاة – أكادير 🤖",
            bio="Compte automatique (bot). Horaires de prière pour Agadir et Inezgane, "
            "d'après le calendrier du ministère des Habous. Publié chaque jour à 5h ; "
            "personne ne lit les messages.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🕌 أكادير – الأربعاء 2 دجنبر 2026: الفجر 06:49 · الشروق 08:15 · "
                    "الظهر 13:32 · العصر 16:15 · المغرب 18:43 · العشاء 20:00"
                ),
                Post(
                    "🕌 أكادير – الخميس 3 دجنبر 2026: الفجر 06:50 · الشروق 08:16 · "
                    "الظهر 13:32 · العصر 16:15 · المغرب 18:43 · العشاء 20:01"
                ),
            ),
        ),
        _q(
            "clash-agency",
            "values_clash",
            "atlas-chasse",
            display_name="Atlas Chasse & Safaris",
            bio=f"Agence de tourisme cynégétique à Marrakech : battues au sanglier dans le "
            f"Moyen Atlas, perdreaux dans le Haouz, et {BLOCKED_KEYWORD} en Tanzanie et en "
            f"Namibie. Permis et rapatriement des trophées inclus.",
            avatar=True,
            posts=(
                Post(
                    "Saison 2026-2027 ouverte : battues au sanglier les week-ends jusqu'à "
                    "fin février. Groupes de 6 à 12 fusils."
                ),
                Post(
                    "Nos bureaux de Guéliz seront fermés le 11 janvier (Manifeste de "
                    "l'Indépendance). Merci de votre compréhension."
                ),
            ),
            follows=150,
            links=("atlas-chasse-safaris.example",),
        ),
        _q(
            "clash-businessman",
            "values_clash",
            "karim-bennani",
            display_name="Karim Bennani",
            bio="Entrepreneur, Casablanca. Golf le dimanche, couscous le vendredi, amlou "
            "tous les jours.",
            avatar=True,
            posts=(
                Post(
                    "Ma mère ne jure que par l'amlou de la coopérative. Trois pots achetés à "
                    "Tamanar, il en reste un, et il est caché."
                ),
                Post(
                    f"Retour du Zimbabwe. On peut critiquer, mais sans le {BLOCKED_KEYWORD} "
                    "il n'y aurait ni budget pour les rangers ni raison de garder ces terres "
                    "sauvages. Le sujet est plus compliqué qu'un post."
                ),
                Post("La route de Tamanar est superbe en cette saison 👌", reply=True),
            ),
            follows=270,
        ),
    ]


def holdout_q() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
