"""A tenth population of followers, held out: written by hand in session 12 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

Imagined as the new followers of a mid-size city natural history museum. Genuine (20,
organisations counted as people): a Berlin museum preparator, an Argentine
palaeontology student, a Brazilian primary teacher, a retired Dutch birder, a Korean
scientific illustrator and a local history society linking their own sites, a bilingual
Welsh geology walking group, an Egyptian archaeology student writing Arabic, a Finnish
mushroom forager, a moth-trapping entomologist in Pune and an American science teacher
who follows several hundred accounts; and sparse ones: a parent with one reply, an
Italian pensioner with a name, an avatar and one repost, a lurker with only a name, a
Leeds booster who only reposts, a teenager with two short posts, a Mexican one-reply
account, a Vietnamese student's single post, a Dundee grandmother with only a bio, and
a volunteer guide who only replies. Unwanted (12): bought followers bare, dressed with
a stock name, bio and avatar, under a Chinese name, and with one greeting post; spam
selling follower growth, a fake support desk using the brand's name, a token airdrop,
essay-writing services and an investment "mentor"; a declared botanical-illustration
bot; and two values clashes (a taxidermy studio and a hunting podcast). Each is one
account made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_h"]

G = "holdout_h"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hh-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "preparator-de",
            "person_complete",
            "jonas-praep",
            display_name="Jonas Becker",
            bio="Präparator am Naturkundemuseum. Knochen, Gips, Geduld. Berlin. Er/ihm.",
            avatar=True,
            posts=(
                Post(
                    "Drei Wochen an einem Maulwurfskelett gearbeitet. Winzige Knochen, "
                    "große Freude."
                ),
                Post("Wer hat Tipps für Paraloid B-72 bei hoher Luftfeuchtigkeit?"),
                Post("", repost=True),
                Post("Sieht super aus! Welcher Kleber?", reply=True),
            ),
            follows=210,
        ),
        _p(
            "paleo-ar",
            "person_complete",
            "cami-fosiles",
            display_name="Camila Ferreyra",
            bio="Becaria doctoral en paleontología de vertebrados 🦕 Neuquén, Patagonia. "
            "Saurópodos, café y mate.",
            avatar=True,
            posts=(
                Post("Primer día de campaña: 38 grados, viento y una vértebra caudal asomando 🦴"),
                Post("Hoy defendí mi plan de tesis. Me tiemblan las piernas todavía."),
                Post("¡Qué lindo ejemplar! ¿Está expuesto al público?", reply=True),
            ),
            follows=320,
        ),
        _p(
            "teacher-br",
            "person_complete",
            "prof-luciana",
            display_name="Luciana Mendes",
            bio="Professora do 4º ano em Belo Horizonte. Ciências, leitura e muita paciência 📚🌱",
            avatar=True,
            posts=(
                Post(
                    "Levei a turma ao {brand} hoje. A pergunta mais repetida: 'o dinossauro "
                    "morde?' 😂"
                ),
                Post("Projeto do bimestre: cada aluno vai cuidar de um feijãozinho no algodão."),
                Post("Obrigada pela dica, vou usar com a turma!", reply=True),
            ),
            follows=75,
        ),
        _p(
            "birder-nl",
            "person_complete",
            "wim-vogels",
            display_name="Wim de Groot",
            bio="Gepensioneerd, vogelaar sinds 1971. Vooral weidevogels en steltlopers. Friesland.",
            avatar=True,
            posts=(
                Post("Vanochtend 14 grutto's bij de Workumerwaard. Het voorjaar komt eraan."),
                Post(
                    "Nieuwe telescoop binnen. Mijn vrouw zegt dat het de laatste is. "
                    "We zullen zien."
                ),
                Post("Mooie waarneming! Was het een juveniel?", reply=True),
            ),
            follows=70,
        ),
        _p(
            "illustrator-ko",
            "person_complete",
            "seoyeon-draws",
            display_name="김서연",
            bio="과학 일러스트레이터 / 곤충과 식물을 그려요 🪲🌿 작업 문의는 웹사이트로",
            avatar=True,
            posts=(
                Post("사슴벌레 큰턱 디테일 작업 중. 펜 세 자루 다 썼어요 ✍️"),
                Post("다음 달 서울 도감 일러스트 전시에 참여합니다!"),
                Post("", repost=True),
            ),
            follows=180,
            links=("seoyeondraws.example",),
        ),
        _p(
            "history-society",
            "person_complete",
            "riverside-history",
            display_name="Riverside Local History Society",
            bio="Volunteers recording the history of the Riverside and Mill End "
            "neighbourhoods since 1983. Talks on the second Wednesday, all welcome.",
            avatar=True,
            posts=(
                Post(
                    "This month's talk: 'The Tannery Lane flood of 1912', with photographs "
                    "never shown before. Wednesday 7pm, St Anne's hall."
                ),
                Post(
                    "Does anyone recognise the shopfront in this photo? We think it's "
                    "Bridge Street, around 1950."
                ),
                Post("Thank you, that's a huge help. We'll update the archive.", reply=True),
            ),
            follows=120,
            links=("riversidehistory.example",),
        ),
        _p(
            "geology-cy",
            "person_complete",
            "cerdded-creigiau",
            display_name="Cerdded Creigiau / Rock Walks",
            bio="Teithiau cerdded daeareg misol yng Ngogledd Cymru. Monthly geology walks in "
            "North Wales, Welsh and English. Bring boots.",
            avatar=True,
            posts=(
                Post(
                    "Taith dydd Sadwrn: llechi Cambriaidd ym Methesda. Saturday: Cambrian "
                    "slate at Bethesda, meet 10am by the chapel."
                ),
                Post("Diolch i bawb ddaeth allan yn y glaw! 21 of you, in that weather 🌧️"),
            ),
            follows=90,
        ),
        _p(
            "archaeology-eg",
            "person_complete",
            "nour-athar",
            display_name="نور حسن",
            bio="طالبة آثار مصرية في جامعة القاهرة. "
            "مهتمة بالفخار والحياة اليومية في مصر القديمة 🏺",
            avatar=True,
            posts=(
                Post("أول يوم لي في الحفائر في سقارة. الشمس قوية لكن الإحساس لا يوصف"),
                Post("قرأت اليوم عن خبز العمال في دير المدينة، موضوع ممتع جداً"),
                Post("شكراً جزيلاً على المعلومة!", reply=True),
            ),
            follows=150,
        ),
        _p(
            "forager-fi",
            "person_complete",
            "sieni-aino",
            display_name="Aino Virtanen",
            bio="Sienestäjä ja kirjastonhoitaja. Tampere. 🍄",
            avatar=True,
            posts=(
                Post("Suppilovahverot tulivat vihdoin! Kaksi koria täyteen."),
                Post("Muistutus: jos et ole varma, älä syö. Kysy sieneasiantuntijalta."),
            ),
            follows=40,
        ),
        _p(
            "entomologist-in",
            "person_complete",
            "moths-of-pune",
            display_name="Aditya Kulkarni",
            bio="Entomologist. Running a moth light trap on my Pune balcony since 2019. "
            "Marathi/English. Views my own.",
            avatar=True,
            posts=(
                Post(
                    "Last night's trap: 63 species, including a huge Atlas moth that sat on "
                    "the sheet until sunrise 🦋"
                ),
                Post("आज पहिला पाऊस! The termites swarmed and so did every gecko in the building."),
                Post("", repost=True),
                Post("Lovely shot, looks like an Eupterote to me", reply=True),
            ),
            follows=430,
            links=("mothsofpune.example",),
        ),
        _p(
            "teacher-us",
            "person_complete",
            "mr-okonjo-sci",
            display_name="Mr. Okonjo",
            bio="HS biology & earth science teacher, Ohio. Coach of a very loud robotics team. "
            "#EduSky #ScienceTeachers",
            avatar=True,
            posts=(
                Post(
                    "Students extracted strawberry DNA today and one of them said it looks "
                    "like snot. Correct. #ScienceTeachers"
                ),
                Post("", repost=True),
                Post("", repost=True),
                Post("Stealing this lab idea immediately, thank you", reply=True),
                Post("Snow day. Grading in pajamas."),
            ),
            follows=640,
        ),
        _p(
            "parent",
            "person_sparse",
            "beth-carr",
            display_name="Beth Carr",
            avatar=True,
            posts=(
                Post(
                    "My 5 year old hasn't stopped talking about the whale since Sunday",
                    reply=True,
                ),
            ),
            follows=22,
        ),
        _p(
            "pensioner-it",
            "person_sparse",
            "franco-rossi",
            display_name="Franco Rossi",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=15,
        ),
        _p(
            "lurker",
            "person_sparse",
            "sam-ellery",
            display_name="Sam Ellery",
            follows=7,
        ),
        _p(
            "booster",
            "person_sparse",
            "kit-leeds",
            display_name="Kit",
            bio="he/him. Leeds.",
            posts=tuple(Post("", repost=True) for _ in range(7)),
            follows=110,
        ),
        _p(
            "teen",
            "person_sparse",
            "zoe-s-07",
            display_name="zoe 🦖",
            avatar=True,
            posts=(
                Post("the blue whale skeleton goes so hard"),
                Post("omg same", reply=True),
            ),
            follows=230,
        ),
        _p(
            "reply-mx",
            "person_sparse",
            "lupita-gzz",
            display_name="Lupita G.",
            posts=(Post("¡Qué bonito! Ojalá algún día pueda ir 😍", reply=True),),
            follows=12,
        ),
        _p(
            "student-vi",
            "person_sparse",
            "minh-anh",
            display_name="Minh Anh",
            avatar=True,
            posts=(Post("Lần đầu dùng app này, chào mọi người 👋"),),
            follows=19,
        ),
        _p(
            "grandma",
            "person_sparse",
            "moira-k",
            bio="Gran of five. Knitting, crosswords, the odd walk. Dundee.",
            follows=14,
        ),
        _p(
            "volunteer",
            "person_sparse",
            "dave-the-guide",
            display_name="Dave Pritchard",
            avatar=True,
            posts=(
                Post("Come to the Saturday tour, I'll show you the good fossils", reply=True),
                Post("It's a cast, the real one is in storage. Still worth seeing!", reply=True),
            ),
            follows=34,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "user83920174", follows=2400),
        _p(
            "bought-dressed",
            "bought",
            "sophia-martin93",
            display_name="Sophia Martin",
            bio="Living my best life 🌿 | Dreamer 💫 | Believer 🙏",
            avatar=True,
            follows=1900,
        ),
        _p(
            "bought-chinese",
            "bought",
            "liwei5527",
            display_name="李伟",
            avatar=True,
            follows=2800,
        ),
        _p(
            "bought-greeting",
            "bought",
            "kevin-t-4490",
            display_name="Kevin Thompson",
            avatar=True,
            posts=(Post("Hello everyone, nice to meet you all! 😊"),),
            follows=1600,
        ),
        _p(
            "growth",
            "spam",
            "grow-fast-social",
            display_name="Grow Your Socials 🚀",
            bio="Get 10K REAL followers in 7 days 📈 Bluesky • Mastodon • IG • TikTok. "
            "Cheapest prices, instant start ✅ DM now",
            avatar=True,
            posts=(
                Post("Tired of posting to nobody? 😩 We'll get you real engagement fast. DM 📩"),
                Post("Great post! Want more people to see it? Check our bio 🚀", reply=True),
            ),
            follows=2700,
            links=("growfastsocial.example",),
        ),
        _p(
            "fake-support",
            "spam",
            "helpdesk-care24",
            display_name="Customer Care Desk",
            bio="Official help desk 🛠️ Ticket problems, refunds, account issues. We reply "
            "within minutes.",
            avatar=True,
            posts=(
                Post(
                    "Hi, sorry to hear about your {brand} booking problem! Please DM us "
                    "your email and order number so we can process a refund.",
                    reply=True,
                ),
                Post(
                    "We can help with this. Fill in the form at refund-helpdesk.example and "
                    "an agent will contact you.",
                    reply=True,
                ),
            ),
            follows=1200,
        ),
        _p(
            "airdrop",
            "spam",
            "sky-drop-claim",
            display_name="$SKY Airdrop 🪂",
            bio="Season 3 airdrop is LIVE 🔥 Connect wallet, claim free $SKY tokens. Limited "
            "supply!",
            posts=(
                Post("🪂 Eligible wallets can claim now 👉 skydrop-claim.example ⏳ ends in 12h"),
                Post("You're eligible for the $SKY airdrop 🎉 claim before it ends!", reply=True),
                Post("You're eligible for the $SKY airdrop 🎉 claim before it ends!", reply=True),
            ),
            follows=2950,
        ),
        _p(
            "essays",
            "spam",
            "essay-help-247",
            display_name="Essay & Homework Help",
            bio="Professional writers 📝 Essays, assignments, dissertations, online exams. "
            "100% plagiarism free. Pay after delivery. WhatsApp in link.",
            avatar=True,
            posts=(
                Post("Struggling with deadlines? We write any essay, any subject, in 24h 📚"),
                Post("Need help with your assignment? DM us 📝 #homework #essay #college"),
            ),
            follows=1700,
            links=("essayhelp247.example",),
        ),
        _p(
            "mentor",
            "spam",
            "amelia-invests",
            display_name="Amelia Grant",
            bio="Certified investment mentor 💼 Helped 500+ families reach financial freedom "
            "through crypto & forex. Ask me how 💬",
            avatar=True,
            posts=(
                Post("Financial freedom is a choice. Start today, thank yourself tomorrow 💎"),
                Post("Hi dear, your profile is lovely. May we be friends? 🌹", reply=True),
            ),
            follows=2300,
        ),
        _p(
            "bot",
            "bot_declared",
            "botany-plates-bot",
            display_name="Old Botany Plates",
            bio="Bot. Posts one public-domain botanical illustration every 6 hours from "
            "digitised 18th-19th century books. Run by a human who rarely checks replies.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post("Nymphaea alba (white water lily), from Flora Danica, plate 603, 1770s."),
                Post("Digitalis purpurea (foxglove), from Curtis's Botanical Magazine, 1790."),
                Post("Rosa canina (dog rose), from Sowerby's English Botany, 1799."),
            ),
        ),
        _p(
            "clash-taxidermy",
            "values_clash",
            "northwood-mounts",
            display_name="Northwood Taxidermy",
            bio=f"Wildlife taxidermy studio serving the {BLOCKED_KEYWORD} community since "
            "2004. Shoulder mounts, full body, European skulls. Shipping worldwide.",
            avatar=True,
            posts=(
                Post("Cape buffalo shoulder mount finished and crated for a client in Texas."),
                Post("Booking is now open for spring deliveries."),
            ),
            follows=210,
            links=("northwoodmounts.example",),
        ),
        _p(
            "clash-podcast",
            "values_clash",
            "bigfive-pod",
            display_name="The Big Five Podcast",
            bio=f"Stories and straight talk from a lifetime of {BLOCKED_KEYWORD} in Africa "
            "and beyond. New episode every Tuesday.",
            avatar=True,
            posts=(
                Post("Episode 88: a leopard hunt in Zimbabwe and what the permit fees pay for."),
                Post("", repost=True),
            ),
            follows=340,
        ),
    ]


def holdout_h() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 12 unwanted ones."""
    return _people() + _unwanted()
