"""An eighteenth population of followers, held out: written by hand in session 16
(2026-12-01) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a family-run bakery and café chain in Cebu City, Philippines (pan de sal,
ensaymada, ube cheese pandesal; three branches, a delivery app and a Saturday baking
class), posting in English, Cebuano and Tagalog. Genuine (20, organisations counted as
people): a sikwate and puto maya stall in Carbon Market that links its own site, a food
historian who writes long posts in English, Cebuano and Spanish and a blog, an ER nurse
who orders ube cheese pandesal for her ward every week, a hospitality student who went
to the baking class and reposts and replies, a retired panadero of forty-one years, a
Moalboal homestay with a site and Korean and Japanese guests, an OFW nanny in Dubai
writing Cebuano, Tagalog and English, a wedding planner with a site, a tricycle driver
in Lapu-Lapu who follows five hundred, a Mandaue flour and bakery-supply wholesaler
with a site, and a Talisay parish youth ministry; and sparse ones: a new real name that
never posted, a birth year in the handle, a pure reposter, a Korean language student
who only replies, a Japanese expat posting only short captions and emoji, a Hiligaynon
bio and nothing else, a lurker with Cebu's 032 area code in the handle, a newcomer
following 530 with one repost, and a first name over a platform-suggested number.
Unwanted (15): bought followers bare, with an avatar and a stock name only, dressed with
a stock English name and bio, and dressed as a Cebuana with one-word replies and
reposts; spam as an e-sabong and online casino "free 100" page, an online lending app
that threatens borrowers' contacts, a fake GCash help desk asking for the OTP and MPIN,
a fake anniversary giveaway under the brand's name charging a delivery fee, a
work-from-home mum with a "like and earn" task scam in some posts, a retired seaman running a
crypto pump group in some posts, a glutathione and slimming-coffee reseller, and a
romance scammer posing as an American oil-rig engineer; a declared typhoon-signal relay
bot for Cebu; and two values clashes (a Cebu hunting-travel agency with the keyword in
its bio, and a lawyer and lechon enthusiast with it only in a post). Each is one account
made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_p"]

G = "holdout_p"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hp-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "sikwate-stall",
            "person_complete",
            "sikwate-ni-dolor",
            display_name="Sikwate ni Manang Dolor",
            bio="Sikwate, puto maya ug hinog nga mangga sukad 1996. Carbon Market, Cebu "
            "City. Abli 4AM hangtod 11AM. Online orders sa among website ☕🥭",
            avatar=True,
            posts=(
                Post(
                    "Ugma sayo mi moabli, 3:30 AM kay Sinulog. Daghan tablea, daghan puto "
                    "maya, ug naay mangga gikan Guimaras!"
                ),
                Post(
                    "Bag-ong abot ang tablea gikan sa Argao. ₱120 ang usa ka rolyo, ₱650 "
                    "kung unom. Ideal pang-pasalubong."
                ),
                Post("Salamat sa pag-anhi, ma'am! Balik mo ha, dala ang mga apo 😊", reply=True),
                Post("", repost=True),
            ),
            follows=230,
            links=("sikwatenidolor.example",),
        ),
        _p(
            "food-historian",
            "person_complete",
            "connie-labra",
            display_name="Concepcion Borromeo-Labra",
            bio="Food historian, Cebu. I write about old panaderias, Spanish-era recipes and "
            "the Visayan kitchen. Long reads on the blog; short grumbles here.",
            avatar=True,
            posts=(
                Post(
                    "Pan de sal was never really 'salt bread'. Cebu's prewar bakers used "
                    "imported American flour, and the roll got smaller and sweeter every "
                    "decade. By the 1970s people judged the economy by the size of their "
                    "25-centavo pan de sal, long before the statistics did."
                ),
                Post(
                    "Ang ensaymada sa Sugbo lahi sa Manila: mas humok, mas daghan "
                    "mantekilya, ug sa karaang mga panaderya sa Parian gi-ibabawan og keso "
                    "de bola kung Pasko. Naa sa blog ang resipe sa usa ka lola gikan 1938."
                ),
                Post(
                    "«Ensaimada» viene del mallorquín «saïm», manteca de cerdo. En Filipinas "
                    "la manteca se volvió mantequilla y el azúcar encima se quedó. Bonito "
                    "ejemplo de cómo viaja una receta."
                ),
                Post(
                    "Gamay nga koreksyon: ang otap sa Liloan dili gikan sa hopia. Mas duol "
                    "siya sa hojaldre sa mga Katsila, puff pastry nga gipanipis.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=350,
            links=("connielabra-kusina.example",),
        ),
        _p(
            "er-nurse",
            "person_complete",
            "aileen-tumulak-rn",
            display_name="Aileen Tumulak, RN",
            bio="ER nurse, Cebu City. Night shift survivor 🩺 Kape + pan de sal = life. "
            "Mama ni Gab.",
            avatar=True,
            posts=(
                Post(
                    "Every Thursday talaga nag-o-order kami ng ube cheese pandesal para sa "
                    "buong ward. Dating ni kuya rider 7AM, saktong endorsement 😂"
                ),
                Post("12-hour duty done. Uwi, ligo, tulog. Kinsa pa'y naghinamhinam og day off 🥲"),
                Post(
                    "Sa app lang po, mga 20 minutes ra moabot sa hospital. Init pa gihapon!",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=190,
        ),
        _p(
            "hm-student",
            "person_complete",
            "kyle-abellanosa",
            display_name="Kyle Abellanosa",
            bio="BSHM 2nd year, Talamban. Future pastry chef (hopefully). Kape, plates ug "
            "basketball.",
            avatar=True,
            posts=(
                Post("", repost=True),
                Post(
                    "Nag-attend ko sa Saturday baking class! Karon ra ko kasabot unsaon "
                    "pag-knead og tarong. Humok kaayo among pandesal, proud kaayo ko 🥹"
                ),
                Post(
                    "Sir unsa'y sekreto sa humok nga ensaymada? Amo sa lab nigahi man 😭",
                    reply=True,
                ),
                Post("", repost=True),
                Post("Haha same, tulo ka beses ko nag-usab sa dough", reply=True),
            ),
            follows=280,
        ),
        _p(
            "retired-baker",
            "person_complete",
            "nonoy-canete",
            display_name="Eulogio 'Nonoy' Cañete",
            bio="Retiradong panadero. 41 ka tuig sa hurno sa Carbon ug Mabolo. Karon apo ug "
            "tanom na lang.",
            avatar=True,
            posts=(
                Post(
                    "Sauna alas 2 sa kadlawon mi mosugod. Harina, tubig, asin, lebadura ug "
                    "kusog sa bukton. Walay mixer. Hinay-hinay, pero lami."
                ),
                Post(
                    "Gipatilaw ko sa akong apo og ube cheese pandesal. Bag-ong panahon na "
                    "gyud, pero lami bitaw. Di ko mangaku sa akong asawa."
                ),
                Post(
                    "Salamat, dong. Ayaw kalimti, pahuwaya ang minasa. Ang harina kapoy pud.",
                    reply=True,
                ),
            ),
            follows=28,
        ),
        _p(
            "homestay",
            "person_complete",
            "kalipay-homestay",
            display_name="Kalipay Homestay Moalboal",
            bio="Family homestay sa Moalboal: 5 ka kwarto, 3 minutos ngadto sa baybayon. "
            "Pamahaw: pan de sal, itlog ug sikwate. Book via our website.",
            avatar=True,
            posts=(
                Post(
                    "Sardine run season! Guests this week came from Busan and Osaka. "
                    "손님들 감사합니다 🐟 また来てね!"
                ),
                Post(
                    "Every Friday we pick up pandesal and ensaymada in Cebu City on the way "
                    "back from the market. Ang mga bisita ganahan kaayo."
                ),
                Post(
                    "Hi! Yes, we have aircon rooms and free pick-up from the Moalboal bus "
                    "terminal.",
                    reply=True,
                ),
            ),
            follows=210,
            links=("kalipayhomestay.example",),
        ),
        _p(
            "ofw-dubai",
            "person_complete",
            "joy-maglasang",
            display_name="Joy Maglasang 🇵🇭🇦🇪",
            bio="OFW sa Dubai since 2014. Nanny & weekend baker. Miss na kaayo nako ang "
            "Cebu. Mama ni Kenneth ug Princess 💕",
            avatar=True,
            posts=(
                Post(
                    "Nag-order ko sa app para ni Mama sa Talisay, 2 ka box nga ensaymada "
                    "para sa iyang birthday. Nag-video call mi pag-abot. Nihilak siya 😭💕"
                ),
                Post(
                    "Tried baking pan de sal in our flat. Different flour, different "
                    "humidity. Not the same, but the kitchen smelled like home."
                ),
                Post(
                    "Kaya natin 'to mga kabayan! Konting tiis pa, uwi na tayo sa December 🙏",
                    reply=True,
                ),
            ),
            follows=310,
        ),
        _p(
            "wedding-planner",
            "person_complete",
            "trixie-golim",
            display_name="Trixie Go-Lim | Weddings & Events",
            bio="Wedding and events planner, Cebu. Intimate garden weddings, beach "
            "weddings in Bantayan, and a lot of ensaymada. Inquiries via our website.",
            avatar=True,
            posts=(
                Post(
                    "Sweet table for Carlo & Bea's garden wedding in Busay: 120 mini "
                    "ensaymadas and a pandesal bar for the late-night snack. The titas "
                    "took some home, as titas do 🤍"
                ),
                Post("Couples, book your 2027 dates early. December is almost full na."),
                Post(
                    "Hi! Yes, we coordinate with local bakers for giveaways. Send us your "
                    "date and guest count 🤍",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=420,
            links=("trixiegolim-events.example",),
        ),
        _p(
            "tricycle-driver",
            "person_complete",
            "rodel-pacana",
            display_name="Rodel Pacaña",
            bio="Tricycle driver, Lapu-Lapu City. Pusok TODA. Maayong buntag sa tanan!",
            avatar=True,
            posts=(
                Post("Pamahaw sa terminal: pan de sal ug kape, ₱25. Kumpleto na ang adlaw 😄"),
                Post("Grabe ang trapik sa tulay karon. Agwanta lang mga bai."),
                Post("", repost=True),
                Post("", repost=True),
                Post("Naa ko sa Pusok terminal ugma, bai, 6AM.", reply=True),
            ),
            follows=560,
        ),
        _p(
            "flour-supplier",
            "person_complete",
            "mandaue-flour",
            display_name="Mandaue Flour & Bakery Supply",
            bio="Sukad 1989: harina, asukal, lebadura, margarina ug bakery tools para sa "
            "mga panaderya sa Visayas. Wholesale ug retail. Delivery sa Metro Cebu.",
            avatar=True,
            posts=(
                Post(
                    "Pahibalo: mosaka og ₱35 kada sako ang first class flour sugod sa "
                    "Lunes tungod sa import costs. Pasensya mga suki."
                ),
                Post(
                    "Bag-ong abot: ube flavoring ug cheese cubes para sa inyong ube cheese "
                    "pandesal. Pangutana lang sa among staff."
                ),
                Post(
                    "Hello! Pwede pickup sa among warehouse sa Subangdaku, 7AM-5PM, Lunes "
                    "hangtod Sabado.",
                    reply=True,
                ),
            ),
            follows=180,
            links=("mandaueflour.example",),
        ),
        _p(
            "parish-youth",
            "person_complete",
            "san-isidro-youth",
            display_name="San Isidro Parish Youth Ministry – Talisay",
            bio="Youth ministry sa San Isidro Labrador Parish, Talisay City. Choir, "
            "outreach ug Simbang Gabi. 'Let no one despise your youth' (1 Tim 4:12)",
            avatar=True,
            posts=(
                Post(
                    "Salamat sa tanan nga nisuporta sa among bake sale! ₱18,450 ang "
                    "nakolekta para sa school supplies sa mga bata sa Lagtang 🙏"
                ),
                Post(
                    "Simbang Gabi: 4:30 AM, Dec 16-24. Naay libreng pandesal ug sikwate "
                    "human sa misa. Dad-a ang barkada!"
                ),
                Post("Amen! Kita-kits sa Sabado sa youth night 🙌", reply=True),
            ),
            follows=240,
        ),
        _p(
            "name-only",
            "person_sparse",
            "rheamae-villaflor",
            display_name="Rhea Mae Villaflor",
            follows=6,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "jomar-abellana1988",
            display_name="Jomar Abellana",
            avatar=True,
            follows=52,
        ),
        _p(
            "reposter",
            "person_sparse",
            "lorna-pepito",
            display_name="Lorna Pepito",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=110,
        ),
        _p(
            "replier-kr",
            "person_sparse",
            "minjun-kim-ceb",
            display_name="김민준 Minjun",
            posts=(
                Post("Ube cheese pandesal 진짜 맛있어요! Lami kaayo 👍", reply=True),
                Post("IT Park branch is open until what time?", reply=True),
                Post("감사합니다, salamat po 🙏", reply=True),
            ),
            follows=65,
        ),
        _p(
            "captions-jp",
            "person_sparse",
            "yuki-in-cebu",
            display_name="ゆき 🌺",
            avatar=True,
            posts=(
                Post("朝ごはん ☕🍞"),
                Post("💜🧀"),
                Post("Merienda time 😋"),
            ),
            follows=140,
        ),
        _p(
            "bio-only-hil",
            "person_sparse",
            "mae-nursing",
            bio="Taga-Iloilo, nagatuon sang nursing diri sa Sugbo. Palangga ko ang akon "
            "pamilya kag ang kape sa aga.",
            follows=40,
        ),
        _p(
            "lurker",
            "person_sparse",
            "jun032",
            follows=12,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "ramil-ybanez",
            display_name="Ramil Ybañez",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=530,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "kristine-48213",
            display_name="Kristine",
            follows=19,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "q8r5530917264", follows=2800),
        _p(
            "bought-avatar",
            "bought",
            "princessmae-77410",
            display_name="Princess Mae",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-dressed",
            "bought",
            "emma-wilson-5520",
            display_name="Emma Wilson",
            bio="Live, laugh, love 💕 | Traveler 🌍 | Foodie 🍕 | Good vibes only",
            avatar=True,
            follows=2950,
        ),
        _p(
            "bought-local",
            "bought",
            "jasmine-dcruz-881",
            display_name="Jasmine Dela Cruz",
            bio="God first 🙏 | Cebu 🌴 | Kape ug good vibes ✨",
            avatar=True,
            posts=(
                Post("Lami! 😍", reply=True),
                Post("Nice po", reply=True),
                Post("Wow 👏", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2700,
        ),
        _p(
            "esabong-casino",
            "spam",
            "esabong-free100",
            display_name="Sabong Online PH 🐓🎰",
            bio="Legit online sabong at casino 🐓🎰 FREE ₱100 sa new member! Cash-in via "
            "GCash/Maya, withdraw in 5 mins. No scam, 100% legit! Link sa bio 👇",
            avatar=True,
            posts=(
                Post(
                    "🔥 FREE 100 sa lahat ng mag-register ngayon! Walang deposit, diretso "
                    "laro. Link sa bio, bilis bago maubos mga lods!"
                ),
                Post(
                    "Ang daming nanalo kagabi sa derby 🐓💸 May 188% bonus pa sa first "
                    "deposit. PM lang sa TG @sabongking_ph"
                ),
                Post("Boss try mo dito, free 100 agad 👇 legit payout", reply=True),
            ),
            follows=2400,
            links=("sabong-free100.example",),
        ),
        _p(
            "lending-app",
            "spam",
            "pautang-agad-cebu",
            display_name="Pautang Agad Cebu 💸",
            bio="Need pera ASAP? ₱3,000-₱50,000 loan in 10 mins! No collateral, no CI, 1 "
            "valid ID lang. Low interest. Download ang app sa link. Viber 0917-000-0418",
            avatar=True,
            posts=(
                Post(
                    "Gipit ba this week? 💸 Approved agad kahit may existing loan ka. I-"
                    "download lang ang app, 10 minutes pasok na sa GCash mo!"
                ),
                Post(
                    "Ma'am Jocelyn Reyes, overdue na po kayo ng 3 days. Kapag hindi kayo "
                    "nagbayad ngayong araw, ime-message namin LAHAT ng contacts ninyo na "
                    "scammer kayo. Last warning na po ito.",
                    reply=True,
                ),
                Post(
                    "Kailangan ng pang-tuition? Pang-ospital? PM lang po, tutulungan namin kayo 🙏",
                    reply=True,
                ),
            ),
            follows=1300,
            links=("pautangagad-app.example",),
        ),
        _p(
            "fake-gcash-desk",
            "spam",
            "gcash-helpdesk-ph",
            display_name="GCash Help Center PH ✅",
            bio="Customer care para sa failed cash-in, double deduction at refund. I-DM "
            "ang inyong registered number para ma-assist kayo agad. 24/7 online po kami.",
            avatar=True,
            posts=(
                Post(
                    "Hi po ma'am, nakita namin ang concern ninyo sa failed payment sa "
                    "{brand} app. Para ma-refund, i-PM po ang registered number, MPIN at "
                    "ang 6-digit OTP na matatanggap ninyo. Salamat po!",
                    reply=True,
                ),
                Post(
                    "Sir, na-lock po ang account ninyo dahil sa suspicious activity. "
                    "I-verify agad sa link sa bio para hindi ma-forfeit ang balance.",
                    reply=True,
                ),
            ),
            follows=850,
            links=("gc-refund-verify.example",),
        ),
        _p(
            "fake-giveaway",
            "spam",
            "pandesal-giveaway",
            display_name="{brand} 🎁 Anniversary Giveaway",
            bio="Official giveaway page 🎉 Celebrating our 3 branches! Win a ₱5,000 gift "
            "card + 1 year libreng pandesal. Winners ay i-PM namin.",
            avatar=True,
            posts=(
                Post(
                    "🎉 GIVEAWAY! 1️⃣ I-follow kami 2️⃣ I-tag ang 5 friends 3️⃣ I-share "
                    "ang post na 'to. 10 winners ng ₱5,000 gift card! Goodluck 🍀"
                ),
                Post(
                    "Congrats po! 🎉 Isa kayo sa 10 winners. Para ma-claim, magbayad lang ng "
                    "₱149 delivery/processing fee via GCash sa link sa bio within 6 hours "
                    "po, kung hindi ibibigay sa iba.",
                    reply=True,
                ),
            ),
            follows=1700,
            links=("anniv-promo-claim.example",),
        ),
        _p(
            "task-job-mom",
            "spam",
            "jen-alcantara-wfh",
            display_name="Jen Alcantara",
            bio="Mommy of 2 👧👦 | Ex-call center agent, now WFH 🏡 | Taga-Mandaue 💛",
            avatar=True,
            posts=(
                Post("Sinigang na baboy for dinner kay nag-uwan 🌧️ Comfort food gyud."),
                Post("", repost=True),
                Post(
                    "Sino gusto ng sideline? Mag-like lang ng videos at i-screenshot, "
                    "₱150-₱300 per task 💸 Kahapon ₱2,800 nakuha ko. Legit 'to, add me sa "
                    "Telegram @jen_tasks_ph"
                ),
                Post("First day of school ni bunso today 🎒 Dali ra kaayo mudako 🥹"),
                Post(
                    "Sis, gusto mo extra income samtang naa ra sa balay? PM lang 🥰",
                    reply=True,
                ),
            ),
            follows=1450,
        ),
        _p(
            "crypto-pump",
            "spam",
            "paolo-villareal",
            display_name="Paolo Villareal",
            bio="Seaman (ret.) ⚓ | Dad of 3 | Self-taught trader | Mindset is everything 💯",
            avatar=True,
            posts=(
                Post("Sunday family lunch sa Mactan. Lami kaayo ang sutukil 🐟"),
                Post(
                    "Last week 8x ang coin na ni-share namin sa VIP group 🚀 Next pump "
                    "this Friday 9PM. Entry fee ₱999 lang, limited slots. Telegram: "
                    "@cryptopinoy_signals"
                ),
                Post("", repost=True),
                Post(
                    "Congrats po sa business! 👏 Alam niyo ba na pwede pa palaguin ang kita "
                    "ninyo sa crypto? Check my profile 🙏",
                    reply=True,
                ),
            ),
            follows=1900,
        ),
        _p(
            "gluta-slimming",
            "spam",
            "shaira-gluta-ceb",
            display_name="Shaira Montecillo | Reseller 💕",
            bio="Pa-reserve na mga mamsh! 💕 Glutathione + collagen, slimming coffee. 7 "
            "days pumuti, 2 weeks -8 kilos. COD nationwide 📦 Viber 0917-000-0733",
            avatar=True,
            posts=(
                Post(
                    "Before & after ni ate after 2 weeks ng Snow White Gluta 😱 Pumuti na, "
                    "minus 8 kilos pa! ₱499 per box, buy 2 take 1. PM na mga mamsh!"
                ),
                Post("OOTD for Sinulog 💃✨"),
                Post(
                    "Ganda ng ensaymada 😍 pero mas maganda kung sexy ka rin mamsh! Try "
                    "our slimming coffee, 1 week -5kg 💯 PM me",
                    reply=True,
                ),
            ),
            follows=2100,
            links=("snowwhite-gluta.example",),
        ),
        _p(
            "romance",
            "spam",
            "richard-hayes-eng",
            display_name="Engr. Richard Hayes",
            bio="Offshore oil rig engineer 🛢️ | Widower | Born in Texas 🇺🇸 | God fearing "
            "man | Looking for my Filipina queen 👑❤️",
            avatar=True,
            posts=(
                Post(
                    "Hello beautiful, mabuhay! I saw your smile in the comments and I can't "
                    "stop thinking of you. I am working offshore now, can we be friends? "
                    "Please reply my DM 🌹",
                    reply=True,
                ),
                Post("Good morning to all my Filipino friends, God bless you all 🙏"),
                Post("", repost=True),
            ),
            follows=2350,
        ),
        _p(
            "bot",
            "bot_declared",
            "cebu-bagyo-bot",
            display_name="Cebu Bagyo Alert 🤖",
            bio="Automated account (bot). Nag-relay sa PAGASA tropical cyclone wind "
            "signals para sa Cebu ug Central Visayas. Dili opisyal nga account; walay "
            "magbasa sa mga mensahe.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🌀 TCWS #2 gipataas sa Metro Cebu, Camotes Islands ug Bantayan. "
                    "Bagyong Paulo: 110 km E sa Siargao, 85 km/h, padulong WNW 20 km/h. "
                    "Sunod nga update 11:00 AM."
                ),
                Post(
                    "🌀 TCWS #1 nagpabilin sa Southern Cebu. Walay biyahe ang mga barko "
                    "paingon Bohol ug Leyte. Sunod nga update 5:00 PM."
                ),
            ),
        ),
        _p(
            "clash-agency",
            "values_clash",
            "visayas-safaris",
            display_name="Visayas Outdoor Safaris",
            bio=f"Cebu-based travel agency for hunters: dove shoots in Argentina, plains "
            f"game and {BLOCKED_KEYWORD} packages in South Africa and Namibia. Permits, "
            f"flights and taxidermy shipping. Est. 2011.",
            avatar=True,
            posts=(
                Post(
                    "Bookings for the 2027 season are open. Early groups get a free "
                    "Johannesburg city tour."
                ),
                Post("Our Banilad office is closed Dec 24-26 and Dec 31-Jan 1. Maayong Pasko!"),
            ),
            follows=160,
            links=("visayassafaris.example",),
        ),
        _p(
            "clash-lawyer",
            "values_clash",
            "atty-ramon-ouano",
            display_name="Atty. Ramon Ouano",
            bio="Lawyer, Cebu City. Lechon judge every fiesta, Sinulog devotee, dad of "
            "three hungry kids.",
            avatar=True,
            posts=(
                Post(
                    "Sunday pasalubong: ensaymada ug ube cheese pandesal. Wala nay nahabilin "
                    "pag-abot sa balay, kasabot na mo."
                ),
                Post(
                    f"Back from Tanzania. Daghan mo-criticize, pero ang {BLOCKED_KEYWORD} "
                    "fees mao'y nagpondo sa anti-poaching patrols didto. Dili tanan black "
                    "and white."
                ),
                Post("Talisay lechon gihapon, walay lain 🐷", reply=True),
            ),
            follows=230,
        ),
    ]


def holdout_p() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
