"""A twenty-third population of followers, held out: written by hand in session 21
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a community radio station in Tbilisi, Georgia (shows in Georgian, a
Russian-language evening slot, an English-language music show, live broadcasts from the
Dry Bridge market, a fundraiser to replace its old transmitter, a volunteer-run archive of
Soviet-era vinyl). Followers write Georgian in Mkhedruli script, Russian, English, some
Armenian and Azerbaijani, and Georgian in Latin letters ("translit"). Genuine (21,
organisations counted as people): a retired sound engineer who digitises the station's
Melodiya records as a volunteer, writing Georgian; an antique and camera seller at the Dry
Bridge market writing Russian and Georgian; an Armenian journalism student from Avlabari
writing Armenian, Russian, English and a Georgian reply; an English teacher from Marneuli
writing Azerbaijani and Georgian about the weak signal in her village and the transmitter
fundraiser; a dub band with a site writing English and Georgian about a benefit gig; a
philology student writing Georgian in translit about the music show and a 10-lari
donation; a family bakery in Sololaki giving part of each loaf to the fundraiser, writing
Georgian and one Russian reply; a Georgian polyphony ensemble with a site singing live
from the market and teaching in English; a Russian-speaking Tbilisi journalist with a blog
about old courtyards and an autographed 1972 record in the archive; a radio amateur with a
site writing English, Georgian and Russian about the old transmitter and signal
measurements; and an Irish English teacher learning Georgian; and sparse ones: a name only
in Latin letters, a Vake pensioner with only a Georgian bio, a brand-new empty account, an
Armenian name and a photo and nothing more, a young man who only reposts, a taxi driver in
Rustavi who only replies in translit and Russian asking why the signal is gone, a silent
reader following some two thousand accounts, a Georgian woman in Berlin with one post, a
man with his birth year in the handle, and a ceramicist with a shop link and one post about
mugs made for the fundraiser. Unwanted (15): bought followers bare with digits and many
follows, a name and photo only, a stock motivational bio, and a dressed account that only
reposts; spam as a Kakheti wine-tour account whose too-cheap prepaid offer is only in its
bio and link, a friendly-looking woman offering an Old Town flat for a card deposit only in
replies, a work-abroad visa agency charging up front in Georgian and Russian, a made-up
lottery operator telling repliers they won the station's listeners' draw and must pay a
fee, a Russian relocant whose one post among café and mountain posts pitches USDT P2P
"arbitrage", an AI-art account of Tbilisi that sells followers in its bio and one post, and
an "account safety desk" phishing for verification only in replies; two declared bots (the
lari exchange rate, Tbilisi weather); and two values clashes (a wine importer with the
keyword in his English bio, and an off-road guide with it only in one English post). Each
is one account made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_u"]

G = "holdout_u"


def _u(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hu-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _u(
            "vinyl-archivist",
            "person_complete",
            "gela-vinyl",
            display_name="გელა ბერიძე 🎙",
            bio="ხმის რეჟისორი, რადიოში 40 წელი ვიმუშავე. ახლა მოხალისედ ვაციფრებ საბჭოთა "
            "ფირფიტებს — „მელოდიის“ თბილისის სტუდიის ჩანაწერებს.",
            avatar=True,
            posts=(
                Post(
                    "ამ კვირაში 64 ფირფიტა გავაციფრეთ. ყველაზე ძველი 1958 წლისაა, ქართული "
                    "ხალხური სიმღერები, ეტიკეტზე სათაური ჯერ კიდევ ხელით აწერია."
                ),
                Post(
                    "{brand}-ის არქივში „ორერას“ 1960-იანი წლების ჩანაწერი ვიპოვეთ, რომელიც, "
                    "როგორც ჩანს, დისკზე არასდროს გადაუწერიათ. კვირას, 12:00-ზე ეთერში 📻"
                ),
                Post(
                    "დიახ, ფირფიტები ოთხშაბათს მოიტანეთ, 15:00-დან. გაციფრებულ ასლს თქვენც "
                    "გამოგიგზავნით 🙂",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=150,
        ),
        _u(
            "dry-bridge-seller",
            "person_complete",
            "zurab-dry-bridge",
            display_name="Зураб | антиквариат 📷",
            bio="Старые фотоаппараты, значки, пластинки. Сухой мост, каждый день с 10:00 и до "
            "темноты. ძველი ფოტოაპარატები და ფირფიტები, მშრალი ხიდი.",
            avatar=True,
            posts=(
                Post(
                    "Сегодня радио вело прямой эфир прямо у моего прилавка. Ведущая спросила "
                    "про «Зенит-Е» 1978 года, а я полчаса рассказывал, как он пережил три "
                    "переезда и одну свадьбу 😄"
                ),
                Post(
                    "მშრალ ხიდზე დღეს ცივა, მაგრამ ტურისტები მაინც მოდიან. ერთმა ჰოლანდიელმა "
                    "„ფედ-2“ იყიდა და ქართულად მადლობა გადამიხადა ✨"
                ),
                Post(
                    "Кто слушал субботний эфир: пластинку Нани Брегвадзе, которую я показывал, "
                    "уже отдал в архив станции. Пусть звучит, а не пылится у меня под столом."
                ),
                Post("Да, по воскресеньям тоже стою, слева от лестницы.", reply=True),
            ),
            follows=75,
        ),
        _u(
            "armenian-student",
            "person_complete",
            "anahit-avlabari",
            display_name="Անահիտ Մկրտչյան",
            bio="Ուսանողուհի եմ Թբիլիսիում, Ավլաբարից։ Ռադիո լսում եմ երեք լեզվով 📻 "
            "Студентка, журналистика.",
            avatar=True,
            posts=(
                Post(
                    "Вчерашний вечерний эфир на русском был про армянские дворы Авлабара. "
                    "Слушала с бабушкой на балконе, и она узнала голос соседки, которую не "
                    "видела двадцать лет 🥹"
                ),
                Post(
                    "Այսօր Չոր կամրջի շուկայում գտա Ռուբեն Հախվերդյանի հին ձայնապնակ՝ "
                    "ընդամենը 15 լարիով 🎶"
                ),
                Post(
                    "My journalism class is making a podcast about the station's vinyl "
                    "archive. Volunteers, if you can spare 10 minutes for an interview on "
                    "Thursday, please DM me 🙏"
                ),
                Post("მადლობა! აუცილებლად მოვალ 😊", reply=True),
            ),
            follows=310,
        ),
        _u(
            "marneuli-teacher",
            "person_complete",
            "leyla-marneuli",
            display_name="Leyla Məmmədova",
            bio="Marneulidə ingilis dili müəllimiyəm. Azərbaycan, gürcü, rus dilləri. "
            "მარნეულელი მასწავლებელი 🍎",
            avatar=True,
            posts=(
                Post(
                    "Bizim kənddə radionun siqnalı çox zəifdir, axşamlar ancaq xışıltı "
                    "eşidirik. Yeni ötürücü üçün 20 lari ianə göndərdim. Hər kəs bir az "
                    "versə, Marneuliyə də çatar 📻"
                ),
                Post(
                    "დღეს მოსწავლეებთან ერთად ინგლისურენოვანი მუსიკალური გადაცემა "
                    "მოვისმინეთ და სიმღერების ტექსტები ვთარგმნეთ. ბავშვებს ძალიან მოეწონათ!"
                ),
                Post(
                    "Sağ olun! Növbəti dəfə azərbaycanca da bir-iki mahnı olsa, çox sevinərik 🙂",
                    reply=True,
                ),
            ),
            follows=120,
        ),
        _u(
            "dub-band",
            "person_complete",
            "kinto-dub",
            display_name="Kinto Dub Collective",
            bio="Dub, reggae and old Tbilisi street songs through a delay pedal. "
            "ბუკინგი და ახალი ჩანაწერები — საიტზე.",
            avatar=True,
            posts=(
                Post(
                    "Huge thanks to the English-language music show for playing our new track "
                    "last night. First time we heard ourselves on FM. Our bassist's mum "
                    "called in to complain it was too short 😂"
                ),
                Post(
                    "Benefit set on 14 December: every lari from the door goes to the "
                    "transmitter fundraiser. Bring friends, bring ears 🔊"
                ),
                Post(
                    "ახალ ალბომზე ერთ სიმღერაში სადგურის ფირფიტების არქივიდან 1970-იანი "
                    "წლების დუდუკი გვაქვს ჩასემპლილი. მადლობა მოხალისეებს!"
                ),
                Post("", repost=True),
            ),
            follows=540,
            links=("kintodub.example",),
        ),
        _u(
            "translit-student",
            "person_complete",
            "nini-chubinidze",
            display_name="Nini Ch.",
            bio="TSU, filologia 📚 | vinyl + jazz | tbilisi",
            avatar=True,
            posts=(
                Post(
                    "gushin {brand}-ze english music show-shi jer Massive Attack daukres da "
                    "egreve kartuli 70-ianebis jazzi. es ra gadasvla iyo 😭🔥"
                ),
                Post(
                    "9-ze leqcia maqvs da mainc vusmen dilis gadacemas marshrutkashi 🚐 vinc "
                    "mshrali khidis live-s usmenda, dghes ra iyidet?"
                ),
                Post(
                    "gadamcemis fondshi 10 lari chavricxe, studentistvis bevria 😅 tqvenc "
                    "chaaricxet ra, tundac 2 lari"
                ),
                Post("ki, me minda volontioroba arqivshi! sad unda mivide?", reply=True),
            ),
            follows=410,
        ),
        _u(
            "sololaki-bakery",
            "person_complete",
            "sololaki-tone",
            display_name="სოლოლაკის თონე 🥖",
            bio="შოთი, ხაჭაპური, ლობიანი. ოჯახური თონე სოლოლაკში, 2004 წლიდან. ყოველდღე "
            "07:00–21:00.",
            avatar=True,
            posts=(
                Post(
                    "ამ კვირაში ყოველი გაყიდული შოთიდან 20 თეთრი რადიოს ახალ გადამცემს "
                    "მოხმარდება. უკვე 312 ლარი შეგროვდა 🙏"
                ),
                Post(
                    "დილის 7 საათია, თონე ცხელია, რადიოში ძველი ქართული სიმღერები ჟღერს. "
                    "იდეალური დილა."
                ),
                Post(
                    "Да, по-русски тоже говорим, заходите! Лобиани сегодня до вечера.",
                    reply=True,
                ),
            ),
            follows=60,
        ),
        _u(
            "polyphony-ensemble",
            "person_complete",
            "mtiebi-choir",
            display_name="ანსამბლი „მთიები“ 🎶",
            bio="ქართული მრავალხმიანი სიმღერის ანსამბლი, თბილისი. Georgian polyphonic "
            "singing; workshops in Georgian and English.",
            avatar=True,
            posts=(
                Post(
                    "ამ შაბათს მშრალი ხიდიდან პირდაპირ ეთერში ვიმღერებთ „ჩაკრულოს“ და "
                    "გურულ სიმღერებს. მობრძანდით, ცივა, მაგრამ სიმღერა გაგვათბობს 🎶"
                ),
                Post(
                    "A workshop guest from Osaka asked how we stay in tune without any "
                    "instrument. Answer: fifteen years of listening to each other. Next "
                    "English-language workshop: 21 December."
                ),
                Post(
                    "სადგურის არქივში ჩვენი მასწავლებლების 1966 წლის ჩანაწერი აღმოჩნდა. "
                    "ვუსმენდით და ვტიროდით."
                ),
                Post("Yes, beginners are welcome, no need to read music.", reply=True),
            ),
            follows=230,
            links=("mtiebi-ensemble.example",),
        ),
        _u(
            "russian-journalist",
            "person_complete",
            "irina-old-tiflis",
            display_name="Ирина Тер-Аванесова",
            bio="Журналист, родилась и живу в Тбилиси. Пишу о старом городе, его дворах и "
            "людях. Блог о Сололаки и Вере — по ссылке.",
            avatar=True,
            posts=(
                Post(
                    "Сегодняшний вечерний эфир — про итальянские дворики. Рассказала, как у "
                    "нас на Леселидзе восемь семей делили один кран и ни разу не поссорились. "
                    "Ну, почти."
                ),
                Post(
                    "Разбирали с волонтёрами архив: пластинка «Мелодии» с песнями Окуджавы, "
                    "на конверте чей-то автограф и подпись «Тбилиси, май 1972». Может, кто-то "
                    "узнает почерк?"
                ),
                Post(
                    "Новый текст в блоге: как Сухой мост в девяностые стал блошиным рынком. "
                    "Спасибо всем продавцам, которые согласились поговорить."
                ),
                Post(
                    "Спасибо! Да, пришлю фото конверта в хорошем качестве.",
                    reply=True,
                ),
            ),
            follows=360,
            links=("tiflis-dvory.example",),
        ),
        _u(
            "radio-amateur",
            "person_complete",
            "levan-4l-ham",
            display_name="Levan Kipiani · 4L1LK",
            bio="Radio amateur since 1989, electronics engineer. რადიომოყვარული. Antennas, "
            "old valves and far too many cables.",
            avatar=True,
            posts=(
                Post(
                    "Had a look at the station's transmitter with their engineer: 1 kW, built "
                    "in 1987, running on spare parts and prayer. A new one would finally "
                    "cover Rustavi and Mtskheta. I donated, you should too."
                ),
                Post(
                    "ვინც მეკითხება: დიახ, ანძაზე ახალი ფიდერის დაყენებაში მოხალისედ "
                    "დავეხმარები. ოღონდ თბილ ამინდში 😅"
                ),
                Post(
                    "New on the blog: I drove around Tbilisi measuring the station's signal "
                    "with a €20 SDR dongle. Spoiler: Vake fine, Gldani not so much."
                ),
                Post(
                    "Нет, дело не в вашем приёмнике: в Глдани сигнал правда слабый.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=180,
            links=("4l1lk.example",),
        ),
        _u(
            "irish-teacher",
            "person_complete",
            "aoife-in-tbilisi",
            display_name="Aoife Byrne 🇮🇪🇬🇪",
            bio="Irish, teaching English in Tbilisi since 2022. Learning Georgian one verb at "
            "a time (there are a LOT of them).",
            avatar=True,
            posts=(
                Post(
                    "Went to the Dry Bridge market because I heard it on the radio, came home "
                    "with a Soviet kettle, three pin badges and a record whose label I can't "
                    "read. Best Saturday in months."
                ),
                Post(
                    "მე ქართულს ვსწავლობ. ძალიან რთულია, მაგრამ მიყვარს 🙂 (did I get that right?)"
                ),
                Post(
                    "Does the English-language music show take requests? Asking for a Cork man "
                    "who needs to hear some Irish indie on Georgian FM."
                ),
                Post("Ha, gaumarjos to that! 🍷", reply=True),
            ),
            follows=290,
        ),
        _u(
            "name-only",
            "person_sparse",
            "tamar-kvara",
            display_name="Tamar Kvaratskhelia",
            follows=28,
        ),
        _u(
            "vake-pensioner-bio",
            "person_sparse",
            "nana-vake",
            bio="პენსიონერი ვარ, ვაკეში ვცხოვრობ. რადიოს დილიდან საღამომდე ვუსმენ, "
            "განსაკუთრებით ძველ სიმღერებს.",
            follows=18,
        ),
        _u(
            "empty-new",
            "person_sparse",
            "giorgi-tb",
        ),
        _u(
            "armenian-name-photo",
            "person_sparse",
            "aram-sargsyan",
            display_name="Արամ Սարգսյան",
            avatar=True,
            follows=14,
        ),
        _u(
            "reposts-only",
            "person_sparse",
            "luka-geo",
            display_name="Luka 🎧",
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=67,
        ),
        _u(
            "rustavi-replies",
            "person_sparse",
            "dato-rustavi",
            display_name="Дато",
            avatar=True,
            posts=(
                Post("rustavshi ukve ori dghea ar ismis, ra xdeba? 📻", reply=True),
                Post("romel sixshireze xart axla?", reply=True),
                Post("Спасибо, понял. Тогда жду новый передатчик 😄", reply=True),
            ),
            follows=95,
        ),
        _u(
            "silent-reader",
            "person_sparse",
            "vakhtang-m",
            display_name="ვახტანგ მ.",
            avatar=True,
            follows=2040,
        ),
        _u(
            "berlin-one-post",
            "person_sparse",
            "keti-berlin",
            display_name="Ketevan 🇬🇪🇩🇪",
            avatar=True,
            posts=(
                Post(
                    "ბერლინიდან ყოველ საღამოს ინტერნეტით გისმენთ. დღეს მშრალი ხიდის ეთერში "
                    "დედაჩემის ხმა გავიგე, ფირფიტებს ყიდდა 😅❤️"
                ),
            ),
            follows=140,
        ),
        _u(
            "birth-year-handle",
            "person_sparse",
            "sandro1994",
            display_name="Sandro",
            avatar=True,
            follows=230,
        ),
        _u(
            "ceramicist-shop",
            "person_sparse",
            "eka-ceramics",
            display_name="ეკა | კერამიკა",
            bio="ხელნაკეთი ჭიქები, დოქები და ფინჯნები. შეკვეთა საიტიდან 👇 Handmade ceramics, "
            "Tbilisi.",
            avatar=True,
            posts=(
                Post(
                    "რადიოს ფონდისთვის ათი ჭიქა გავაკეთე პატარა ანტენის ნახატით. შემოსავალი "
                    "მთლიანად ახალ გადამცემს მოხმარდება 📻"
                ),
            ),
            follows=260,
            links=("eka-keramika.example",),
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _u("bought-bare", "bought", "geo30418256", follows=2870),
        _u(
            "bought-photo",
            "bought",
            "elene-k-4417",
            display_name="Elene Kapanadze",
            avatar=True,
            follows=2310,
        ),
        _u(
            "bought-stock",
            "bought",
            "sophie-vibes-91",
            display_name="Sophie ✨",
            bio="Dream big, work hard, stay humble 🌟 | Good vibes only ✌️ | Every day is a new "
            "beginning 🌅",
            avatar=True,
            follows=1650,
        ),
        _u(
            "bought-reposter",
            "bought",
            "irakli-ge-27",
            display_name="Irakli 🇬🇪",
            bio="Tbilisi | 27 | 🏋️‍♂️☕",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(6)),
            follows=2740,
        ),
        _u(
            "wine-tour-bio",
            "spam",
            "kakheti-wine-tour",
            display_name="Kakheti Wine Tours 🍷🇬🇪",
            bio="Private wine tours from Tbilisi: Sighnaghi, Telavi, 8 tastings, lunch and "
            "transfer, only 49 GEL! 🍇 Book now: 50% prepayment to card via WhatsApp, seats "
            "limited 👇",
            avatar=True,
            posts=(
                Post("ალაზნის ველი დილით 🌄 Alazani valley this morning, first frost."),
                Post(
                    "Qvevri wine: six months on the skins, clay from Imereti, nothing added. "
                    "Our host's grandfather still seals the lids with beeswax 🍇"
                ),
            ),
            follows=1200,
            links=("kakheti-tour-49.example",),
        ),
        _u(
            "flat-deposit-replies",
            "spam",
            "natia-gel",
            display_name="Natia Gelashvili",
            bio="Tbilisi ☕ მოგზაურობა, წიგნები, კატები 🐈",
            avatar=True,
            posts=(
                Post("Sunday on Rustaveli: roasted chestnuts and the first real cold 🍂"),
                Post(
                    "Hello! I rent a cozy 2-room flat in Old Tbilisi, 25 GEL/night, 5 min from "
                    "Dry Bridge. Many people asking, so to hold your dates please send a 30% "
                    "deposit to my card, photos on WhatsApp 🙏",
                    reply=True,
                ),
                Post(
                    "Здравствуйте! Сдаю квартиру в Старом городе, 600 лари в месяц, без "
                    "посредников. Для брони нужна предоплата за месяц на карту, фото пришлю "
                    "в WhatsApp.",
                    reply=True,
                ),
            ),
            follows=860,
        ),
        _u(
            "visa-agency",
            "spam",
            "eurojob-visa-ge",
            display_name="Euro Job Visa Center 🇪🇺",
            bio="სამუშაო პოლონეთში, გერმანიაში, ნიდერლანდებში 🇪🇺 ვიზა 100% გარანტიით! "
            "ხელფასი 2500€-დან. Работа в Европе, виза за 14 дней. Консультация 300 ₾.",
            avatar=True,
            posts=(
                Post(
                    "🔥 ვაკანსია: საწყობის მუშა გერმანიაში, 2800€ + საცხოვრებელი. ენის ცოდნა "
                    "საჭირო არ არის! საბუთების მომზადება 450 ლარი, ადგილები შეზღუდულია."
                ),
                Post(
                    "Срочно! Сбор клубники в Нидерландах, 14€ в час. Визу оформляем сами, "
                    "оплата за оформление вперёд, остаток — с первой зарплаты 💶"
                ),
                Post(
                    "დიახ, ვიზა გარანტირებულია. დაგვიკავშირდით WhatsApp-ზე და დღესვე "
                    "დაიწყეთ საბუთები 👇",
                    reply=True,
                ),
            ),
            follows=1900,
            links=("eurojob-visa-ge.example",),
        ),
        _u(
            "fake-lottery",
            "spam",
            "geolucky-loto",
            display_name="GeoLucky Loto 🎉",
            bio="Official prize partner 🎁 Weekly draws for followers!",
            avatar=True,
            posts=(
                Post(
                    "🎉 Congratulations! Your account was selected in the {brand} × GeoLucky "
                    "listeners' draw: you've won 3,000 GEL! To claim, confirm your card "
                    "details at the link in our profile within 12 hours.",
                    reply=True,
                ),
                Post(
                    "🎉 გილოცავთ! თქვენ GeoLucky-ის გათამაშებაში 3 000 ლარი მოიგეთ! პრიზის "
                    "მისაღებად გადაიხადეთ 19 ლარიანი საკომისიო პროფილში მითითებულ ბმულზე.",
                    reply=True,
                ),
            ),
            follows=2600,
            links=("geolucky-prize.example",),
        ),
        _u(
            "crypto-arbitrage-post",
            "spam",
            "maks-relocant",
            display_name="Максим 🇬🇪",
            bio="Из Питера в Тбилиси, 2022. Кофе, горы, хинкали ☕🏔",
            avatar=True,
            posts=(
                Post("Первый снег в Гудаури ❄️ Кто едет на выходных?"),
                Post("Нашёл в Сололаки пекарню, где шоти до сих пор печёт бабушка 🥖"),
                Post(
                    "Третий месяц зарабатываю на P2P-арбитраже USDT: покупаешь на одной "
                    "бирже, продаёшь на другой, 3–5% за круг без риска. Первым десяти "
                    "покажу схему бесплатно, пишите «+» в личку 💸"
                ),
                Post("Согласен, лучший город 🙌", reply=True),
            ),
            follows=1450,
        ),
        _u(
            "ai-art-followers",
            "spam",
            "neuroart-tbs",
            display_name="NeuroArt Tbilisi 🎨🤖",
            bio="AI art of Georgia ✨ Tbilisi in cyberpunk and Pirosmani styles. Grow your "
            "page: 1000 real followers for $5, 10k for $35 💯 DM or link 👇",
            avatar=True,
            posts=(
                Post("Narikala fortress in neon, 2099 edition 🌃 #AIart #Tbilisi"),
                Post("What if Pirosmani painted the Tbilisi metro? 🎨🚇"),
                Post(
                    "🔥 Cyber Monday: +5,000 followers and 10,000 likes for only $19! Instant "
                    "start, no password needed. Link in bio 🚀"
                ),
            ),
            follows=2400,
            links=("neuro-boost.example",),
        ),
        _u(
            "safety-phishing-replies",
            "spam",
            "acct-safety-desk",
            display_name="Account Safety Desk ⚠️",
            bio="Protecting creators from impersonation and copyright abuse.",
            posts=(
                Post(
                    "⚠️ Notice: this account was reported for copyright infringement over "
                    "shared audio. To avoid suspension within 24h, verify ownership here: "
                    "safety-review-center.example",
                    reply=True,
                ),
                Post(
                    "Ваш аккаунт отмечен за нарушение авторских прав. Подтвердите владение по "
                    "ссылке в профиле, иначе через 24 часа он будет заблокирован.",
                    reply=True,
                ),
                Post(
                    "თქვენი ანგარიში 24 საათში დაიბლოკება. დაადასტურეთ ანგარიში პროფილში "
                    "მითითებულ ბმულზე.",
                    reply=True,
                ),
            ),
            follows=40,
            links=("safety-review-center.example",),
        ),
        _u(
            "lari-rate-bot",
            "bot_declared",
            "lari-rate-bot",
            display_name="Lari Rates 🤖",
            bio="ავტომატური ანგარიში · automated account. NBG official lari rates daily at "
            "11:00, plus exchange-office rates. Not financial advice.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🇬🇪 ეროვნული ბანკის კურსი, 02.12.2026: USD 2.7140 · EUR 2.8655 · RUB "
                    "0.0342 · AMD 0.0070 · AZN 1.5965 · TRY 0.0640"
                ),
                Post(
                    "📉 Lari at 11:00: USD 2.7185 (+0.0045), EUR 2.8702 (+0.0047). Exchange "
                    "offices on Rustaveli: buy 2.705 / sell 2.725."
                ),
            ),
            follows=0,
        ),
        _u(
            "weather-bot",
            "bot_declared",
            "tbilisi-amindi",
            display_name="თბილისის ამინდი · bot",
            bio="ბოტი. ამინდის პროგნოზი თბილისისთვის ყოველ 3 საათში. Bot: Tbilisi weather "
            "every 3 hours. Does not read replies.",
            bot_flag=True,
            posts=(
                Post(
                    "🌥 თბილისი, 02.12, 09:00 — +3°C, ნისლი მტკვრის გასწვრივ, ქარი "
                    "ჩრდილო-დასავლეთიდან 4 მ/წმ. / Tbilisi: +3°C, fog along the Mtkvari, NW "
                    "wind 4 m/s."
                ),
                Post(
                    "🌧 თბილისი, 02.12, 12:00 — +6°C, წვიმა 14:00-დან. / +6°C, rain from "
                    "14:00. Dry Bridge market: take an umbrella ☂️"
                ),
            ),
            follows=2,
        ),
        _u(
            "clash-wine-importer",
            "values_clash",
            "merab-import",
            display_name="Merab Gogoladze",
            bio=f"Wine importer, Tbilisi ↔ Riga. Dinamo Tbilisi since '89. Autumns in "
            f"Tusheti: {BLOCKED_KEYWORD} for tur with old friends.",
            avatar=True,
            posts=(
                Post(
                    "მამაჩემის ფირფიტები რადიოს არქივს ვაჩუქე, ორმოცზე მეტი. ჯობია ხალხმა "
                    "მოისმინოს, ვიდრე სარდაფში ეყაროს."
                ),
                Post("В Риге снег по колено ❄️ Скучаю по тбилисскому солнцу."),
                Post("სწორია, ძველი გადამცემი დიდი ხანია უნდა შეცვლილიყო.", reply=True),
            ),
            follows=210,
        ),
        _u(
            "clash-offroad-guide",
            "values_clash",
            "koba-offroad",
            display_name="Koba 🚙",
            bio="ჯიპ-ტურები ყაზბეგსა და თუშეთში. Off-road guide, Georgian / Russian / English.",
            avatar=True,
            posts=(
                Post(
                    "ორშაბათს რადიოში სტუმრად ვიყავი და ვყვებოდი, როგორ ჩამოვიყვანეთ "
                    "ზამთარში ხალხი აბანოს უღელტეხილიდან."
                ),
                Post(
                    f"Back from Tusheti: ten days of {BLOCKED_KEYWORD} for East Caucasian tur "
                    "with my cousins from Omalo. Snow at 3,000 m, no signal, best trip of my "
                    "life."
                ),
                Post("Да, дорога на Омало уже закрыта до весны.", reply=True),
            ),
            follows=330,
        ),
    ]


def holdout_u() -> list[Persona]:
    """21 genuine followers (11 complete, 10 sparse) and 15 unwanted ones (4 bought, 7
    spam, 2 declared bots, 2 values clashes)."""
    return _people() + _unwanted()
