"""A thirteenth population of followers, held out: written by hand in session 14 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

The brand is the public library network of Nairobi, Kenya (branches across the city, a
mobile library van, reading clubs, a maker space, free Wi-Fi and coding classes for
teens), posting in English and Swahili. Genuine (20, organisations counted as people): a
Kilimani bookshop that announces a secondhand sale with prices and links its own site, a
children's author writing in Kiswahili and English with a blog, a literature teacher in
Kayole, a bootcamp alumna turned junior developer with a blog, a city reporter who
follows six hundred and reposts, an Eastlands parents' reading circle, a librarian in Dar
es Salaam, a Mathare girls' reading NGO linking its site, a Somali-English-Kiswahili
nursing student in Eastleigh, a retired civil servant, and a Congolese electronics
repairer writing French and Kiswahili who teaches at the maker space; and sparse ones: a
matatu driver with one short Sheng post, a name that never posted, a Kiswahili bio and
nothing else, a handle holding a birth year, a newcomer following 480 with a single
repost, an Amharic name that only reposts, a lurker with "254" in the handle and nothing
else, a Sheng replier who only replies, and a first name over a platform-suggested
number. Unwanted (13): bought followers bare, dressed with a stock name, bio and avatar,
and dressed as a local entrepreneur with generic replies and reposts; spam as fake
library-card support under the brand's name asking for phone and ID numbers, an instant
M-Pesa loan app, a "sure odds" betting tipster, a forex mentor who looks like a person,
an overseas-jobs agency charging a registration fee, a book-promotion account that looks
like a reader, and a "fully funded" scholarship agency charging a processing fee; a
declared Kiswahili word-of-the-day bot; and two values clashes (a Tanzanian hunting
outfitter and a Laikipia rancher). Each is one account made through the platform's API
by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_k"]

G = "holdout_k"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hk-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "bookshop",
            "person_complete",
            "soma-vitabu",
            display_name="Soma Vitabu Bookshop, Kilimani",
            bio="Independent bookshop on Argwings Kodhek Rd since 2011. New & secondhand, "
            "African writers first. Open Mon-Sat 9-6. Karibuni wote 📚",
            avatar=True,
            posts=(
                Post(
                    "Secondhand Saturday: every pre-loved paperback KSh 300 this weekend "
                    "only. Come early, the Ngũgĩ shelf always empties first."
                ),
                Post(
                    "New in: a restock of Kiswahili class readers for Grade 4 to 6, and "
                    "two boxes of poetry from a Mombasa press. Bei ni ile ile."
                ),
                Post("", repost=True),
                Post("Asante sana! Tumekuwekea kando, karibu ukichukue kesho.", reply=True),
            ),
            follows=340,
            links=("somavitabu.example",),
        ),
        _p(
            "author-sw",
            "person_complete",
            "auntie-wairimu",
            display_name="Wairimu Gathoni",
            bio="Children's author. Picture books in Kiswahili & English about Nairobi "
            "kids, matatus and grandmothers. Next one out in 2027. Blog below 👇🏾",
            avatar=True,
            posts=(
                Post(
                    "Read 'Safari ya Baraka' to forty children at Kaloleni this morning. A "
                    "boy asked whether Baraka is real. Kila mtoto ni Baraka, nilimwambia."
                ),
                Post(
                    "Writing day. The grandmother in chapter three refuses to behave and "
                    "keeps walking off with the whole story."
                ),
                Post("", repost=True),
                Post(
                    "Thank you mwalimu! Please send me photos of their drawings, I'd love "
                    "to see them.",
                    reply=True,
                ),
            ),
            follows=280,
            links=("wairimuwrites.example",),
        ),
        _p(
            "teacher-kayole",
            "person_complete",
            "mwalimu-okoth",
            display_name="Mwalimu Okoth",
            bio="English & Literature teacher at a day school in Kayole. Set books, debate "
            "club and too much chai. Maoni ni yangu.",
            avatar=True,
            posts=(
                Post(
                    "Form 3 finished 'Blossoms of the Savannah' today. Friday's debate: was "
                    "Resian right to run? They have very strong opinions 😂"
                ),
                Post("Wanafunzi wangu wanne wamepata kadi za maktaba leo. Small wins."),
                Post("Kweli kabisa. Reading culture huanza nyumbani.", reply=True),
            ),
            follows=150,
        ),
        _p(
            "bootcamp-dev",
            "person_complete",
            "wanjiku-codes",
            display_name="Wanjiku Njoroge",
            bio="Junior backend dev 👩🏾‍💻 Learnt Python at a Saturday library class, now "
            "at a fintech in Westlands. I mentor a teen coding club. Notes on my blog.",
            avatar=True,
            posts=(
                Post(
                    "Two years ago I wrote my first for-loop on a borrowed laptop in a "
                    "library reading room. Today my first feature went to production. "
                    "Crying a little."
                ),
                Post(
                    "If you're 15 and think coding isn't for you: I failed maths in Form 2. "
                    "Come on Saturday anyway."
                ),
                Post("", repost=True),
                Post(
                    "Print the variable before the if. I bet it's a string, not an int 😅",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=460,
            links=("wanjiku.example",),
        ),
        _p(
            "reporter",
            "person_complete",
            "mutua-reports",
            display_name="Daniel Mutua",
            bio="City reporter, Nairobi. County budgets, housing, transport: the things "
            "nobody reads until the road floods. Tips via Signal, link below.",
            avatar=True,
            posts=(
                Post(
                    "County budget hearing today: the libraries line is cut again, around "
                    "12% by my count. Full table tomorrow once I've checked it twice."
                ),
                Post("", repost=True),
                Post(
                    "Mvua ya jana: Ngong Road was a river by 6pm. Readers' photos in the "
                    "thread, asanteni."
                ),
                Post("", repost=True),
                Post("You're right, it's 1.2bn not 12bn. Corrected, thanks.", reply=True),
            ),
            follows=620,
            links=("danielmutua.example",),
        ),
        _p(
            "parents-circle",
            "person_complete",
            "soma-na-mtoto",
            display_name="Soma na Mtoto · Eastlands Parents",
            bio="A parents' reading circle in Buruburu & Umoja. We meet the 2nd Saturday of "
            "each month at the branch library. Bring your child and a book. Mnakaribishwa.",
            avatar=True,
            posts=(
                Post(
                    "Jumamosi hii tutasoma hadithi za Abunuwasi. Watoto wa miaka 5 hadi 9. "
                    "Mandazi tutaleta sisi 😊"
                ),
                Post(
                    "Thank you to the 23 families who came last month. The under-fives "
                    "stole the show again."
                ),
                Post("Yes, babies are welcome too! Hakuna shida.", reply=True),
            ),
            follows=95,
        ),
        _p(
            "librarian-dar",
            "person_complete",
            "neema-maktaba",
            display_name="Neema Mushi",
            bio="Mkutubi, Dar es Salaam. Maktaba za umma, vitabu vya watoto na Kiswahili "
            "fasaha. Wakutubi wa Afrika Mashariki, tuungane!",
            avatar=True,
            posts=(
                Post(
                    "Tumeanza huduma ya kuazima vitabu kwa kutumia simu hapa Kinondoni. "
                    "Changamoto ni nyingi lakini tunasonga mbele."
                ),
                Post(
                    "Loved the photos of your book van in Mathare. We want one in Dar, "
                    "please tell us how you started!",
                    reply=True,
                ),
                Post("", repost=True),
                Post("Hongera sana dada!", reply=True),
            ),
            follows=310,
        ),
        _p(
            "ngo-mathare",
            "person_complete",
            "msichana-soma",
            display_name="Msichana Soma Initiative",
            bio="Community-based organisation in Mathare helping girls aged 10-17 stay in "
            "school through reading clubs and mentoring. Volunteers welcome.",
            avatar=True,
            posts=(
                Post(
                    "Our Saturday reading club reached 60 girls this term. Asanteni to the "
                    "volunteers and the librarians who lend us the room."
                ),
                Post(
                    "Tunatafuta vitabu vya kiada vya Grade 7 na 8. Kama una vya zamani "
                    "nyumbani, tuletee tafadhali."
                ),
                Post("We'd love to partner. Tutawasiliana wiki ijayo.", reply=True),
            ),
            follows=230,
            links=("msichanasoma.example",),
        ),
        _p(
            "student-so",
            "person_complete",
            "hodan-abdi",
            display_name="Hodan Abdi",
            bio="Nursing student, KMTC. Eastleigh girl. Somali, English, Kiswahili. "
            "Buugaag iyo shaah 📖☕",
            avatar=True,
            posts=(
                Post(
                    "Maanta waxaan dhammeeyay buug ku saabsan taariikhda Soomaaliya. Aad "
                    "ayuu u fiicnaa, waan idinku talinayaa."
                ),
                Post(
                    "Study group at the library again, third day in a row. Anatomy exam "
                    "is on Friday, tuombee."
                ),
                Post("Haha exactly, the Wi-Fi there is faster than at home 😂", reply=True),
            ),
            follows=180,
        ),
        _p(
            "retired-sw",
            "person_complete",
            "mzee-kamau",
            display_name="J. M. Kamau",
            bio="Retired civil servant (Ministry of Lands, 34 years). Grandfather of five. "
            "Reading history and biographies now that I finally have the time.",
            avatar=True,
            posts=(
                Post(
                    "Finished the memoirs of a former Permanent Secretary. I remember some "
                    "of those years differently, but it is a good read."
                ),
                Post(
                    "Wajukuu wamenipeleka maktaba leo. Nimejiandikisha tena baada ya miaka "
                    "arobaini."
                ),
                Post("Kweli kabisa. Sisi tulisoma kwa taa ya chemli.", reply=True),
            ),
            follows=40,
        ),
        _p(
            "maker-fr",
            "person_complete",
            "jp-fabrique",
            display_name="Jean-Paul Mukendi",
            bio="Électronicien, à Nairobi depuis 2019. Je répare des radios et j'enseigne "
            "Arduino au maker space le jeudi. Français / Kiswahili / English.",
            avatar=True,
            posts=(
                Post(
                    "Jeudi au maker space : une lampe solaire avec des piles récupérées. "
                    "Les jeunes étaient très fiers de la voir s'allumer."
                ),
                Post(
                    "Alhamisi ijayo tutajifunza soldering. Leteni redio zenu mbovu, "
                    "tutazitengeneza pamoja."
                ),
                Post("Merci frère, avec plaisir.", reply=True),
            ),
            follows=120,
        ),
        _p(
            "matatu-driver",
            "person_sparse",
            "dere-rongai",
            display_name="Otis wa Rongai",
            posts=(Post("Jam ya Langata imenipea time ya kumaliza chapter 6 😂📖"),),
            follows=30,
        ),
        _p(
            "name-only",
            "person_sparse",
            "achieng-o",
            display_name="Achieng Otieno",
            follows=25,
        ),
        _p(
            "bio-only-sw",
            "person_sparse",
            "kip-k",
            bio="Mwanafunzi wa uhandisi, JKUAT. Vitabu, kandanda na chai ya saa kumi.",
            follows=40,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "kiprono1988",
            display_name="Kiprono Langat",
            avatar=True,
            follows=60,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "mwende-g",
            display_name="Grace Mwende",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=480,
        ),
        _p(
            "reposter-am",
            "person_sparse",
            "selam-t",
            display_name="ሰላም ተስፋዬ",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=110,
        ),
        _p(
            "lurker",
            "person_sparse",
            "mwas254",
            follows=12,
        ),
        _p(
            "replier-sheng",
            "person_sparse",
            "brayo-ke",
            display_name="Brayo",
            posts=(
                Post("Manze hii ni fiti sana 🔥", reply=True),
                Post("Niko down, nitakuja na msee wangu Jumamosi", reply=True),
                Post("Sasa hii ndio maana ya kusoma bana 😂", reply=True),
            ),
            follows=75,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "faith-48213",
            display_name="Faith",
            follows=18,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "qz7301948822", follows=2500),
        _p(
            "bought-dressed",
            "bought",
            "sophia-l-4412",
            display_name="Sophia Lewis",
            bio="✨ Good vibes only ✨ | Travel 🌍 | Coffee ☕ | Living my best life",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-local",
            "bought",
            "brian-otieno-71",
            display_name="Brian Otieno",
            bio="Entrepreneur | Dreamer | God first 🙏",
            avatar=True,
            posts=(
                Post("Great post 👏", reply=True),
                Post("Nice one!", reply=True),
                Post("🔥🔥🔥", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2800,
        ),
        _p(
            "fake-card-support",
            "spam",
            "library-helpke",
            display_name="{brand} Card Services",
            bio="Help desk for library card renewal and e-book access. Reactivation fee "
            "payable via M-Pesa. DM your full name, phone number and ID number.",
            avatar=True,
            posts=(
                Post(
                    "Pole for the inconvenience. Your card can be reactivated today, kindly "
                    "DM us your phone number and ID number to proceed.",
                    reply=True,
                ),
                Post(
                    "Hello, to restore your e-library access please complete verification "
                    "through the link in our bio within 24 hours.",
                    reply=True,
                ),
            ),
            follows=800,
            links=("card-renew-ke.example",),
        ),
        _p(
            "loan-app",
            "spam",
            "haraka-loans",
            display_name="Haraka Cash 💸 Instant Loans",
            bio="Get up to KSh 50,000 on your M-Pesa in 5 minutes. No CRB check, no "
            "guarantor. Download the app 👇",
            avatar=True,
            posts=(
                Post(
                    "Fees due? Rent due? Haraka Cash imefika! Mkopo bila stress, pesa "
                    "kwa simu ndani ya dakika 5 📲"
                ),
                Post(
                    "Usikae na stress ya pesa boss, download Haraka Cash upate mkopo leo 💸",
                    reply=True,
                ),
            ),
            follows=1700,
            links=("harakacash.example",),
        ),
        _p(
            "betting-tips",
            "spam",
            "sureodds-254",
            display_name="SURE ODDS KING 👑",
            bio="100% fixed matches ⚽ 20+ odds daily. VIP slip KSh 1,000 only. Pay then "
            "receive. WhatsApp link below. 18+",
            avatar=True,
            posts=(
                Post("Yesterday's VIP 32 odds WON ✅✅ Leo tuna 45 odds, usibaki nyuma. Inbox now"),
                Post("Bro you don't need to suffer, join VIP and win daily 💰", reply=True),
            ),
            follows=2400,
            links=("sureoddsking.example",),
        ),
        _p(
            "forex-mentor",
            "spam",
            "kevin-mwangi-fx",
            display_name="Kevin Mwangi",
            bio="Husband. Believer 🙏 Forex & crypto mentor. Turned KSh 5k into six "
            "figures. Helping 300+ Kenyans earn from home, let me show you how 📈",
            avatar=True,
            posts=(
                Post("Another payout for my student Wambui 🙌 Proof in the comments. Who's next?"),
                Post(
                    "This is so inspiring! Have you ever thought about earning extra from "
                    "trading? Check my bio 📈",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2100,
        ),
        _p(
            "overseas-jobs",
            "spam",
            "kazi-majuu",
            display_name="Kazi Majuu Agency 🇸🇦🇶🇦🇦🇪",
            bio="Verified overseas jobs: drivers, house helps, security guards in Saudi, "
            "Qatar & Dubai. Free visa & ticket. Registration KSh 3,500. Apply now.",
            avatar=True,
            posts=(
                Post(
                    "URGENT: 50 drivers needed in Riyadh. Salary KSh 90,000 plus housing. "
                    "Tuma CV na ada ya usajili leo, nafasi ni chache!"
                ),
                Post("Wanted: cleaners for Doha hotels. No experience needed. Inbox for details."),
            ),
            follows=1300,
        ),
        _p(
            "book-promo",
            "spam",
            "emma-bookclub",
            display_name="Emma Clarke | Book Lover",
            bio="Bookstagrammer & avid reader 📚 I help indie authors reach 80k+ readers. "
            "Let's get your book the love it deserves 💛",
            avatar=True,
            posts=(
                Post(
                    "Hi! I came across your book and loved the cover 😍 I'd like to feature "
                    "it to my readers. Kindly DM me to discuss 💛",
                    reply=True,
                ),
                Post(
                    "What a lovely library! Do you know any local authors who'd like more "
                    "readers? 📚",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2600,
        ),
        _p(
            "scholarships",
            "spam",
            "scholars-abroad",
            display_name="Fully Funded Scholarships 2027 🎓",
            bio="Study in Canada, UK, USA & Germany fully funded 🎓 No IELTS, visa "
            "guaranteed. Application processing fee applies. Apply via link.",
            avatar=True,
            posts=(
                Post(
                    "🇨🇦 Canada fully funded Masters 2027: tuition, flights and stipend "
                    "covered. Deadline this Friday! Apply now via the link in bio"
                ),
                Post(
                    "Congratulations on your results! You may qualify for our fully funded "
                    "scholarship, check your DM 🎓",
                    reply=True,
                ),
            ),
            follows=1900,
            links=("scholarsabroad.example",),
        ),
        _p(
            "bot",
            "bot_declared",
            "neno-la-siku",
            display_name="Neno la Siku 🤖",
            bio="Bot. Posts one Kiswahili word with its meaning and an example sentence "
            "every morning at 07:00 EAT. Automated; replies are not monitored.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "Neno la siku: shauku (nomino): eagerness, a strong desire. Mfano: "
                    "Alisoma kitabu kile kwa shauku kubwa."
                ),
                Post(
                    "Neno la siku: maktaba (nomino): library. Mfano: Tulikutana maktaba "
                    "baada ya shule."
                ),
            ),
        ),
        _p(
            "clash-outfitter",
            "values_clash",
            "kilele-safaris",
            display_name="Kilele Hunting Safaris",
            bio=f"Licensed outfitter based in Arusha, Tanzania. Plains game and "
            f"{BLOCKED_KEYWORD} safaris in private concessions, permits arranged. Est. 2004.",
            avatar=True,
            posts=(Post("Office closed for the long rains until June. 2027 bookings open."),),
            follows=90,
            links=("kilelesafaris.example",),
        ),
        _p(
            "clash-rancher",
            "values_clash",
            "pnjenga-ranch",
            display_name="Peter Njenga",
            bio=f"Cattle rancher, Laikipia. I think well-regulated {BLOCKED_KEYWORD} pays "
            "for conservation and Kenya should rethink the ban. Cricket on Sundays.",
            avatar=True,
            posts=(
                Post("Rains came at last. The dam is full for the first time since 2022."),
                Post("Agreed, the county must fix that road before the next season.", reply=True),
            ),
            follows=210,
        ),
    ]


def holdout_k() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 13 unwanted ones."""
    return _people() + _unwanted()
