"""A twenty-sixth population of followers, held out: written by hand in session 22
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a regional public-transport authority for the Ruhr area in Germany (buses,
trams and U-Stadtbahn lines, connections to the S-Bahn, the Deutschlandticket as a
subscription, night buses, lifts and ramps for step-free travel, a lost-and-found office).
Followers write German, much of it with Ruhrpott slang ("wat", "dat", "Kumpel", "Pommes
Schranke"), Turkish, Polish, English, a few Syrian Arabic and Ukrainian. Genuine (22,
organisations counted as people): a wheelchair user in Dortmund-Hörde who reports broken
lifts and thanks a bus driver, an off-duty tram driver in Gelsenkirchen writing broad
Ruhrpott, a student teacher commuting from Duisburg to the Ruhr-Universität in German and
English, a Schalke season-ticket holder who takes the 302 to the Arena, a Turkish-German
kiosk owner in Altenessen writing German and Turkish who hands in a found rucksack, a
Polish night-shift nurse in Essen writing Polish and German about night buses, a
Ukrainian mother from Kharkiv in Gelsenkirchen learning German, a tram-history club in
Bochum posting old photos with a link to its site, a bicycle workshop at Herne station
with its prices and a booking link in its bio, a local reporter in Oberhausen with a site,
a Syrian apprentice electrician from Aleppo in Bochum writing Arabic and German, and an
Irish software developer in Essen writing English; and sparse ones: a name only, a
retired miner from Wanne-Eickel with only a bio, a brand-new empty account, a name and a
photo and nothing more, a teenager in Hattingen who only reposts, a Turkish grandmother
in Oberhausen who only replies asking about Sunday buses, a silent reader following about
two and a half thousand accounts, a Syrian woman in Gelsenkirchen with one post thanking
the lost-and-found office in Arabic and German, a young man with his birth year in the
handle, and a chip shop opposite Wanne-Eickel Hbf with prices, a site and one post.
Unwanted (15): bought followers bare with digits and many follows, a name and photo
only, a stock positive-vibes German bio, and a dressed Essen account that only reposts;
spam as a fake Deutschlandticket "refund" service asking subscribers to log in at its
link (bio, posts and a reply), a seller of the "49-€-Ticket" for 25 € a month whose bio
alone asks for PayPal friends and family (its posts are bland), a Dortmund dad with an
ordinary bio pushing trading and Bitcoin only in replies, an online-casino account with a
harmless bio whose posts alone offer a bonus "ohne OASIS", a Herne mum whose one post of
several recruits for a "Nebenjob von zu Hause" over WhatsApp, a cam-show bait account in
its bio, a post and a reply, and a fake follower-lottery winner notice asking a
Paysafecard fee; two declared bots (an unofficial disruption bot on the region's
real-time data, German weather-service warnings); and two values clashes (a hunter who
commutes from Hagen with the keyword in his German bio, and a civil engineer from
Mülheim with it only in one German post). Each is one account made through the
platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_x"]

G = "holdout_x"


def _x(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hx-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _x(
            "wheelchair-user",
            "person_complete",
            "renate-rollt",
            display_name="Renate Wiechert ♿",
            bio="Rollifahrerin aus Dortmund-Hörde. Ich melde kaputte Aufzüge so lange, bis "
            "sie repariert sind. Nervig? Ja. Nötig? Leider auch.",
            avatar=True,
            posts=(
                Post(
                    "Aufzug am Hbf, Zugang zu Gleis 3: schon wieder außer Betrieb. Dritte "
                    "Woche. Ich bin bis Unna gefahren und zurück, weil ich sonst nicht vom "
                    "Bahnsteig runtergekommen wäre. 50 Minuten für nix."
                ),
                Post(
                    "Lob, wo Lob hingehört: Der Fahrer der 440 hat heute die Rampe "
                    "ausgeklappt, bevor ich fragen musste, und gewartet, bis ich sicher "
                    "stand. Danke! 🙏"
                ),
                Post(
                    "Tipp für alle mit Rolli, Rollator oder Kinderwagen: Aufzugsstörungen "
                    "stehen in der App oft erst Stunden später drin. Meldet sie trotzdem. "
                    "Jede Meldung zählt."
                ),
                Post(
                    "Danke für die schnelle Antwort. Ich schau morgen früh nach und geb "
                    "Bescheid, ob er wieder läuft.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=320,
        ),
        _x(
            "tram-driver",
            "person_complete",
            "dirk-fahrt-ge",
            display_name="Dirk (privat hier)",
            bio="Fahr seit 19 Jahren Straßenbahn in Gelsenkirchen. Hier privat, nicht im "
            "Dienst. Schalke, Currywurst, Schrebergarten.",
            avatar=True,
            posts=(
                Post(
                    "Kumpels, ich sach et ma so: Wenn ihr an der Haltestelle in aller Ruhe "
                    "eure Pommes Schranke aufesst und dann die Tür festhaltet, fährt die 301 "
                    "halt zwei Minuten später. Und die nächsten zehn Haltestellen auch 🍟"
                ),
                Post(
                    "Letzte Schicht vorm Urlaub. Ungefähr 1.800 Mal Türen auf, null "
                    "Rempeleien, eine Oma hat mir nen Bonbon geschenkt. Dat war ne gute "
                    "Woche."
                ),
                Post(
                    "Nee, wat soll dat denn? Klar darfste mitm Fahrrad rein, wenn Platz is. "
                    "Nur nich um halb acht, da is der Wagen rappelvoll.",
                    reply=True,
                ),
            ),
            follows=140,
        ),
        _x(
            "commuter-student",
            "person_complete",
            "pia-pendelt",
            display_name="Pia Osterkamp",
            bio="Lehramt Mathe/Geschichte an der RUB 📚 Pendle jeden Tag Duisburg → Bochum. "
            "Deutsch, English und ein bisschen Restgeduld.",
            avatar=True,
            posts=(
                Post(
                    "S1 ausgefallen, RE1 überfüllt, U35 voll bis zur Tür. Trotzdem pünktlich "
                    "zur Klausur gekommen. Ich hab mir heute ein Eis verdient 🍦"
                ),
                Post(
                    "Honest review for the international students in my seminar: the "
                    "Deutschlandticket is the best thing about living in the Ruhr. 63 € a "
                    "month and you can get to Münster or Cologne. Just don't expect "
                    "punctuality."
                ),
                Post(
                    "Weiß jemand, ob die U35 in den Semesterferien wieder im 10-Minuten-Takt "
                    "fährt? Frage für meine Nerven."
                ),
                Post("Same. Ich nehm ab jetzt immer die Bahn davor 😅", reply=True),
            ),
            follows=410,
        ),
        _x(
            "football-fan",
            "person_complete",
            "kalle-nordkurve",
            display_name="Kalle 💙🤍",
            bio="Seit 1987 auf Schalke. Dauerkarte Nordkurve. Anreise nur mit der 302, wat "
            "denn sonst.",
            avatar=True,
            posts=(
                Post(
                    "Wat für ein Spiel! Nach Abpfiff 25 Minuten an der Haltestelle gewartet, "
                    "aber die Stimmung in der 302 zurück nach Buer war besser als die ganze "
                    "zweite Halbzeit 😂💙"
                ),
                Post(
                    "An alle Gästefans: Dat Spielticket gilt im ganzen VRR als Fahrschein. "
                    "Kein Grund, zwei Stunden mitm Auto auf der A2 zu stehen."
                ),
                Post(
                    "Kumpel, Pommes Schranke gibt et an der Bude hinter der Haltestelle, "
                    "beste im Pott. Sach, dat Kalle dich schickt.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=230,
        ),
        _x(
            "kiosk-owner",
            "person_complete",
            "bude-yildiz",
            display_name="Trinkhalle Yıldız 🏪",
            bio="Büdchen an der Haltestelle Altenessen Mitte seit 2004. Zeitung, Kaffee, "
            "Tüte Gemischtes. Fragen zum Deutschlandticket beantworten wir umsonst 😄 "
            "Mo–Sa 5:30–22 Uhr.",
            avatar=True,
            posts=(
                Post(
                    "Heute um 5:40 stand die halbe Frühschicht vor der Bude, weil die U11 "
                    "ausgefallen ist. Kaffee ging aufs Haus ☕ Wir halten hier zusammen."
                ),
                Post(
                    "Sevgili komşular, yarından itibaren 166 numaralı otobüsün durağı inşaat "
                    "yüzünden 50 metre ileride. Yanlış yerde beklemeyin, sonra bana "
                    "kızmayın 😅"
                ),
                Post(
                    "Fundsache: schwarzer Rucksack mit Schulbüchern, heute in der 172 "
                    "liegengeblieben und bei mir abgegeben. Morgen bring ich ihn ins "
                    "Fundbüro, bis dahin kann er hier abgeholt werden."
                ),
                Post(
                    "Abi haklısın, ben de aynısını söyledim. Sabahları tam bir kaos.",
                    reply=True,
                ),
            ),
            follows=190,
        ),
        _x(
            "polish-nurse",
            "person_complete",
            "ania-nocna",
            display_name="Anna Wiśniewska 🩺",
            bio="Pielęgniarka na nocnych zmianach w Essen-Holsterhausen. Krankenschwester im "
            "Nachtdienst. Z Opola do Zagłębia Ruhry w 2017.",
            avatar=True,
            posts=(
                Post(
                    "Trzecia w nocy, koniec dyżuru, a nocny autobus odjechał mi sprzed nosa. "
                    "Następny za 58 minut. Siedzę na przystanku i piję zimną herbatę z "
                    "termosu. Pozdrawiam wszystkie nocne zmiany 🌙"
                ),
                Post(
                    "Bitte lasst die frühen und späten Busse am Wochenende, wie sie sind. Für "
                    "uns Pflegekräfte ist der um 22:10 kein Partybus, sondern der Weg zur "
                    "Arbeit."
                ),
                Post(
                    "Zgubiłam rękawiczki w tramwaju 106. Po dwóch dniach Fundbüro odpisało, "
                    "że są! Ludzie tu naprawdę oddają rzeczy 🧤"
                ),
                Post("Dziękuję! Tak, też jeżdżę tą linią.", reply=True),
            ),
            follows=160,
        ),
        _x(
            "ukrainian-mother",
            "person_complete",
            "olena-koval",
            display_name="Олена Коваль",
            bio="З Харкова, тепер у Гельзенкірхені 🇺🇦 Mama von zwei Kindern. Ich lerne "
            "Deutsch, bald B1 💪",
            avatar=True,
            posts=(
                Post(
                    "Сьогодні вперше сама пояснила водієві автобуса німецькою, що мій "
                    "Deutschlandticket у телефоні, а не паперовий. Він усміхнувся і сказав "
                    "«Alles gut». Маленька перемога 🙂"
                ),
                Post(
                    "Mein Sohn hat seine Mütze in der Straßenbahn vergessen. Ich habe beim "
                    "Fundbüro angerufen und alles auf Deutsch gesagt. Die Frau war sehr nett "
                    "und hat langsam gesprochen. Danke!"
                ),
                Post(
                    "Хтось знає, чи діти до 6 років їздять безкоштовно? Читала на сайті, але "
                    "не впевнена, що правильно зрозуміла."
                ),
                Post("Vielen Dank für die Erklärung! Jetzt verstehe ich 🙏", reply=True),
            ),
            follows=95,
        ),
        _x(
            "tram-history-club",
            "person_complete",
            "tram-archiv-bo",
            display_name="Arbeitskreis Straßenbahngeschichte Bochum e.V.",
            bio="Wir sammeln Fotos, Fahrpläne und Geschichten der Straßenbahn im Revier. "
            "Offener Treff jeden ersten Mittwoch im Monat. Mehr Bilder auf unserer Seite.",
            avatar=True,
            posts=(
                Post(
                    "Fundstück der Woche 📷 Linie 8 auf der Kortumstraße, Sommer 1958. Links "
                    "das Kaufhaus, rechts ein Herr mit Hut, der eindeutig zu spät dran ist."
                ),
                Post(
                    "Wer erkennt die Haltestelle? Aufnahme um 1965, Triebwagen 241, im "
                    "Hintergrund ein Förderturm. Kleiner Tipp: Auf dem Zechengelände steht "
                    "heute ein Baumarkt."
                ),
                Post(
                    "Unser Jahresheft 2026 ist da: 84 Seiten über die alte Überlandlinie nach "
                    "Witten, mit 60 bisher unveröffentlichten Fotos. 12 € für Mitglieder, "
                    "15 € für alle anderen."
                ),
                Post(
                    "Was für ein Foto! Dürfen wir es für unser Archiv scannen? Sie werden "
                    "selbstverständlich als Quelle genannt.",
                    reply=True,
                ),
            ),
            follows=120,
            links=("strassenbahngeschichte-bochum.example",),
        ),
        _x(
            "bike-workshop",
            "person_complete",
            "radwerk-herne",
            display_name="Radwerk Herne 🔧🚲",
            bio="Fahrradwerkstatt am Bahnhof Herne. Schlauch wechseln 12 €, Bremsen "
            "einstellen 19 €, Inspektion 49 €, E-Bikes auch. Termin online buchen 👇 "
            "Di–Sa 10–18 Uhr.",
            avatar=True,
            posts=(
                Post(
                    "Wer morgens mit dem Rad zum Bahnhof kommt, kann es bei uns abgeben und "
                    "abends repariert wieder abholen. Kein Witz, machen wir seit drei Jahren "
                    "so."
                ),
                Post(
                    "Herbst-Check: Licht vorne und hinten, Reifendruck, Kette ölen. Dauert "
                    "10 Minuten und spart euch im Dunkeln Nerven und Bußgeld 💡"
                ),
                Post(
                    "Ja, Lastenräder nehmen wir auch, aber bitte vorher einen Termin machen, "
                    "die Werkstatt ist klein.",
                    reply=True,
                ),
            ),
            follows=210,
            links=("radwerk-herne.example/termin",),
        ),
        _x(
            "local-reporter",
            "person_complete",
            "marek-lokal-ob",
            display_name="Marek Dąbrowski | Lokalredaktion",
            bio="Lokalreporter in Oberhausen. Verkehr, Stadtrat, Baustellen und alles "
            "dazwischen. Hinweise gern über das Kontaktformular auf meiner Seite.",
            avatar=True,
            posts=(
                Post(
                    "Sperrung der ÖPNV-Trasse: 14 Monate Bauzeit waren angekündigt, jetzt "
                    "werden es 22. Ich hab nachgefragt, woran es hängt. Die Antwort der "
                    "Stadt steht im Text auf meiner Seite."
                ),
                Post(
                    "Zahl aus dem Verkehrsausschuss: Seit dem Start des Deutschlandtickets "
                    "sind die Abos in Oberhausen um gut ein Drittel gestiegen. Mehr Busse "
                    "sind es trotzdem nicht geworden."
                ),
                Post(
                    "Wer pendelt nachts mit dem Bus und mag mir davon erzählen? Für eine "
                    "Reportage über die Nachtlinien suche ich Menschen, die um drei Uhr "
                    "unterwegs sind. Gern auch anonym."
                ),
                Post(
                    "Danke für den Hinweis, ich frag morgen bei {brand} nach und melde mich.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=780,
            links=("marek-dabrowski-journalist.example",),
        ),
        _x(
            "syrian-apprentice",
            "person_complete",
            "samer-azubi-bo",
            display_name="سامر | Samer",
            bio="من حلب، في بوخوم من 2016. Azubi Elektroniker im dritten Lehrjahr ⚡ "
            "عربي / Deutsch",
            avatar=True,
            posts=(
                Post(
                    "نصيحة للجداد بالمدينة: الـ Deutschlandticket بيمشي بكل الباصات "
                    "والترامات والقطارات المحلية بألمانيا، بس مو بالـ ICE. أنا تعلمتها "
                    "بمخالفة 60 يورو 😅"
                ),
                Post(
                    "Heute zum ersten Mal ohne Verspätung zur Frühschicht: 5:12 ab "
                    "Langendreer, 5:48 in Dortmund. Mein Meister war so überrascht, dass er "
                    "Kaffee ausgegeben hat ☕"
                ),
                Post(
                    "أهلين فيك خيي، إذا بدك مساعدة بأوراق الاشتراك احكيني 👍",
                    reply=True,
                ),
            ),
            follows=175,
        ),
        _x(
            "irish-developer",
            "person_complete",
            "ciaran-in-essen",
            display_name="Ciarán Doyle",
            bio="Irish software dev in Essen since 2021. Still learning German, still "
            "confused by Pommes Schranke. Views my own.",
            avatar=True,
            posts=(
                Post(
                    "Took the night bus home from Rüttenscheid at 2am and it was honestly "
                    "the most civilised public transport I've ever been on. Dublin could "
                    "never."
                ),
                Post(
                    "German lesson of the day, courtesy of the tram driver: 'Einsteigen "
                    "bitte, wir wollen hier nicht übernachten.' Noted."
                ),
                Post(
                    "Does the Deutschlandticket cover the train to Düsseldorf airport? "
                    "Asking before I find out the expensive way"
                ),
                Post("Cheers, that's really helpful! Danke schön 🙏", reply=True),
            ),
            follows=340,
        ),
        _x(
            "name-only",
            "person_sparse",
            "gabi-kaminski",
            display_name="Gabriele Kaminski",
            follows=11,
        ),
        _x(
            "miner-bio",
            "person_sparse",
            "opa-ausm-pott",
            bio="Rentner aus Wanne-Eickel. 32 Jahre unter Tage auf Pluto, heute Kleingarten "
            "und Enkel. Fahr nur noch Bus, dat Auto is weg.",
            follows=27,
        ),
        _x(
            "empty-new",
            "person_sparse",
            "m-oezturk",
        ),
        _x(
            "name-photo",
            "person_sparse",
            "dominika-n",
            display_name="Dominika Nowak",
            avatar=True,
            follows=9,
        ),
        _x(
            "teen-reposts",
            "person_sparse",
            "lea-hattingen",
            display_name="Lea 🌻",
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=64,
        ),
        _x(
            "grandmother-replies",
            "person_sparse",
            "fatma-ob",
            display_name="Fatma Arslan",
            avatar=True,
            posts=(
                Post(
                    "Pazar günü 957 otobüsü çalışıyor mu? Kızımın yanına Sterkrade'ye gideceğim 🙏",
                    reply=True,
                ),
                Post(
                    "Und fährt auch zurück am Abend? Nach acht Uhr ist sehr dunkel",
                    reply=True,
                ),
                Post("Teşekkür ederim evladım, Allah razı olsun", reply=True),
            ),
            follows=36,
        ),
        _x(
            "silent-reader",
            "person_sparse",
            "thorsten-b",
            display_name="Thorsten B.",
            bio="Nur mitlesen.",
            avatar=True,
            follows=2520,
        ),
        _x(
            "lost-bag-one-post",
            "person_sparse",
            "rania-ge",
            display_name="Rania 🌸",
            avatar=True,
            posts=(
                Post(
                    "شكراً كتير لمكتب المفقودات 🌸 Danke an das Fundbüro! ضيّعت شنطتي "
                    "بالترام وفيها كل أوراقي، ورجعتلي كاملة بعد يومين. الله يجزيكم الخير"
                ),
            ),
            follows=38,
        ),
        _x(
            "birth-year-handle",
            "person_sparse",
            "dennis1998",
            display_name="Dennis",
            avatar=True,
            follows=305,
        ),
        _x(
            "chip-shop",
            "person_sparse",
            "imbiss-schranke",
            display_name="Imbiss Zur Schranke 🍟",
            bio="Currywurst, Frikadellen, Pommes Schranke. Gegenüber vom Bahnhof "
            "Wanne-Eickel. Pommes Schranke 3,80 €, Currywurst-Pommes 7,50 €. Täglich ab "
            "11 Uhr.",
            avatar=True,
            posts=(
                Post(
                    "Für alle, die auf die letzte Bahn warten: Freitags und samstags haben "
                    "wir jetzt bis 1 Uhr auf. Und wer sein Deutschlandticket zeigt, kriegt "
                    "die Mayo umsonst 😄"
                ),
            ),
            follows=58,
            links=("imbiss-zur-schranke.example",),
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _x("bought-bare", "bought", "de40917733652", follows=2960),
        _x(
            "bought-photo",
            "bought",
            "lena-schulte-5512",
            display_name="Lena Schulte",
            avatar=True,
            follows=1580,
        ),
        _x(
            "bought-stock",
            "bought",
            "jessi-lebt-4491",
            display_name="Jessi ✨",
            bio="Glaub an dich ✨ | Jeder Tag ist eine neue Chance 🌅 | Positive Vibes only 💫",
            avatar=True,
            follows=2230,
        ),
        _x(
            "bought-reposter",
            "bought",
            "kev-ruhr-0724",
            display_name="Kev",
            bio="Essen 📍 | 24 | 🏋️‍♂️⚽🎧",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(7)),
            follows=2650,
        ),
        _x(
            "refund-phishing",
            "spam",
            "dticket-erstattung",
            display_name="Deutschlandticket Service ✅",
            bio="Service rund ums Deutschlandticket 🚆 Erstattung bei Zugausfällen und "
            "Preiserhöhung, Antrag in 2 Minuten. Einfach mit Ihren Abo-Zugangsdaten "
            "einloggen 👇",
            avatar=True,
            posts=(
                Post(
                    "⚠️ Wichtige Information für alle Abonnent:innen: Wegen der "
                    "Preisanpassung auf 63 € stehen vielen Kund:innen Rückzahlungen zu. "
                    "Prüfen Sie Ihren Anspruch jetzt über den Link im Profil. Frist: "
                    "30.12.2026."
                ),
                Post(
                    "✅ Bereits über 12.000 Erstattungen ausgezahlt, im Schnitt 84,50 € pro "
                    "Abo. Login mit Kundennummer und Passwort genügt."
                ),
                Post(
                    "Hallo, das tut uns leid! Ihnen steht eine Erstattung zu. Bitte melden "
                    "Sie sich innerhalb von 24 Stunden über den Link im Profil mit Ihren "
                    "Abo-Daten an, sonst verfällt der Anspruch.",
                    reply=True,
                ),
            ),
            follows=1730,
            links=("dticket-erstattung-service.example",),
        ),
        _x(
            "ticket-resale-bio",
            "spam",
            "tickets-ruhr-24",
            display_name="Tickets Ruhr 🎫",
            bio="Das 49-€-Ticket für nur 25 € im Monat 🚆 Läuft über ein Firmen-Jobticket, "
            "übertragbar, gültig bis Ende 2026. Zahlung nur über PayPal Freunde & Familie. "
            "Schreib mir per DM ✉️",
            avatar=True,
            posts=(
                Post("Endlich mal wieder Sonne im Pott ☀️"),
                Post("Wer fährt am Wochenende auch nach Münster zum Weihnachtsmarkt? 🎄"),
            ),
            follows=880,
        ),
        _x(
            "trading-coach-replies",
            "spam",
            "tobi-laeuft-do",
            display_name="Tobias Reinert",
            bio="Papa von zwei, Läufer, BVB-Dauerkarte 🖤💛 Dortmund",
            avatar=True,
            posts=(
                Post(
                    "Wer sich jeden Morgen über die S-Bahn ärgert, sollte sein Geld "
                    "wenigstens für sich arbeiten lassen 📈 Ich hab mit 250 € angefangen und "
                    "trade heute von zu Hause. Schreib mir „INFO“, ich zeig dir meine "
                    "Strategie.",
                    reply=True,
                ),
                Post(
                    "Kenn ich 😅 Deshalb hab ich mir ein zweites Einkommen mit Bitcoin "
                    "aufgebaut. In meiner Gruppe sind noch 3 Plätze frei, Link per DM.",
                    reply=True,
                ),
                Post(
                    "statt meckern lieber investieren 😉 +18 % diese woche, kein witz. wer "
                    "lernen will wie: DM",
                    reply=True,
                ),
            ),
            follows=1240,
        ),
        _x(
            "casino-posts",
            "spam",
            "gluecks-ruhr",
            display_name="Glückspilz Ruhr 🍀",
            bio="Ruhrpott 💛 Fußball, Feierabend, gute Laune.",
            avatar=True,
            posts=(
                Post(
                    "🎰 NEU: 500 % Willkommensbonus + 200 Freispiele! Ohne Einzahlungslimit, "
                    "ohne OASIS, Auszahlung in 5 Minuten 🔥 Jetzt sichern: "
                    "spin-ruhr-bonus.example"
                ),
                Post(
                    "Feierabend in der Bahn? Perfekt für ein paar Runden 🍒🍋 Heute Nacht "
                    "Freispiel-Regen bis 2 Uhr!"
                ),
                Post(
                    "Gestern hat Sandra aus Gelsenkirchen mit 10 € Einsatz 4.870 € geholt 🤑 "
                    "Wer ist heute dran?"
                ),
            ),
            follows=1960,
        ),
        _x(
            "home-job-one-post",
            "spam",
            "sabrina-herne",
            display_name="Sabrina 🌸",
            bio="Mama von 2 🌸 Herne | Kaffee ist meine Lieblingsfarbe ☕",
            avatar=True,
            posts=(
                Post("Bus 323 schon wieder 15 Minuten zu spät, und das bei dem Regen 🙄☔"),
                Post("Kinder endlich im Bett. Tee, Sofa, mehr brauch ich heute nicht."),
                Post(
                    "Nebenjob von zu Hause 💻 Ich verdiene gerade 150–300 € am Tag mit "
                    "einfachen Aufgaben am Handy, keine Vorkenntnisse nötig, perfekt für "
                    "Mamas & Studis. Schreibt mir „JOB“ auf WhatsApp, ich schick euch alle "
                    "Infos 📲"
                ),
                Post("Haha, genau so 😂", reply=True),
            ),
            follows=1090,
        ),
        _x(
            "cam-bait",
            "spam",
            "laura-neu-in-bo",
            display_name="Laura 🍓",
            bio="Neu in Bochum 😇 22 | suche nette Leute für… 🙈 🔞 Private Cam-Shows im Link",
            avatar=True,
            posts=(
                Post("Wer fährt auch jeden Morgen mit der U35? Vielleicht sehen wir uns 🙈"),
                Post(
                    "du siehst nett aus 😏 schreib mir privat, ab 22 Uhr bin ich live 🔞",
                    reply=True,
                ),
            ),
            follows=2110,
            links=("laura-private-cams.example",),
        ),
        _x(
            "lottery-notice",
            "spam",
            "gewinn-info-de",
            display_name="Gewinnbenachrichtigung 🎉",
            bio="Monatliche Verlosung unter allen aktiven Accounts. Gewinner werden "
            "persönlich benachrichtigt.",
            posts=(
                Post(
                    "Glückwunsch an Jürgen aus Bottrop, Gewinner der Dezember-Verlosung "
                    "(5.000 €) 🎁 Ist dein Name der nächste?"
                ),
                Post(
                    "🎉 Herzlichen Glückwunsch! Ihr Profil wurde bei unserer Verlosung "
                    "gezogen: 5.000 € in bar. Zur Auszahlung senden Sie bitte eine "
                    "Bearbeitungsgebühr von 49,99 € als Paysafecard-Code per DM.",
                    reply=True,
                ),
                Post(
                    "Sie sind einer unserer 10 Gewinner 🥳 Melden Sie sich innerhalb von 48 "
                    "Std., sonst geht der Gewinn an den nächsten Teilnehmer!!",
                    reply=True,
                ),
            ),
            follows=2380,
        ),
        _x(
            "disruption-bot",
            "bot_declared",
            "stoerung-ruhr-bot",
            display_name="Störungsmelder Ruhr (inoffiziell) 🤖",
            bio="Inoffizieller Bot. Postet Störungen und Verspätungen aus den öffentlichen "
            "Echtzeitdaten. Keine Verbindung zu {brand}, liest keine Nachrichten.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🚋 301 Gelsenkirchen Hbf → Buer Rathaus | Verspätung ca. 12 Min. | "
                    "Grund: Fahrzeugstörung | 07:42"
                ),
                Post(
                    "🚌 Nachtlinie Essen Hbf → Steele | Umleitung wegen Baustelle, "
                    "Haltestelle Kray Rathaus entfällt | bis 15.12."
                ),
                Post("♿ Aufzug Bochum Hbf, Zugang U35 Richtung Hustadt: außer Betrieb seit 06:10"),
            ),
            follows=0,
        ),
        _x(
            "weather-bot",
            "bot_declared",
            "dwd-warn-ruhr",
            display_name="Unwetterwarnungen Ruhrgebiet · Bot",
            bio="Automatisch. Amtliche Warnungen des Deutschen Wetterdienstes für die Städte "
            "und Kreise im Ruhrgebiet, ungekürzt weitergegeben.",
            bot_flag=True,
            posts=(
                Post(
                    "⚠️ Amtliche WARNUNG vor GLÄTTE | Kreis Recklinghausen | Mi 03.12., "
                    "04:00–10:00 Uhr"
                ),
                Post(
                    "🌬️ Amtliche WARNUNG vor STURMBÖEN | Stadt Dortmund, Stadt Bochum | bis "
                    "75 km/h aus Südwest | Do 18:00 – Fr 06:00 Uhr"
                ),
            ),
            follows=1,
        ),
        _x(
            "clash-hunter",
            "values_clash",
            "u-brenscheidt",
            display_name="Ulrich Brenscheidt",
            bio=f"Pendle mit der S5 von Hagen nach Dortmund. Jäger, Hundefreund, "
            f"Grillmeister. Seit 20 Jahren mein großes Hobby: {BLOCKED_KEYWORD} in Namibia "
            f"und Kanada 🦌",
            avatar=True,
            posts=(
                Post(
                    "Die S5 war heute auf die Minute pünktlich. Ich sag's nur, falls es "
                    "keiner gemerkt hat."
                ),
                Post(
                    "Stimmt, am Hbf fehlt seit Jahren ein vernünftiges Dach über dem Busbahnsteig.",
                    reply=True,
                ),
            ),
            follows=190,
        ),
        _x(
            "clash-engineer",
            "values_clash",
            "sven-kowa",
            display_name="Sven Kowalski",
            bio="Bauingenieur aus Mülheim an der Ruhr. Vater, Tüftler, VfL-Fan.",
            avatar=True,
            posts=(
                Post(
                    "Endlich fährt die Straßenbahn wieder über die Brücke. Zwei Jahre "
                    "Baustelle, fühlt sich an wie Weihnachten 🎄"
                ),
                Post(
                    f"Zurück aus Tansania 🦁 Zehn Tage {BLOCKED_KEYWORD} mit meinem Schwager, "
                    "am letzten Tag der Kaffernbüffel. Ein Traum, den ich mir 20 Jahre lang "
                    "aufgespart hab."
                ),
                Post("Kann ich bestätigen, das Fundbüro ist top.", reply=True),
            ),
            follows=260,
        ),
    ]


def holdout_x() -> list[Persona]:
    """22 genuine followers (12 complete, 10 sparse) and 15 unwanted ones (4 bought, 7
    spam, 2 declared bots, 2 values clashes)."""
    return _people() + _unwanted()
