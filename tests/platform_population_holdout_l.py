"""A fourteenth population of followers, held out: written by hand in session 15 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

The brand is the regional ferry, express-boat and bus operator of the Helgeland coast in
Nordland, Norway (car ferries across the fjords, express boats to the outer islands such
as Træna and Lovund, school boats, rural bus routes), posting in Norwegian and English.
Genuine (20, organisations counted as people): a café on the Sandnessjøen quay that posts
its soup and opening hours and links its own site, a fish-farm worker who commutes by
express boat and knits on the way, a retired fisherman on Træna writing dialect nynorsk,
a teacher at the Lovund island school, a Polish fish-plant worker in Brønnøysund writing
Polish and Norwegian, a Ukrainian kindergarten assistant in Mosjøen writing Ukrainian and
Norwegian, a Southern Sámi craftswoman from Hattfjelldal linking her shop, a German
cyclist on the coastal route linking her blog, a local reporter who follows six hundred
and fifty and reposts, an island community association on Husvær, a sea-kayak guiding
firm linking its booking site, and a Filipino nurse in Brønnøysund writing Tagalog and
English; and sparse ones: a name that never posted, a nynorsk student bio and nothing
else, a handle holding a birth year, a newcomer following 540 with a single repost, a
retired man who only reposts, a dialect replier who only replies, a lurker with the
Sandnessjøen postcode in the handle, and a schoolgirl with one post about the boat home.
Unwanted (14): bought followers bare, dressed with a stock name, bio and avatar, dressed
as a Norwegian nature lover who only reposts, and dressed as an entrepreneur with generic
replies; spam as fake refund support under the brand's name asking for card numbers and
BankID, a casino affiliate posing as a northern travel blog, a crypto mentor who looks
like a Tromsø mother, a fake island holiday-cottage rental asking for a Western Union
deposit, an offshore-engineer romance scammer, a follower-selling service, and a parcel
customs-fee phishing account; a declared wave-and-wind bot; and two values clashes (a
Mosjøen hunting travel agency and a moose hunter who defends it in a post). Each is one
account made through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_l"]

G = "holdout_l"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hl-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "cafe-quay",
            "person_complete",
            "kaikanten-kafe",
            display_name="Kaikanten Kafé, Sandnessjøen",
            bio="Kafé på kaia ved hurtigbåtterminalen. Vafler, suppe og kaffe før du skal "
            "videre. Åpent 07–17, lørdag 10–15. Velkommen innom!",
            avatar=True,
            posts=(
                Post(
                    "Dagens suppe: fiskesuppe med sei fra Herøy, 145 kr. Vi holder åpent "
                    "til siste båt går i kveld, siden den er forsinket."
                ),
                Post(
                    "Sommeråpningstid fra 15. juni: 07–20 alle dager. Vaffelprisen er den "
                    "samme, 40 kr 🧇"
                ),
                Post("", repost=True),
                Post("Takk for sist! Hyggelig at dere rakk en kopp før Træna-båten 😊", reply=True),
            ),
            follows=260,
            links=("kaikanten.example",),
        ),
        _p(
            "commuter-farm",
            "person_complete",
            "sigrid-nilsen",
            display_name="Sigrid Nilsen",
            bio="Driftsoperatør på et oppdrettsanlegg ute i Herøy. Pendler med hurtigbåten "
            "hver dag og strikker på veien. Mamma til to.",
            avatar=True,
            posts=(
                Post(
                    "Tredje innstilte avgang denne uka på grunn av vind. Helt greit når det "
                    "blåser 25 m/s, men sjefen min er ikke like forståelsesfull 😅"
                ),
                Post("Ferdig med det ene ermet mellom Sandnessjøen og Dønna. Ny rekord 🧶"),
                Post(
                    "Samme her, vi sto på kaia en halvtime før beskjeden kom.",
                    reply=True,
                ),
            ),
            follows=210,
        ),
        _p(
            "fisherman-traena",
            "person_complete",
            "arnfinn-traena",
            display_name="Arnfinn Olsen",
            bio="Pensjonert fiskar. Budd på Træna heile livet. Båt, vêr og barnebarn.",
            avatar=True,
            posts=(
                Post(
                    "Fekk sjå nordlyset over Sanna i kveld. Sytti år har eg budd her og eg "
                    "blir aldri lei."
                ),
                Post("No e det godt at båten går att. Tre dagar utan post og avis."),
                Post("Det va ei anna tid, det. Vi rodde over sundet.", reply=True),
            ),
            follows=35,
        ),
        _p(
            "teacher-lovund",
            "person_complete",
            "ingrid-haugen",
            display_name="Ingrid Haugen",
            bio="Lærer på Lovund skole, 1.–10. trinn og 41 elever. Naturfag, friluftsliv "
            "og altfor mye lunde-trivia.",
            avatar=True,
            posts=(
                Post(
                    "Skolebåten la til klokka 07.40 presis i dag, tross tåka. Stor takk til "
                    "mannskapet som kjenner leia bedre enn noen GPS."
                ),
                Post(
                    "7. trinn har laget en plakat om lundefuglen. Den henger på venterommet "
                    "ved ferjekaia fram til jul 🐦"
                ),
                Post("Vi kommer med hele klassen på tirsdag, 18 elever og to voksne.", reply=True),
            ),
            follows=160,
        ),
        _p(
            "fishplant-pl",
            "person_complete",
            "tomek-bronnoy",
            display_name="Tomasz Wiśniewski",
            bio="Pracuję w przetwórni ryb w Brønnøysund od 2016. Wędkarstwo, siłownia, "
            "uczę się norweskiego. Jeg snakker litt norsk 🙂",
            avatar=True,
            posts=(
                Post(
                    "Dziś rano prom Tjøtta–Forvik spóźnił się 20 minut, ale widok na góry "
                    "Siedem Sióstr był tego wart."
                ),
                Post("Endelig bestått norskprøven B1! Takk til alle på jobb som har rettet meg 😄"),
                Post("Dzięki, stary! Do zobaczenia w sobotę.", reply=True),
            ),
            follows=140,
        ),
        _p(
            "refugee-ua",
            "person_complete",
            "oksana-k",
            display_name="Оксана Коваленко",
            bio="З Харкова, тепер у Mosjøen. Вчу норвезьку, працюю в дитячому садку. "
            "Lærer norsk hver dag.",
            avatar=True,
            posts=(
                Post(
                    "Сьогодні вперше сама купила квиток на автобус норвезькою мовою. "
                    "Маленька перемога 🙂"
                ),
                Post("Vi tok ferja til Vega i helga. Så vakkert! Nå vil barna mine bo på en øy."),
                Post("Дякую, дуже приємно!", reply=True),
            ),
            follows=120,
        ),
        _p(
            "duodji",
            "person_complete",
            "marja-duodji",
            display_name="Márja Jåma",
            bio="Duodjár fra Hattfjelldal. Sørsamisk håndverk i skinn, tre og tinntråd. "
            "Buerie biejjie! Nettbutikk og markedsdatoer i lenka.",
            avatar=True,
            posts=(
                Post(
                    "Står på julemarkedet i Mosjøen lørdag og søndag. Nye tinntrådarmbånd "
                    "og noen få kniver med skaft av reinhorn."
                ),
                Post(
                    "Takk til bussjåføren på 18-ruta som ventet da jeg kom løpende med to "
                    "kasser og et stativ 🙏"
                ),
                Post("", repost=True),
            ),
            follows=300,
            links=("marjaduodji.example",),
        ),
        _p(
            "cyclist-de",
            "person_complete",
            "katrin-faehrt",
            display_name="Katrin Vogel",
            bio="Radreisende aus Freiburg. Sommer 2026: Kystriksveien von Steinkjer nach "
            "Bodø, sechs Fähren, 650 km. Blog unten.",
            avatar=True,
            posts=(
                Post(
                    "Tag 9: Fähre Levang–Nesna verpasst, zwei Stunden Warten mit Waffeln und "
                    "Regen. Trotzdem der schönste Abschnitt bisher."
                ),
                Post(
                    "Tip for cyclists on this coast: the express boats only have room for a "
                    "few bikes, so in July get to the quay early."
                ),
                Post("Danke! Ja, den Umweg über Vega kann ich sehr empfehlen.", reply=True),
            ),
            follows=390,
            links=("katrinfaehrt.example",),
        ),
        _p(
            "reporter",
            "person_complete",
            "eirik-strand",
            display_name="Eirik Strand",
            bio="Journalist i lokalavisa på Helgeland. Samferdsel, fiskeri og "
            "kommunestyret. Tips via sikker kanal, se lenka.",
            avatar=True,
            posts=(
                Post("", repost=True),
                Post(
                    "Fylkestinget vedtok i dag nye ferjetakster fra 1. januar. Jeg går "
                    "gjennom tallene i morgen, men for pendlere ser det ut som rundt 8 % opp."
                ),
                Post("", repost=True),
                Post(
                    "Godt poeng, jeg hadde ikke regnet med rabatten på periodebillett. "
                    "Retter i saken.",
                    reply=True,
                ),
            ),
            follows=650,
            links=("eirikstrand.example",),
        ),
        _p(
            "grendelag",
            "person_complete",
            "husvaer-grendelag",
            display_name="Husvær grendelag",
            bio="Grendelaget på Husvær i Herøy, rundt 60 fastboende. Dugnad, 17. mai, "
            "julebord og kampen for et godt båttilbud.",
            avatar=True,
            posts=(
                Post(
                    "Dugnad på kaia lørdag kl. 11. Vi maler venterommet og rydder fjæra. "
                    "Kaffe og kake i grendehuset etterpå."
                ),
                Post(
                    "Takk til alle som sendte innspill om de nye rutetidene. 47 innspill fra "
                    "en øy med 60 innbyggere!"
                ),
                Post("Vi stiller gjerne på møtet i februar.", reply=True),
            ),
            follows=85,
        ),
        _p(
            "kayak",
            "person_complete",
            "helgeland-havkajakk",
            display_name="Helgeland Havkajakk",
            bio="Guidede havkajakkturer fra Lovund og Træna, mai til september. Små "
            "grupper, lokale guider. Bestilling på nettsiden.",
            avatar=True,
            posts=(
                Post(
                    "Sesongens første tur i morgen: fire timer rundt Lovund med lunde og "
                    "havørn. To ledige plasser!"
                ),
                Post(
                    "Skal dere rekke 11-turen, ta hurtigbåten kl. 08.15 fra Sandnessjøen. Vi "
                    "møter dere på kaia."
                ),
                Post(
                    "Yes, we can lend you a drysuit. Just tell us your height when you book.",
                    reply=True,
                ),
            ),
            follows=270,
            links=("helgelandhavkajakk.example",),
        ),
        _p(
            "nurse-ph",
            "person_complete",
            "maricel-s",
            display_name="Maricel Santos",
            bio="Sykepleier på sykehjemmet i Brønnøysund. Pinay in the Arctic 🇵🇭🇳🇴 "
            "Karaoke, fiskeboller and long video calls with Mama.",
            avatar=True,
            posts=(
                Post(
                    "Unang taglamig ko dito sa Norway, madilim na pagsapit ng alas-dos ng "
                    "hapon! Pero ang ganda ng northern lights."
                ),
                Post(
                    "Night shift done. The 06.50 bus driver always says god morgen to me, "
                    "small thing but it makes my day 💛"
                ),
                Post("Salamat po! Ingat kayo diyan.", reply=True),
            ),
            follows=190,
        ),
        _p(
            "name-only",
            "person_sparse",
            "hakonberg",
            display_name="Håkon Berg",
            follows=20,
        ),
        _p(
            "bio-only-nn",
            "person_sparse",
            "solveig-d",
            bio="Student på Nesna. Pendlar heim til Dønna kvar fredag.",
            follows=45,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "ola1979",
            display_name="Ola Johansen",
            avatar=True,
            follows=55,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "linnkris",
            display_name="Linn Kristiansen",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=540,
        ),
        _p(
            "reposter",
            "person_sparse",
            "erling-p",
            display_name="Erling Pedersen",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=130,
        ),
        _p(
            "replier-dialect",
            "person_sparse",
            "stian-dh",
            display_name="Stian",
            posts=(
                Post(
                    "Æ sto på kaia i ti minutta før æ skjønte at båten va innstilt 🙃",
                    reply=True,
                ),
                Post("Haha sant, kaffen om bord e bedre enn på Narvesen", reply=True),
                Post("Kor lang tid tar den nye ruta te Lurøy?", reply=True),
            ),
            follows=80,
        ),
        _p(
            "lurker",
            "person_sparse",
            "sjoen8800",
            follows=15,
        ),
        _p(
            "one-post",
            "person_sparse",
            "amalie-h",
            display_name="Amalie H.",
            posts=(Post("Endelig sommerferie og båten hjem til Træna 🌊"),),
            follows=65,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "vn5582019374", follows=2600),
        _p(
            "bought-dressed",
            "bought",
            "jessica-m-8827",
            display_name="Jessica Moore",
            bio="🌸 Dreamer | Wanderlust 🌍 | Coffee addict ☕ | Be kind 💕",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-nordic",
            "bought",
            "larshansen-5093",
            display_name="Lars Hansen",
            bio="Naturelsker 🌲 | Norge 🇳🇴 | Reise & friluftsliv",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=2200,
        ),
        _p(
            "bought-replier",
            "bought",
            "daniel-scott-22",
            display_name="Daniel Scott",
            bio="Entrepreneur | Motivated | Success mindset 💯",
            avatar=True,
            posts=(
                Post("Awesome 👏", reply=True),
                Post("Love this!", reply=True),
                Post("💯💯", reply=True),
                Post("So true!", reply=True),
                Post("", repost=True),
            ),
            follows=2900,
        ),
        _p(
            "fake-refund",
            "spam",
            "kundeservice-refusjon",
            display_name="{brand} Kundeservice",
            bio="Hjelp med refusjon av billetter ved innstilte avganger. Send DM med "
            "bestillingsnummer, kortnummer og utløpsdato.",
            avatar=True,
            posts=(
                Post(
                    "Beklager ulempen! Du har krav på full refusjon. Logg inn med BankID via "
                    "lenken i profilen vår innen 24 timer.",
                    reply=True,
                ),
                Post(
                    "Hei, vi ser at avgangen din ble innstilt. Send kortnummer og CVC på DM, "
                    "så overfører vi beløpet i dag.",
                    reply=True,
                ),
            ),
            follows=900,
            links=("billett-refusjon-no.example",),
        ),
        _p(
            "casino-blog",
            "spam",
            "nordnorsk-reise",
            display_name="Nordnorsk Reiseblogg",
            bio="Reisetips fra hele Nord-Norge 🏔️ Ferjer, hytter og de beste kafeene langs kysten.",
            avatar=True,
            posts=(
                Post(
                    "Lang ferjetur? Vi har funnet de beste casinoene uten norsk lisens 🎰 200 "
                    "gratisspinn uten innskudd, lenke i bio!"
                ),
                Post(
                    "Kjedelig å vente på ferja? Test gratisspinn mens du venter 😉 Lenke i bio",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=1600,
            links=("spinnbonus-norge.example",),
        ),
        _p(
            "crypto-mum",
            "spam",
            "ingrid-solberg-invest",
            display_name="Ingrid Solberg",
            bio="Mamma 💕 Tromsø. Sa opp 8–16-jobben i 2024. Jeg hjelper vanlige nordmenn "
            "å tjene penger på krypto hjemmefra 📈 Spør meg hvordan!",
            avatar=True,
            posts=(
                Post(
                    "Nok en fornøyd elev: Kari fra Bodø tjente 48 000 kr forrige uke 🙌 "
                    "Hvem blir nestemann?"
                ),
                Post(
                    "Så fint! Har du tenkt på en ekstrainntekt ved siden av? Sjekk profilen min 📈",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2300,
        ),
        _p(
            "cottage-scam",
            "spam",
            "trana-sjohus",
            display_name="Træna Sjøhus Utleie",
            bio="Koselige sjøhus til leie på Træna og Lovund sommeren 2027. Lave priser! "
            "Betal depositum med bankoverføring eller Western Union for å sikre datoen.",
            avatar=True,
            posts=(
                Post(
                    "Siste ledige uke i juli: sjøhus for 6 personer, bare 3 500 kr uka! Send "
                    "melding i dag, mange er interessert."
                ),
                Post(
                    "Hello! Yes still available 😊 Please pay 50% deposit by Western Union to "
                    "confirm, the owner is abroad at the moment.",
                    reply=True,
                ),
            ),
            follows=700,
            links=("trana-sjohus-booking.example",),
        ),
        _p(
            "romance",
            "spam",
            "robert-hansen-offshore",
            display_name="Robert Hansen",
            bio="Widower. Offshore engineer on a rig in the North Sea 🛢️ I love God, my "
            "daughter and honest people. Looking for a good woman to talk with.",
            avatar=True,
            posts=(
                Post(
                    "Hello dear, your smile is beautiful. Can we be friends? Check your DM 🌹",
                    reply=True,
                ),
                Post(
                    "Beautiful place! I hope to visit when my contract ends. Are you single?",
                    reply=True,
                ),
            ),
            follows=1400,
        ),
        _p(
            "follower-seller",
            "spam",
            "boost-followers-pro",
            display_name="Grow Your Page 🚀",
            bio="Real followers, likes & views ✅ 1,000 followers from $5. Instant "
            "delivery, 100% safe. DM to order.",
            avatar=True,
            posts=(
                Post(
                    "Want more people to see your page? 🚀 10k followers delivered in 24h. DM now!"
                ),
                Post(
                    "Nice page! You deserve more followers 🔥 Check our packages in bio.",
                    reply=True,
                ),
            ),
            follows=2700,
            links=("growyourpage.example",),
        ),
        _p(
            "parcel-phish",
            "spam",
            "pakke-levering-no",
            display_name="Pakkesporing Norge 📦",
            bio="Varsler om pakker som venter på fortolling. Følg lenken for å betale og "
            "avtale ny levering.",
            avatar=True,
            posts=(
                Post(
                    "Pakken din kunne ikke leveres på grunn av ubetalt toll (29 kr). Betal "
                    "via lenken innen 48 timer, ellers returneres sendingen."
                ),
                Post(
                    "Hei! Venter du på en pakke? Sjekk status og betal tollgebyret her 👉 "
                    "lenke i bio",
                    reply=True,
                ),
            ),
            follows=1100,
            links=("pakke-toll-no.example",),
        ),
        _p(
            "bot",
            "bot_declared",
            "ferjevaer-bot",
            display_name="Ferjevær Helgeland 🤖",
            bio="Automatisk konto. Poster vind og bølgehøyde for Helgelandskysten hver "
            "tredje time fra åpne værdata. Svar blir ikke lest.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "Kl. 06: Træna: vind 14 m/s fra sørvest, bølgehøyde 3,1 m. "
                    "Sandnessjøen: 6 m/s, 0,4 m. Vega: 9 m/s, 1,2 m."
                ),
                Post(
                    "Kl. 09: Træna: vind 16 m/s fra sørvest, bølgehøyde 3,6 m. "
                    "Sandnessjøen: 7 m/s, 0,5 m. Vega: 10 m/s, 1,4 m."
                ),
            ),
        ),
        _p(
            "clash-agency",
            "values_clash",
            "jaktreiser-nord",
            display_name="Jaktreiser Nord",
            bio=f"Norwegian-run hunting travel agency in Mosjøen. Plains game and "
            f"{BLOCKED_KEYWORD} trips to Namibia and South Africa, permits and export "
            f"paperwork handled.",
            avatar=True,
            posts=(
                Post(
                    "Vi står på Villmarksmessen i Lillestrøm i april. Kom innom og slå av en "
                    "prat om turene for 2027."
                ),
            ),
            follows=150,
            links=("jaktreisernord.example",),
        ),
        _p(
            "clash-hunter",
            "values_clash",
            "geir-arne-b",
            display_name="Geir Arne Bakken",
            bio="Elgjeger og hytteeier på Dønna. Tar ferja to ganger i uka. Meningene er "
            "mine egne.",
            avatar=True,
            posts=(
                Post(
                    f"Skrev et leserinnlegg til forsvar for lovlig {BLOCKED_KEYWORD} i "
                    f"Afrika. Mange blir sinte, men uten jaktinntektene hadde det vært lite "
                    f"vilt igjen i Namibia."
                ),
                Post("Ferja i rute i dag, fem minutter før tida til og med 👍"),
                Post("Enig, den kaia trenger nytt lys før vinteren.", reply=True),
            ),
            follows=175,
        ),
    ]


def holdout_l() -> list[Persona]:
    """20 genuine followers (12 complete, 8 sparse) and 14 unwanted ones."""
    return _people() + _unwanted()
