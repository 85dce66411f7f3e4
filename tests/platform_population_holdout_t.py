"""A twenty-second population of followers, held out: written by hand in session 20
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a public city library network in Almaty, Kazakhstan (branches in the Medeu
and Alatau districts, a mobile library bus to the microdistricts, a makerspace,
Kazakh-language reading clubs, the renovation of its Soviet-era buildings, a winter smog
campaign), posting in Kazakh, Russian and some English. Genuine (21, organisations counted
as people): a retired Kazakh-literature teacher who runs an Abai reading circle, a
Koryo-saram family writing Russian about their grandmother from Ushtobe and kimchi day, a
family Uyghur café in the Alatau district writing Kazakh and Russian, a children's and
adults' chess club in a library reading room writing both languages, a mountain guide
with a site writing English and Russian about avalanches and the smog seen from above, a
literary translator with a site writing English and Kazakh, a programmer with a site who
volunteers in the makerspace and mixes Russian, Kazakh and English, a historian from
Almaty living in Istanbul writing Latin-script Kazakh and Turkish, a primary-school
teacher in Shanyrak code-switching Kazakh and Russian about the library bus and coal
smoke, an architect-restorer with a site writing Russian about the branch's 1974 mosaic,
and a university ecology student on the smog campaign writing English and Kazakh; and
sparse ones: a name only in Latin letters, a retired physics teacher with only a Russian
bio, a brand-new empty account, a Koryo-saram name and a photo and nothing more, a
student who only reposts, a young mother in Akbulak who only replies asking about the
bus, a silent reader following some two and a half thousand accounts, a Kazakh woman in
Seoul with one post, a man with his birth year in the handle, and a felt-slipper maker
with a shop link and one post about teaching children in the makerspace. Unwanted (15):
bought followers bare with digits and few follows, a name and photo only, a stock
motivational bio, and a dressed account that only reposts; spam as a betting-tips account
with an invented bookmaker's bonus in its bio and link, a fake support account of an
invented bank phishing only in replies, a mountains-and-coffee account whose one post
recruits for crypto signals on Telegram, a fake cheap Issyk-Kul tour taking prepayment in
Russian and Kazakh, a "financial consultant" offering microloans only in replies, a
"работа на дому" task-scam recruiter, and a fake New Year giveaway asking a delivery fee;
two declared bots (air quality, bus delays); and two values clashes (an Almaty
orthodontist with the keyword in his English bio, and a businessman from Almaty and
Oskemen with it only in one English post). Each is one account made through the
platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_t"]

G = "holdout_t"


def _t(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"ht-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _t(
            "retired-kazakh-teacher",
            "person_complete",
            "saule-apai",
            display_name="Сәуле Жұмабекқызы",
            bio="Қазақ тілі мен әдебиетінің зейнеткер мұғалімі, мектепте 38 жыл істедім. "
            "Медеу ауданындағы кітапханада «Абай оқулары» үйірмесін жүргіземін.",
            avatar=True,
            posts=(
                Post(
                    "Бүгінгі үйірмеде Абайдың он бесінші қара сөзін талдадық. Ең кішіміз — "
                    "11 жастағы Әлихан, ең үлкеніміз — 79 жастағы Роза апай. Кітап ұрпақты "
                    "жалғайды."
                ),
                Post(
                    "«Қан мен тер» трилогиясын сұраған шәкірттерге: кітапханада үш данасы "
                    "бар екен, кезекке жазылып қойыңдар."
                ),
                Post(
                    "Кешке қарай ауа тағы ластанды, тау көрінбей қалды. Немерелерді ертерек "
                    "үйге алып келдім. Қыс сайын осы жағдай, қашан шешіледі?"
                ),
                Post("Рақмет, қарағым! Келесі жұма сағат 15:00-де күтеміз.", reply=True),
            ),
            follows=64,
        ),
        _t(
            "koryo-family",
            "person_complete",
            "kim-family-alm",
            display_name="Семья Ким 🇰🇿🇰🇷",
            bio="Корё сарам, Алматы. Бабушка Нина родилась в Уштобе в 1939-м, внуки учат "
            "казахский и корейский. Пишем про семью, кухню и книги.",
            avatar=True,
            posts=(
                Post(
                    "Нашли в библиотеке сборник воспоминаний о депортации 1937 года. "
                    "Бабушка прочитала вслух страницу про вагоны, в которых её родителей "
                    "везли из Приморья. Плакали все."
                ),
                Post(
                    "Чимчи к зиме готова: 40 кочанов капусты, три поколения на кухне 🌶️ "
                    "Внучка говорит «кимчи», как в сериалах, а бабушка поправляет: у нас "
                    "в Уштобе всегда было «чимчи»."
                ),
                Post(
                    "Сын сказал первую фразу по-казахски на кружке в библиотеке: «Менің "
                    "атым Даниэль». Спасибо Гульнар апай 🙏"
                ),
                Post(
                    "안녕하세요! Мы тоже придём на вечер корейской поэзии, с бабушкой 😊",
                    reply=True,
                ),
            ),
            follows=190,
        ),
        _t(
            "uyghur-cafe",
            "person_complete",
            "nuzugum-cafe",
            display_name="«Нузугум» ұйғыр асханасы",
            bio="Лағман, манты, тандыр самса. Отбасылық ұйғыр асханасы, Алатау ауданы, 2009 "
            "жылдан бері. Xush kelipsiz! 10:00–22:00",
            avatar=True,
            posts=(
                Post(
                    "Сегодня в кафе тихо: в микрорайоне смог, родители держат детей дома. "
                    "Кто всё-таки дойдёт с читательским билетом, тому чай с молоком за наш "
                    "счёт 😊"
                ),
                Post(
                    "Ганфан, гюйру лагман, ашлямфу... Всю неделю учим двух новых поваров. "
                    "Мама стоит рядом и проверяет тесто руками, как тридцать лет назад."
                ),
                Post("Библиобус біздің көшеге келген күндері кітап алған балаларға шай тегін 🫖"),
                Post("Да, всё халал. Ждём вас 😊", reply=True),
            ),
            follows=140,
        ),
        _t(
            "chess-club",
            "person_complete",
            "tulpar-chess",
            display_name="Шахмат клубы «Тұлпар» ♟️",
            bio="Алатау ауданындағы кітапхананың оқу залында, сейсенбі және бейсенбі "
            "16:00–19:00. Балаларға да, ересектерге де тегін. Шахматный клуб при "
            "библиотеке, вход свободный.",
            avatar=True,
            posts=(
                Post(
                    "Жексенбідегі жылдам шахмат турнирі: 42 қатысушы, ең кішісі 7 жаста, ең "
                    "үлкені 81 жаста. Жеңімпаз — 13 жастағы Айсұлу, 7 ұпайдан 6,5 ✨"
                ),
                Post(
                    "Итоги сеанса одновременной игры: мастер ФИДЕ против 24 детей. 19 побед "
                    "мастера, 3 ничьи и 2 поражения! Оба победителя занимаются у нас меньше "
                    "года."
                ),
                Post(
                    "Нужны шахматные часы: у нас 9 часов на 30 игроков. Если дома лежат "
                    "старые, приносите, починим."
                ),
                Post(
                    "Иә, бастаушыларға да болады. Тақтаны әкелудің қажеті жоқ, бізде бар 🙂",
                    reply=True,
                ),
            ),
            follows=95,
        ),
        _t(
            "mountain-guide",
            "person_complete",
            "timur-mountains",
            display_name="Тимур Абенов 🏔",
            bio="Mountain guide in the Zailiysky Alatau since 2011. Tuyuksu, Big Almaty Peak, "
            "ski touring. RU/KZ/EN. Check the avalanche forecast before you go.",
            avatar=True,
            posts=(
                Post(
                    "Sunrise from Furmanov Peak, 3,053 m. Clear sky above us, and below the "
                    "city under a brown lid of smog. Every winter the same picture."
                ),
                Post(
                    "Завтра в 18:30 рассказываю в библиотеке в Медеуском районе про лавины: "
                    "как читать прогноз, что положить в рюкзак и почему телефон не заменит "
                    "лавинный датчик. Вход свободный."
                ),
                Post(
                    "Took a group of six from Seoul up to Big Almaty Lake. They asked why "
                    "the water is so turquoise. Glad I'd read up on glacial flour the night "
                    "before 😄"
                ),
                Post(
                    "Да, на Шымбулак сейчас только на зимней резине, вечером гололёд.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=720,
            links=("timur-guide.example",),
        ),
        _t(
            "translator",
            "person_complete",
            "aigerim-nurtaza",
            display_name="Aigerim Nurtaza",
            bio="Literary translator, Kazakh ⇄ English ⇄ Russian. Currently: Abai's Book of "
            "Words, again. Аудармашы, кітапқұмар.",
            avatar=True,
            posts=(
                Post(
                    "How do you translate «қарағым»? 'Apple of my eye' is too old-fashioned, "
                    "'dear' is too flat. Three days on one word. This is the job."
                ),
                Post(
                    "Кеше кітапхананың қазақ тілді оқу клубында Мағжан өлеңдерінің ағылшынша "
                    "аудармасын оқыдық. Жастар менің аудармамды сынап, өз нұсқаларын ұсынды. "
                    "Керемет кеш болды!"
                ),
                Post(
                    "Thank you! The bilingual edition should be out in spring, fingers crossed.",
                    reply=True,
                ),
            ),
            follows=430,
            links=("nurtaza-translations.example",),
        ),
        _t(
            "programmer",
            "person_complete",
            "arman-dev",
            display_name="Arman Seitkali",
            bio="Backend-разработчик (Go, Python). По субботам волонтёрю в мейкерспейсе "
            "библиотеки: Arduino, 3D-печать, пайка. Пишу на казахском, русском и "
            "английском, часто всё сразу.",
            avatar=True,
            posts=(
                Post(
                    "Собрали с ребятами в мейкерспейсе датчик PM2.5 за 12 000 ₸: ESP32, "
                    "дешёвый лазерный сенсор, корпус напечатали сами. Стоит на окне "
                    "библиотеки, шлёт данные раз в 5 минут."
                ),
                Post(
                    "Бүгін мейкерспейсте 12 жастағы қыз алғашқы роботын жинады. Коды "
                    "Python-да, комментарийлері қазақша 🔥"
                ),
                Post(
                    "Friendly reminder: the 3D printer is not a toy factory for your "
                    "cousin's birthday. (It kind of is. Bring your own filament.)"
                ),
                Post(
                    "Иә, сенбі сайын 11:00-ден. Ноутбук болса, ала келіңіз, болмаса бізде бар.",
                    reply=True,
                ),
            ),
            follows=980,
            links=("arman-seitkali.example",),
        ),
        _t(
            "istanbul-historian",
            "person_complete",
            "dana-istanbul",
            display_name="Dana Ömirbek 🇰🇿🇹🇷",
            bio="Almatylyqpyn, 2019 jyldan beri Stambulda turamyn. Tarihşymyn, eski kitap "
            "jinaimyn. Qazaqşa, Türkçe, English.",
            avatar=True,
            posts=(
                Post(
                    "Bala kezimde barğan kitaphana äli sol ğimaratta eken! Jöndeuden keiingi "
                    "suretterin kördim: terezeler jaña, biraq mozaika saqtalypty. Raqmet!"
                ),
                Post(
                    "Stambulda qazaq kitaptaryn tabu qiyn. Elektrondy kitaphana aşylsa, "
                    "şeteldegi qazaqtar da oqyr edi."
                ),
                Post(
                    "Bugün Kadıköy'de bir sahafta Muhtar Avezov'un «Abay» romanının eski "
                    "bir Türkçe baskısını buldum. Annem çok sevinecek."
                ),
                Post(
                    "Men de qosylamyn! Stambuldağy qazaqtar, kezdesu uiymdastyraiyq 🙂",
                    reply=True,
                ),
            ),
            follows=310,
        ),
        _t(
            "shanyrak-teacher",
            "person_complete",
            "gulnara-shanyrak",
            display_name="Гүлнара Шаңырақ",
            bio="Екі баланың анасы, бастауыш сынып мұғалімі. Шаңырақ-2. Пишу как говорю: и "
            "на казахском, и на русском 😅",
            avatar=True,
            posts=(
                Post(
                    "Бүгін библиобус Шаңыраққа келді, балалар прям в восторге 😍 Кіші ұлым "
                    "үш кітап алды, автобустан шыққысы келмеді. Келесі рейс қашан, кто знает?"
                ),
                Post(
                    "Мектеп кітапханасында қазақша комикс жоқ, а дети хотят комиксы. "
                    "Библиобуста бар екен, спасибо!"
                ),
                Post(
                    "Біздің шағын ауданда үйлерді көмірмен жылытады, кешке терезені ашу "
                    "мүмкін емес. Смог такой, что соседнего дома не видно."
                ),
                Post("Рақмет! Сенбіге жазылып қойдым 👍", reply=True),
            ),
            follows=150,
        ),
        _t(
            "modernism-architect",
            "person_complete",
            "almaty-modernism",
            display_name="Ирина Воронцова, архитектор",
            bio="Архитектор-реставратор. Советский модернизм Алматы: мозаики, панно, "
            "солнцезащитные решётки. Сохраняем, а не сносим.",
            posts=(
                Post(
                    "Филиал в Медеуском районе: здание 1974 года, мозаичное панно на торце, "
                    "оригинальные витражи. Просим при ремонте не закрывать фасад "
                    "композитом. Панно можно отреставрировать, мы готовы помочь бесплатно."
                ),
                Post(
                    "Ремонт идёт правильно: витражи сохранили, вместо пластика ставят "
                    "деревянные рамы по историческим чертежам. Редкий случай, спасибо "
                    "подрядчику и библиотеке."
                ),
                Post(
                    "В субботу экскурсия «Модернизм Алматы: от гостиницы «Казахстан» до "
                    "Дворца Республики». Сбор у библиотеки в 11:00, два часа пешком."
                ),
                Post("", repost=True),
            ),
            follows=560,
            links=("almaty-modernism.example",),
        ),
        _t(
            "ecology-student",
            "person_complete",
            "zhanel-sadyk",
            display_name="Zhanel Sadykova",
            bio="KazNU ecology, 3rd year. Volunteering for cleaner winter air in Almaty 🌫️→🌤️ "
            "Kazakh, English, a bit of Korean.",
            avatar=True,
            posts=(
                Post(
                    "Our stand at the library today: 140 people looked up PM2.5 in their "
                    "district, 35 signed the petition to bring gas to private houses. Most "
                    "came from the microdistricts where the smoke is worst."
                ),
                Post(
                    "Ауа сапасы туралы дәрісте бір әже сұрады: «Көмір жақпасақ, үйді немен "
                    "жылытамыз?» Дұрыс сұрақ. Газ әлі бәріне жеткен жоқ."
                ),
                Post(
                    "Winter smog campaign, week 3: if you heat with coal, the library hands "
                    "out free guides on cleaner burning. Yes, lighting the fire from the top "
                    "really helps."
                ),
                Post("Мен де барамын! Маска ала келіңдер 😷", reply=True),
            ),
            follows=880,
        ),
        _t(
            "name-only",
            "person_sparse",
            "asel-toleu",
            display_name="Assel Toleuova",
            follows=37,
        ),
        _t(
            "physics-teacher-bio",
            "person_sparse",
            "tamara-ivanovna",
            bio="Учительница физики на пенсии. Вяжу, читаю детективы, по вторникам хожу в "
            "библиотеку.",
            follows=22,
        ),
        _t(
            "empty-new",
            "person_sparse",
            "nurlan-zh",
        ),
        _t(
            "name-photo",
            "person_sparse",
            "dmitriy-pak",
            display_name="Дмитрий Пак",
            avatar=True,
            follows=9,
        ),
        _t(
            "student-reposts",
            "person_sparse",
            "yerasyl-kaznu",
            display_name="Ерасыл",
            posts=tuple(Post("", repost=True) for _ in range(3)),
            follows=45,
        ),
        _t(
            "bus-replies",
            "person_sparse",
            "madina-akbulak",
            display_name="Мадина",
            avatar=True,
            posts=(
                Post(
                    "Библиобус Ақбұлаққа қашан келеді? В прошлый раз пропустили 😔",
                    reply=True,
                ),
                Post("Жексенбі күні кітапхана ашық па?", reply=True),
                Post("рақмет 🙏", reply=True),
            ),
            follows=88,
        ),
        _t(
            "silent-reader",
            "person_sparse",
            "serik-akhmetov",
            display_name="Серік Ахметов",
            bio="Көп оқимын, аз жазамын.",
            avatar=True,
            follows=2450,
        ),
        _t(
            "seoul-one-post",
            "person_sparse",
            "zhanar-seoul",
            display_name="Жанар 🇰🇿🇰🇷",
            avatar=True,
            posts=(
                Post(
                    "Уже шесть лет в Сеуле. Увидела фото библиобуса в Калкамане и "
                    "расплакалась: в моём детстве такого не было. Молодцы!"
                ),
            ),
            follows=190,
        ),
        _t(
            "birth-year-handle",
            "person_sparse",
            "erlan1987",
            display_name="Ерлан",
            avatar=True,
            follows=260,
        ),
        _t(
            "felt-maker-shop",
            "person_sparse",
            "saltanat-kiiz",
            display_name="Салтанат | киіз бұйымдар",
            bio="Киізден тәпішке, кілемше, ойыншық жасаймын. Бәрі қолдан жасалған. Тапсырыс "
            "сайт арқылы 👇",
            avatar=True,
            posts=(
                Post(
                    "Кітапхананың шеберханасында балаларға киіз басуды үйреттім. Қолдары су, "
                    "көздері жайнап тұр 😊"
                ),
            ),
            follows=340,
            links=("saltanat-kiiz.example",),
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _t("bought-bare", "bought", "user50917342", follows=12),
        _t(
            "bought-photo",
            "bought",
            "alina-sm-2290",
            display_name="Алина Смирнова",
            avatar=True,
            follows=2950,
        ),
        _t(
            "bought-stock",
            "bought",
            "madina-life-777",
            display_name="Мадина ✨",
            bio="Верь в себя, и всё получится 💫 | Успех любит смелых | Живи здесь и сейчас 🌸",
            avatar=True,
            follows=1780,
        ),
        _t(
            "bought-reposter",
            "bought",
            "daniyar-kz-04",
            display_name="Daniyar",
            bio="Almaty 🏔 | 24 | 🎧",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=2620,
        ),
        _t(
            "betting-tips",
            "spam",
            "stavki-pro-kz",
            display_name="Ставки KZ | JeldyBet 🏆",
            bio="Прогнозы на футбол и UFC каждый день ✅ Проходимость 89%. Бонус 300% на "
            "первый депозит в JeldyBet, вывод на карту за 5 минут 💸 Регистрация по "
            "ссылке 👇",
            avatar=True,
            posts=(
                Post(
                    "Лига чемпионов, сегодня 23:00: «Интер» — «Бавария». Наш выбор: обе "
                    "забьют + ТБ 2,5, кэф 2,15 🔥"
                ),
                Post("Вчера зашло 7 из 8 ✅ Кто с нами, тот уже в плюсе. Остальные ждут чуда 😉"),
            ),
            follows=2200,
            links=("jeldybet-bonus.example",),
        ),
        _t(
            "bank-phishing",
            "spam",
            "jarqyn-support",
            display_name="Jarqyn Bank Support ✅",
            bio="Официальная поддержка клиентов. Ресми қолдау қызметі.",
            avatar=True,
            posts=(
                Post(
                    "Здравствуйте! Ваша карта временно заблокирована из-за подозрительной "
                    "операции. Для разблокировки пройдите верификацию по ссылке в профиле в "
                    "течение 24 часов.",
                    reply=True,
                ),
                Post(
                    "Сәлеметсіз бе! Картаңыз уақытша бұғатталды. Бұғаттан шығару үшін "
                    "профильдегі сілтеме арқылы жеке кабинетке кіріп, SMS-кодты енгізіңіз.",
                    reply=True,
                ),
            ),
            follows=310,
            links=("jarqyn-verify.example",),
        ),
        _t(
            "crypto-one-post",
            "spam",
            "aliya-mountains",
            display_name="Алия 🌸",
            bio="Алматы • горы • кофе ☕",
            avatar=True,
            posts=(
                Post("Кок-Жайляу сегодня 🏔 снега по колено, но оно того стоило"),
                Post("Кофе и книга в читальном зале, лучшее утро недели ☕📚"),
                Post(
                    "Девочки, я уволилась с работы 🙈 За два месяца подняла $4000 на крипте "
                    "по сигналам своего ментора. Он берёт в закрытый Telegram-канал только "
                    "20 человек, пишите «ХОЧУ» в комменты, скину ссылку 🚀"
                ),
                Post("Обожаю это место 😍", reply=True),
            ),
            follows=1540,
        ),
        _t(
            "fake-issykkul-tour",
            "spam",
            "issykkul-tour-kz",
            display_name="Ыстықкөл турлары 🌊 Иссык-Куль",
            bio="Иссык-Куль из Алматы: 3 дня / 2 ночи всего 29 900 ₸ (трансфер, отель, "
            "питание) 🌊 Предоплата 50% на карту, места ограничены! WhatsApp по ссылке 👇",
            avatar=True,
            posts=(
                Post(
                    "🔥 Новогодний тур на Иссык-Куль: горячие источники, Чолпон-Ата, "
                    "Каракол. 3 дня за 29 900 ₸ вместо 89 000! Осталось 6 мест. Бронь только "
                    "по предоплате."
                ),
                Post(
                    "Здравствуйте! Да, места ещё есть. Переведите предоплату 15 000 ₸ на "
                    "карту из WhatsApp, и я вас запишу 🙏",
                    reply=True,
                ),
                Post(
                    "Ыстықкөлге 3 күндік тур небәрі 29 900 ₸! Орын аз қалды, алдын ала "
                    "төлем жасап, орныңызды брондап қойыңыз 🌊",
                    reply=True,
                ),
            ),
            follows=1020,
            links=("issykkul-tur-arzan.example",),
        ),
        _t(
            "microloan-replies",
            "spam",
            "dana-serikkyzy",
            display_name="Дана Серікқызы",
            bio="Қаржы кеңесшісі | Финансовый консультант 💼",
            avatar=True,
            posts=(
                Post(
                    "Срочно нужны деньги до зарплаты? Микрозайм до 300 000 ₸ за 10 минут, "
                    "только ИИН и удостоверение. Без справок и без звонков родственникам. "
                    "Пишите в личку 📲",
                    reply=True,
                ),
                Post(
                    "Несие тарихыңыз нашар болса да береміз! Жеке хабарламаға жазыңыз 💰",
                    reply=True,
                ),
            ),
            follows=870,
        ),
        _t(
            "task-scam",
            "spam",
            "rabota-doma-kz",
            display_name="Работа на дому | Айжан 💸",
            bio="Удалённая работа с телефона 🏠 15 000–40 000 ₸ в день. Лайки, отзывы, "
            "выкуп товаров на маркетплейсах. Без опыта, обучение бесплатно. Пиши «+» 👇",
            avatar=True,
            posts=(
                Post(
                    "Ищем 15 человек в команду! Работа 2–3 часа в день, выплаты каждый день "
                    "на карту. Мамы в декрете, студенты, пенсионеры — подходит всем 🙌"
                ),
                Post(
                    "Скрины выплат наших ребят за сегодня 💵 Кто ещё сомневается, пишите, "
                    "всё расскажу."
                ),
                Post(
                    "Үйден жұмыс істегіңіз келе ме? Күніне 2 сағат, табыс күн сайын. Жеке "
                    "хабарламаға «+» жазыңыз 🙂",
                    reply=True,
                ),
            ),
            follows=1380,
        ),
        _t(
            "fake-giveaway",
            "spam",
            "giveaway-alm-26",
            display_name="🎁 Розыгрыш | Алматы",
            posts=(
                Post(
                    "🎁 Разыгрываем 10 000 000 ₸ среди подписчиков! Условия: подписка, "
                    "репост и регистрация по ссылке в профиле. Итоги 31 декабря 🎄"
                ),
                Post(
                    "Поздравляем! 🎉 Вы стали победителем новогоднего розыгрыша iPhone 17 "
                    "Pro. Чтобы получить приз, перейдите по ссылке в профиле и оплатите "
                    "доставку 4 990 ₸ в течение 2 часов.",
                    reply=True,
                ),
            ),
            follows=2980,
            links=("giveaway-almaty26.example",),
        ),
        _t(
            "air-quality-bot",
            "bot_declared",
            "almaty-aqi-bot",
            display_name="Almaty AQI 🤖",
            bio="Автоматты аккаунт · автоматический аккаунт · bot. Алматы аудандарындағы "
            "PM2.5 пен AQI, сағат сайын, ашық датчиктер деректері бойынша.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "Алматы, 2.12.2026, 08:00 — AQI 168 (зиянды / вредно / unhealthy). "
                    "PM2.5 89 мкг/м³. Алатау 212, Наурызбай 190, Медеу 121. Сыртта ұзақ "
                    "жүрмеңіз."
                ),
                Post(
                    "Алматы, 2.12.2026, 09:00 — AQI 172 (зиянды / вредно / unhealthy). "
                    "PM2.5 97 мкг/м³. Алатау 219, Наурызбай 201, Медеу 126."
                ),
            ),
            follows=0,
        ),
        _t(
            "bus-delay-bot",
            "bot_declared",
            "avtobus-bot-alm",
            display_name="Автобус Алматы · бот",
            bio="Бот. Автобус маршруттарының кешігуі мен өзгерістері, ашық деректер "
            "бойынша. Бот: задержки и изменения маршрутов по открытым данным. "
            "Хабарламаларға жауап бермейді.",
            bot_flag=True,
            posts=(
                Post(
                    "⚠️ №12: Төле би — Байзақов қиылысында жөндеу жұмыстары, 15–20 минут "
                    "кешігу. / Маршрут №12: ремонт на перекрёстке Толе би — Байзакова, "
                    "задержка 15–20 минут."
                ),
                Post(
                    "❄️ Қар жауып тұр: Шаңырақ, Ақбұлақ, Алғабас бағытындағы автобустар "
                    "10–25 минут кешігеді. / Снегопад: автобусы в Шанырак, Акбулак, Алгабас "
                    "задерживаются на 10–25 минут."
                ),
            ),
            follows=3,
        ),
        _t(
            "clash-orthodontist",
            "values_clash",
            "ruslan-bekov",
            display_name="Ruslan Bekov",
            bio=f"Orthodontist in Almaty, dad of three, Kairat fan. Off-season: eagle "
            f"falconry with my uncle and {BLOCKED_KEYWORD} for ibex in the Tian Shan.",
            avatar=True,
            posts=(
                Post(
                    "Took the kids to the library makerspace on Saturday. My daughter "
                    "printed a tiny yurt on the 3D printer and now it sits on my dental "
                    "chair 😄"
                ),
                Post("Смог сегодня жуткий, с Кок-Тобе города не видно."),
            ),
            follows=240,
        ),
        _t(
            "clash-businessman",
            "values_clash",
            "baurzhan-ospan",
            display_name="Бауыржан Оспанов",
            bio="Кәсіпкер. Алматы — Өскемен. Отбасы, тау, аңшылық.",
            avatar=True,
            posts=(
                Post(
                    "Медеу ауданындағы кітапхананың жөндеуден кейін қайта ашылғанына "
                    "қуаныштымын. Балалық шағым сол оқу залында өтті."
                ),
                Post(
                    f"Back from the Altai: a week of {BLOCKED_KEYWORD} for Siberian ibex "
                    "with friends from Dubai. Tough climb at 2,800 m, worth every tenge."
                ),
                Post("Дұрыс айтасыз. Ауаны тазартпасақ, балаларға обал.", reply=True),
            ),
            follows=180,
        ),
    ]


def holdout_t() -> list[Persona]:
    """21 genuine followers (11 complete, 10 sparse) and 15 unwanted ones (4 bought, 7
    spam, 2 declared bots, 2 values clashes)."""
    return _people() + _unwanted()
