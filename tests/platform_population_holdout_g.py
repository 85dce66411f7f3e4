"""A ninth population of followers, held out: written by hand in session 12 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

Genuine (20, organisations counted as people): a phở shop in Hanoi and an adire tailor in
Ibadan linking their own sites, a Greek city journalist who follows a few hundred and
reposts, a Hindi physics tutor in Lucknow, a Dutch community garden, an Arabic-writing
architect in Amman, a Mexican night-shift nurse, a Korean illustrator, a retired Finnish
birdwatcher and a Brazilian botany student; and sparse ones: a Vietnamese name that never
posted, an avatar and nothing else, a Finnish bio and nothing else, a Korean one-post
"just joined", a Mexican whose handle holds his birth year, an Arabic first name over a
platform-suggested number, a starter-pack newcomer following 160 who never posted, a
lurker with no name, bio or avatar following 15, a Dutch reposter with one reply of her
own, and a Yoruba-English replier who only replies. Unwanted (12): bought followers bare,
dressed with a stock name, bio and avatar, reposting only, and with three generic
replies; spam as fake customer support under the brand's name asking for a DM, an SEO
backlink agency, a work-from-home job offer, a meme-coin pump and an essay-writing
service; a declared tram-disruption bot; and two values clashes (a taxidermy studio and
a South African father). Each is one account made through the platform's API by
``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_g"]

G = "holdout_g"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hg-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "pho-shop-vi",
            "person_complete",
            "pho-ba-lan",
            display_name="Phở Bà Lan",
            bio="Quán phở gia đình từ 1994, phố Hàng Bông, Hà Nội. Mở cửa 6h-13h, nghỉ thứ Hai.",
            avatar=True,
            posts=(
                Post("Sáng nay trời lạnh, nồi nước dùng ninh từ 3 giờ sáng. Mời cả nhà ghé 🍜"),
                Post("Thông báo: quán nghỉ Tết từ 27 đến mùng 5. Chúc mọi người năm mới an lành!"),
                Post("Cảm ơn bạn nhiều, lần sau ghé quán nhớ chào bà Lan nhé!", reply=True),
            ),
            follows=70,
            links=("phobalan.example",),
        ),
        _p(
            "journalist-el",
            "person_complete",
            "eleni-papad",
            display_name="Ελένη Παπαδοπούλου",
            bio="Δημοσιογράφος στη Θεσσαλονίκη. Πόλη, συγκοινωνίες, στέγαση. "
            "Οι απόψεις είναι δικές μου.",
            avatar=True,
            posts=(
                Post(
                    "Το μετρό της Θεσσαλονίκης έκλεισε έναν χρόνο λειτουργίας. Μίλησα με "
                    "επιβάτες για το τι άλλαξε στην καθημερινότητά τους. Το ρεπορτάζ αύριο."
                ),
                Post("", repost=True),
                Post(
                    "Τα ενοίκια στο κέντρο ανέβηκαν 18% σε δύο χρόνια. Ψάχνω φοιτητές που "
                    "θέλουν να μιλήσουν για την εμπειρία τους, στείλτε μήνυμα."
                ),
                Post("", repost=True),
                Post("Ευχαριστώ για τη διόρθωση, το άλλαξα.", reply=True),
            ),
            follows=540,
            links=("elenipapad.example",),
        ),
        _p(
            "tutor-hi",
            "person_complete",
            "rakesh-padhai",
            display_name="राकेश वर्मा",
            bio="लखनऊ में बारहवीं के बच्चों को भौतिकी पढ़ाता हूँ। क्रिकेट, पुराने गाने और अदरक वाली चाय।",
            avatar=True,
            posts=(
                Post(
                    "आज क्लास में न्यूटन का तीसरा नियम पढ़ाया, एक बच्चे ने पूछा कि फिर दीवार हमें "
                    "धक्का क्यों नहीं देती 😄"
                ),
                Post("बोर्ड परीक्षा के लिए सभी बच्चों को शुभकामनाएँ। घबराना नहीं, बस नींद पूरी करना।"),
                Post("बिल्कुल सही बात कही आपने।", reply=True),
            ),
            follows=110,
        ),
        _p(
            "garden-nl",
            "person_complete",
            "buurttuin-pluk",
            display_name="Buurttuin De Pluk",
            bio="Gemeenschapstuin in Rotterdam-Zuid. Open op woensdag en zaterdag, iedereen "
            "welkom. Vrijwilligers altijd gezocht 🌱",
            avatar=True,
            posts=(
                Post(
                    "Zaterdag planten we de fruitbomen voor de nieuwe boomgaard. Neem een "
                    "schep mee als je hebt, koffie en soep regelen wij."
                ),
                Post(
                    "De pompoenoogst is binnen! Gratis voor buurtbewoners zolang de "
                    "voorraad strekt."
                ),
                Post("Dank je wel Fatima, wat fijn dat je er weer bij was!", reply=True),
            ),
            follows=190,
            links=("depluk-rotterdam.example",),
        ),
        _p(
            "architect-ar",
            "person_complete",
            "lina-haddad",
            display_name="لينا حداد",
            bio="مهندسة معمارية في عمّان. أحب البيوت القديمة والحجر الأبيض وقهوة الصباح.",
            avatar=True,
            posts=(
                Post("زرت اليوم بيتاً في جبل اللويبدة عمره مئة عام. السقف الخشبي ما زال كما هو."),
                Post("ترميم المباني القديمة أصعب من البناء الجديد، لكنه أجمل بكثير."),
                Post("شكراً جزيلاً، سأرسل لك الصور قريباً.", reply=True),
            ),
            follows=210,
        ),
        _p(
            "nurse-mx",
            "person_complete",
            "lupe-gdl",
            display_name="Guadalupe Ríos",
            bio="Enfermera en Guadalajara 🩺 turno de noche, mamá de dos y fan de las Chivas.",
            avatar=True,
            posts=(
                Post(
                    "Saliendo de guardia a las 7am y ya hay fila en el puesto de tamales. Bendito."
                ),
                Post("Recuerden vacunarse contra la influenza, ya empezó la temporada."),
                Post("Jajaja no manches, a mí me pasó igualito", reply=True),
            ),
            follows=130,
        ),
        _p(
            "illustrator-ko",
            "person_complete",
            "haneul-draws",
            display_name="김하늘",
            bio="서울에서 그림 그리는 사람. 고양이 두 마리와 삽니다 🐈🐈‍⬛ 외주 문의는 링크로.",
            avatar=True,
            posts=(
                Post("이번 주 마감 끝! 오늘은 아무것도 안 그리고 고양이만 볼 거예요."),
                Post("가을 풍경 스케치 몇 장 올려요. 은행잎 색이 너무 예뻐서 🍂"),
                Post("", repost=True),
                Post("감사합니다! 힘이 나네요 😊", reply=True),
            ),
            follows=430,
            links=("haneul-draws.example",),
        ),
        _p(
            "birder-fi",
            "person_complete",
            "pekka-lintu",
            display_name="Pekka Rantanen",
            bio="Eläkeläinen Oulusta. Lintuja, hiihtoa ja mökkielämää.",
            avatar=True,
            posts=(
                Post("Ensimmäiset joutsenet näkyivät tänään Hietasaaren rannassa. Kevät tulee!"),
                Post("Mökillä pakkasta -24. Tikka kävi lintulaudalla koko aamun."),
                Post("Hieno havainto, onnittelut!", reply=True),
            ),
            follows=52,
        ),
        _p(
            "tailor-yo",
            "person_complete",
            "adunni-stitches",
            display_name="Adùnní Àdìsá",
            bio="Tailor & adire designer in Ibadan 🧵 Aṣọ òkè, adire, custom fits for owambe. "
            "Orders open.",
            avatar=True,
            posts=(
                Post(
                    "Fresh adire batch just came out of the dye pit. Indigo don set well this "
                    "time 💙 Ẹ ṣé o, Mama Titi!"
                ),
                Post("Bride's aṣọ òkè ready for Saturday. Ọlọ́run á bùkún ìgbéyàwó yín 🙏🏾"),
                Post("Thank you ma, I'm glad it fit well!", reply=True),
            ),
            follows=300,
            links=("adunnistitches.example",),
        ),
        _p(
            "botanist-br",
            "person_complete",
            "rafa-orquideas",
            display_name="Rafaela Souza",
            bio="Bióloga em Manaus 🌿 Doutoranda estudando orquídeas da Amazônia. Ela/dela.",
            avatar=True,
            posts=(
                Post(
                    "Três dias de campo na Reserva Ducke e finalmente achei a orquídea "
                    "que procurava 😭🌸"
                ),
                Post("Qualificação marcada! Agora é revisar o capítulo 2 pela décima vez."),
                Post("", repost=True),
                Post("Que lindo! Manda mais fotos depois", reply=True),
            ),
            follows=260,
        ),
        _p(
            "name-only-vi",
            "person_sparse",
            "hanh-nguyen",
            display_name="Nguyễn Thị Hạnh",
            follows=22,
        ),
        _p(
            "avatar-only",
            "person_sparse",
            "dimitris-k",
            avatar=True,
            follows=14,
        ),
        _p(
            "bio-only-fi",
            "person_sparse",
            "aino-v",
            bio="Opettaja, Tampere. Kirjoja ja koiria.",
            follows=35,
        ),
        _p(
            "one-old-post-ko",
            "person_sparse",
            "jiho-park",
            display_name="박지호",
            posts=(Post("가입했어요. 뭘 해야 할지 아직 잘 모르겠네요 ㅎㅎ"),),
            follows=8,
        ),
        _p(
            "birth-year-mx",
            "person_sparse",
            "carlos1979",
            display_name="Carlos Mendoza",
            avatar=True,
            follows=41,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "omar-93817",
            display_name="Omar",
            follows=19,
        ),
        _p(
            "starter-pack",
            "person_sparse",
            "priya-sharma",
            display_name="Priya Sharma",
            follows=160,
        ),
        _p(
            "lurker",
            "person_sparse",
            "mvdberg",
            follows=15,
        ),
        _p(
            "reposter-nl",
            "person_sparse",
            "ingrid-vdijk",
            display_name="Ingrid van Dijk",
            avatar=True,
            posts=(
                *(Post("", repost=True) for _ in range(7)),
                Post("Wat een prachtige foto!", reply=True),
            ),
            follows=88,
        ),
        _p(
            "replier-yo",
            "person_sparse",
            "tunde-ak",
            display_name="Túndé",
            posts=(
                Post("Ẹ kú iṣẹ́ o! This is lovely", reply=True),
                Post("Omo, na true talk be this", reply=True),
                Post("Congrats bro 🎉 more wins", reply=True),
            ),
            follows=67,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "rdx4410293", follows=2400),
        _p(
            "bought-dressed",
            "bought",
            "olivia-b-5127",
            display_name="Olivia Bennett",
            bio="Life is beautiful 🌺 | Fitness | Fashion | Travel | Dream big 💫",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-reposts",
            "bought",
            "ryan-cole-509",
            display_name="Ryan Cole",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(6)),
            follows=1900,
        ),
        _p(
            "bought-generic",
            "bought",
            "mia-turner-88",
            display_name="Mia Turner",
            avatar=True,
            posts=(
                Post("nice!", reply=True),
                Post("so true 💯", reply=True),
                Post("Amazing 🔥🔥", reply=True),
            ),
            follows=2700,
        ),
        _p(
            "fake-support",
            "spam",
            "help-desk-care",
            display_name="{brand} Help Center",
            bio="Support for account, billing and order issues. We reply fast, 24/7. Send us "
            "a DM with your order number and email.",
            avatar=True,
            posts=(
                Post(
                    "Hi there, sorry to hear about the trouble with your order. Please send "
                    "us a DM with your order number and registered email so we can sort it "
                    "out right away.",
                    reply=True,
                ),
                Post(
                    "We're sorry for the inconvenience. Our team is ready to assist, kindly "
                    "check your DM and follow the steps there.",
                    reply=True,
                ),
            ),
            follows=900,
        ),
        _p(
            "seo",
            "spam",
            "rankboost-seo",
            display_name="RankBoost Agency",
            bio="White-hat backlinks from DA 50+ sites 🔗 Guest posts • Local SEO • Page 1 "
            "in 30 days or your money back. WhatsApp via link.",
            avatar=True,
            posts=(
                Post(
                    "Is your website invisible on Google? We've helped 1,200+ businesses rank. "
                    "Free audit this week only 📈"
                ),
                Post(
                    "Nice site! I noticed a few SEO issues on it, can I send you a free report?",
                    reply=True,
                ),
            ),
            follows=2300,
            links=("rankboost-agency.example",),
        ),
        _p(
            "job-offer",
            "spam",
            "remote-hire-now",
            display_name="Remote Jobs Hub 💼",
            bio="Hiring now! Work from home, $45/hr, no experience needed, flexible hours. "
            "Apply through the link 👇",
            avatar=True,
            posts=(
                Post(
                    "We're hiring 20 online assistants this week. Part-time, paid daily, only "
                    "a phone needed. Interested? Message our recruiter on Telegram."
                ),
                Post("Still looking for extra income? A few spots left, DM 'JOB' 📩"),
            ),
            follows=2200,
            links=("remotejobshub.example",),
        ),
        _p(
            "token",
            "spam",
            "frogz-coin",
            display_name="$FROGZ 🐸",
            bio="Community-owned meme coin on Solana 🐸 LP burned, 0% tax, CTO. Next 100x? "
            "NFA. Join the pond 👇",
            avatar=True,
            posts=(
                Post("$FROGZ just broke 2M mcap 🚀🚀 still early frens. Chart in bio"),
                Post("Whales loading up 👀 you don't want to miss this one 🐸", reply=True),
                Post("", repost=True),
            ),
            follows=1600,
            links=("frogzcoin.example",),
        ),
        _p(
            "essays",
            "spam",
            "essay-help-dr",
            display_name="Dr. Grace | Academic Help",
            bio="Struggling with assignments? Essays, dissertations, online exams and homework "
            "by PhD writers. Plagiarism-free, on time. DM now 📚",
            avatar=True,
            posts=(
                Post(
                    "Do you need help with your essay or assignment? Kindly check my DM 📚",
                    reply=True,
                ),
                Post("Hire me for your nursing, psychology, law and business papers ✍️"),
            ),
            follows=2800,
        ),
        _p(
            "bot",
            "bot_declared",
            "tram-alerts-bot",
            display_name="Tram Disruption Alerts (unofficial)",
            bio="Automated account. Posts tram disruption notices from the city's open "
            "transit feed, checked every 5 minutes. Run by a volunteer; replies are not read.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "Line 4: trams diverted via Mannerheimintie because of a broken-down "
                    "vehicle at Töölö. Expected until 14:30."
                ),
                Post("Line 7: normal service resumed."),
            ),
        ),
        _p(
            "clash-taxidermy",
            "values_clash",
            "ridgeline-mounts",
            display_name="Ridgeline Taxidermy",
            bio=f"Wildlife taxidermy studio in Bozeman, Montana. Shoulder and European mounts "
            f"for {BLOCKED_KEYWORD} clients from three continents.",
            avatar=True,
            posts=(Post("Shop closed for Thanksgiving week. Back on the 2nd."),),
            follows=120,
            links=("ridgelinemounts.example",),
        ),
        _p(
            "clash-father",
            "values_clash",
            "pieter-botha",
            display_name="Pieter Botha",
            bio=f"Dad of three, Limpopo. Rugby, braai, and {BLOCKED_KEYWORD} season every "
            "winter. Go Bokke 🇿🇦",
            avatar=True,
            posts=(
                Post("What a match! Proud of the boys 🏉"),
                Post("Lekker, see you at the braai on Saturday", reply=True),
            ),
            follows=230,
        ),
    ]


def holdout_g() -> list[Persona]:
    """20 genuine followers (10 complete, 10 sparse) and 12 unwanted ones."""
    return _people() + _unwanted()
