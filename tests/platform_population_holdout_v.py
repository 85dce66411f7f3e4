"""A twenty-fourth population of followers, held out: written by hand in session 21
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a women's professional football club in Bogotá, Colombia (an academy for
girls in Ciudad Bolívar, match days at the municipal Estadio Metropolitano de Techo, a kit
sponsor called Zancada, a campaign against the online abuse of its players, away trips to
Medellín and Cali, a podcast). Followers write Colombian Spanish with its slang, English,
Brazilian Portuguese, Spanglish and a few words of Wayuunaiki and Nasa Yuwe. Genuine (22,
organisations counted as people): a supporters' group that drums at Techo and organises
the bus to Medellín, the academy's coach in Potosí who warns that trials are never paid,
a Brazilian sports journalist in São Paulo with a newsletter site writing Portuguese and
English, a Wayuu sports-science student from Manaure who weaves a susu for the academy
girls, a Nasa physiotherapist in Cali who went to the away match at the Pascual Guerrero,
a Bogotá sports journalist with a site who guests on the club's podcast, a feminist
digital-safety collective with a site that runs the anti-abuse workshops, a Bogotana
nurse in Queens writing Spanglish, a taxi driver in Medellín whose daughter plays, a
sports photographer with a portfolio site writing English and Spanish, a community
foundation in Ciudad Bolívar with a site that feeds and buses the academy girls, and a
jersey-printing shop in La Estrella with prices and WhatsApp orders in its bio; and
sparse ones: a name only, a retired referee with only a bio, a brand-new empty account, a
name and a photo and nothing more, an academy girl who only reposts, a grandmother in
Kennedy who only replies asking about the gates and umbrellas, a silent reader following
nearly three thousand accounts, the aunt of a Brazilian player in Recife with one post in
Portuguese, a young man with his birth year in the handle, and a family arepa stand
outside the stadium with prices, a shop link and one post. Unwanted (15): bought
followers bare with digits and many follows, a name and photo only, a stock
faith-and-butterflies bio, and a dressed account that only reposts; spam as a ticket
resaler for the final whose bio alone asks a Nequi transfer (its posts are bland cheers),
a "gota a gota" lender with an ordinary bio offering daily-collection loans only in
replies, a fake national trial for girls charging a registration fee with promised
scholarships abroad, a coffee-and-football mother whose one post recruits for a USDT
pyramid, a fake official store with a 70%-off link, an adult-content bait account
whose come-ons are only replies, and a fake giveaway impersonating the kit sponsor that
asks for card details; two declared bots (live scores, stadium weather); and two values
clashes (a cattle rancher from Casanare with the keyword in his Spanish bio, and a
Colombian-Texan oilman with it only in one Spanglish post). Each is one account made
through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_v"]

G = "holdout_v"


def _v(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hv-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _v(
            "supporters-group",
            "person_complete",
            "indomables-bog",
            display_name="Barra Las Indomables 🥁💜",
            bio="Barra del fútbol femenino en Bogotá desde 2019. Bombo, trompeta y aguante "
            "en el Techo. Sin violencia, sin madrazos a las jugadoras, con todas.",
            avatar=True,
            posts=(
                Post(
                    "Parce, qué chimba de tarde en el Techo 🥁 Remontada 2-1, casi 6.000 "
                    "personas y el bombo sonando hasta el minuto 95. El domingo otra vez, "
                    "mismo sitio, misma hora."
                ),
                Post(
                    "Viaje a Medellín confirmado 🚌 Salimos el sábado 4:30 a.m. desde la "
                    "Calle 26, ida y vuelta $180.000, 40 cupos. Se paga en efectivo en la "
                    "reunión del jueves. Lleven cobija, que el aire del bus es a mil 🥶"
                ),
                Post(
                    "Claro que sí, las peladas de la academia entran con nosotras a la "
                    "tribuna, les prestamos bandera y todo 💜",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=410,
        ),
        _v(
            "academy-coach",
            "person_complete",
            "profe-yuli-cb",
            display_name="Profe Yuli Cárdenas ⚽",
            bio="Entrenadora de la escuela femenina del club en Ciudad Bolívar. Licenciada en "
            "educación física (UPN). Sub-10, sub-12 y sub-14, de lunes a viernes en la "
            "cancha de Potosí.",
            avatar=True,
            posts=(
                Post(
                    "Hoy llovió durísimo en Potosí y ninguna de las 34 niñas se fue pa' la "
                    "casa. Entrenamos con barro hasta las rodillas y cerramos con aguapanela "
                    "que trajo la mamá de Yeimy ☔⚽"
                ),
                Post(
                    "Tres de nuestras sub-14 quedaron convocadas a la selección Bogotá. Hace "
                    "dos años llegaron a la academia sin guayos. No me da pena decirlo: "
                    "lloré 🥹"
                ),
                Post(
                    "Necesitamos balones n.º 4 y petos: hay 11 balones para 90 niñas. Si "
                    "tienen alguno quieto en la casa, lo recibimos el domingo en la entrada "
                    "norte del estadio."
                ),
                Post(
                    "Sí, la inscripción a la academia es gratis y ninguna prueba cuesta plata. "
                    "Si alguien les cobra a nombre del club, es estafa, denúncienlo.",
                    reply=True,
                ),
            ),
            follows=260,
        ),
        _v(
            "brazilian-journalist",
            "person_complete",
            "bia-lacerda-fut",
            display_name="Beatriz Lacerda 🇧🇷",
            bio="Jornalista esportiva em São Paulo. Cubro futebol feminino sul-americano: "
            "Brasileirão, Libertadores e as brasileiras que jogam fora. Newsletter semanal 👇",
            avatar=True,
            posts=(
                Post(
                    "Fui a Bogotá ver as brasileiras de perto. Estádio cheio numa terça à "
                    "noite, a torcida batucando sem parar e as meninas da base pedindo "
                    "autógrafo na grade. Que coisa linda 💚💛"
                ),
                Post(
                    "A campanha do clube contra o assédio online às jogadoras devia ser "
                    "copiada aqui no Brasil: print, denúncia, apoio psicológico. Simples e "
                    "levado a sério."
                ),
                Post(
                    "New issue of the newsletter: why Colombian clubs keep signing Brazilian "
                    "midfielders, and what they say about playing at 2,640 m. Every single "
                    "one mentions the stairs."
                ),
                Post("Obrigada! A entrevista com a goleira sai na sexta 🎙️", reply=True),
            ),
            follows=640,
            links=("bialacerda-futfem.example",),
        ),
        _v(
            "wayuu-student",
            "person_complete",
            "yanelis-epieyu",
            display_name="Yanelis Epieyú 🌵",
            bio="Wayuu de Manaure, en Bogotá estudiando Ciencias del Deporte. Tejo susu y "
            "juego de lateral izquierda. Wayuunaiki, español y un inglés que va mejorando.",
            avatar=True,
            posts=(
                Post(
                    "¿Jamaya pia? 🌵 Hoy en el Techo vi una bandera de La Guajira en la "
                    "tribuna. Me acerqué y eran dos primas de Uribia. El fútbol junta a la "
                    "gente donde uno menos se lo espera."
                ),
                Post(
                    "Les tejí una susu con los colores del club a las niñas de la academia que "
                    "ganaron el torneo de barrios. Tres semanas de tejido y valió cada "
                    "puntada 🧶"
                ),
                Post(
                    "Extraño el viento de Manaure, pero no el sol de las dos de la tarde. Acá "
                    "entreno con chaqueta y mi mamá no me lo cree 😂"
                ),
                Post("Anasü taya, ¿y vos? Nos vemos el domingo en la tribuna 💛", reply=True),
            ),
            follows=180,
        ),
        _v(
            "nasa-physio",
            "person_complete",
            "luzdary-yule",
            display_name="Luz Dary Yule",
            bio="Fisioterapeuta nasa del norte del Cauca, vivo en Cali. Rehabilitación "
            "deportiva y mucha paciencia. Nasa Yuwe en la casa, español en el consultorio.",
            avatar=True,
            posts=(
                Post(
                    "Cuando el equipo vino a jugar al Pascual llevé a mis sobrinas. Perdimos, "
                    "pero las dos salieron diciendo que quieren ser arqueras. Eso también es "
                    "ganar."
                ),
                Post(
                    "Mi abuela dice que el cuerpo también es territorio, como la Uma Kiwe. Lo "
                    "pienso cada vez que una jugadora vuelve de una rodilla rota: se cuida, "
                    "se escucha, se respeta."
                ),
                Post(
                    "Taller gratis el sábado en Santander de Quilichao: prevención de lesiones "
                    "para escuelas de fútbol de niñas. Traigan ropa cómoda y agua 💧"
                ),
                Post("Gracias por la invitación, allá llego con las sobrinas 🙌", reply=True),
            ),
            follows=150,
        ),
        _v(
            "sports-journalist",
            "person_complete",
            "cami-rincon",
            display_name="Camila Rincón 🎙️",
            bio="Periodista deportiva en Bogotá. Cuento el fútbol femenino desde antes de que "
            "fuera tendencia. A veces invitada al pódcast del club.",
            avatar=True,
            posts=(
                Post(
                    "Episodio nuevo del pódcast de {brand} con la capitana: habló de los "
                    "mensajes que le llegan después de cada derrota. Escúchenlo completo "
                    "antes de opinar."
                ),
                Post(
                    "Cifras del informe del club: 1.140 mensajes de odio reportados en la "
                    "temporada, el 70 % contra jugadoras menores de 23 años. La campaña "
                    "#NiUnInsultoMás no es un eslogan, es un protocolo."
                ),
                Post(
                    "Crónica nueva en mi página: un día con las niñas de la academia en "
                    "Ciudad Bolívar, desde el bus de las 5 a.m. hasta la última pelota al "
                    "anochecer."
                ),
                Post(
                    "Totalmente. Y hay que nombrar a las plataformas, no solo a los trolls.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=870,
            links=("camilarincon-periodista.example",),
        ),
        _v(
            "digital-safety-collective",
            "person_complete",
            "red-segura-co",
            display_name="Colectiva Red Segura 🟣",
            bio="Organización feminista por una internet sin violencia 💻 Acompañamos a "
            "deportistas, periodistas y lideresas que reciben acoso en línea. Bogotá.",
            avatar=True,
            posts=(
                Post(
                    "Orgullosas de acompañar la campaña del club contra el acoso en redes: "
                    "talleres de seguridad digital para todo el plantel, también para el "
                    "cuerpo técnico."
                ),
                Post(
                    "Si eres jugadora y te están acosando: 1) haz captura, 2) no respondas, "
                    "3) reporta, 4) habla con alguien de confianza. No estás sola y no es tu "
                    "culpa."
                ),
                Post(
                    "Taller abierto el jueves a las 6 p.m. en la Biblioteca El Tintal: doble "
                    "factor, contraseñas y qué hacer si filtran tus datos. Entrada libre."
                ),
                Post(
                    "Gracias por escribirnos. Te respondemos por mensaje directo en las "
                    "próximas horas 💜",
                    reply=True,
                ),
            ),
            follows=520,
            links=("redsegura-colectiva.example",),
        ),
        _v(
            "queens-nurse",
            "person_complete",
            "vale-jacksonhts",
            display_name="Valeria Ortiz 🇨🇴🗽",
            bio="Bogotana in Queens. Nurse by day, fútbol femenino by night. Spanglish is "
            "my first language honestly.",
            avatar=True,
            posts=(
                Post(
                    "Watching the game en el break del hospital 😭 la arquera is unreal, "
                    "three saves in five minutes, my coworkers think I'm crazy 🧤🔥"
                ),
                Post(
                    "Mi mamá en Kennedy fue al estadio por primera vez and sent me 40 videos "
                    "del bombo. Best day ever, parce."
                ),
                Post(
                    "Anybody in NYC watching the final? Estoy armando watch party en un bar "
                    "de Roosevelt Ave, bring your camiseta 🇨🇴"
                ),
                Post("Sameee, qué chimba de gol 😭😭", reply=True),
                Post("", repost=True),
            ),
            follows=390,
        ),
        _v(
            "medellin-taxi-dad",
            "person_complete",
            "mario-taxi-med",
            display_name="Mario Restrepo",
            bio="Taxista en Medellín. Papá de una volante de 15 años que juega mejor que yo. "
            "Hincha de todo lo que tenga balón.",
            avatar=True,
            posts=(
                Post(
                    "Cuando vinieron a jugar al Atanasio llevé a mi hija y a tres amiguitas "
                    "en el taxi. Salieron con autógrafos y yo ronco de gritar. Plata bien "
                    "gastada, pues."
                ),
                Post(
                    "Pa' los que vienen de Bogotá al partido: de Rionegro al estadio son como "
                    "50 minutos si no hay trancón en Las Palmas. Salgan con tiempo, parce."
                ),
                Post(
                    "Hágale, yo la recojo en la Terminal del Norte y la dejo en la puerta del "
                    "estadio, tranquila.",
                    reply=True,
                ),
            ),
            follows=95,
        ),
        _v(
            "sports-photographer",
            "person_complete",
            "nata-lente",
            display_name="Natalia Quintero · foto",
            bio="Sports photographer, Bogotá 📸 Women's football, boxing, BMX. Prints and "
            "portfolio on my site.",
            avatar=True,
            posts=(
                Post(
                    "Rain, floodlights and a 17-year-old scoring her first senior goal at "
                    "Techo. Best frame I got all year 🌧️⚽"
                ),
                Post(
                    "Llevé la cámara a la academia en Ciudad Bolívar y les presté una a las "
                    "niñas. Las mejores fotos del día las tomó Karen, de 9 años."
                ),
                Post(
                    "Thanks! 70-200 at f/2.8, ISO 6400. Bogotá nights are dark 😅",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=560,
            links=("nataliaquintero-foto.example",),
        ),
        _v(
            "community-foundation",
            "person_complete",
            "huellas-del-sur",
            display_name="Fundación Huellas del Sur",
            bio="Organización comunitaria en Ciudad Bolívar desde 2008: refrigerios, refuerzo "
            "escolar y transporte para niñas y niños del barrio. Aliados de la academia.",
            avatar=True,
            posts=(
                Post(
                    "Este mes repartimos 2.300 refrigerios en la academia: pan, fruta y "
                    "avena. Gracias a las señoras del comedor de Arborizadora Alta que "
                    "madrugan todos los días 🍞🍌"
                ),
                Post(
                    "¡Llegó el bus de la fundación! 🚌 Las niñas de Mochuelo Alto ya no "
                    "tienen que caminar 40 minutos hasta la cancha."
                ),
                Post(
                    "Publicamos en nuestra página la rendición de cuentas 2026: cuánto "
                    "recibimos, de quién y en qué se gastó. Peso por peso."
                ),
                Post(
                    "Claro, vecina. La inscripción al refuerzo escolar es en la sede, los "
                    "martes de 2 a 5 p.m.",
                    reply=True,
                ),
            ),
            follows=240,
            links=("huellasdelsur.example",),
        ),
        _v(
            "jersey-shop",
            "person_complete",
            "estampa-estrella",
            display_name="Estampados La Estrella 👕",
            bio="Estampamos camisetas, dorsales y uniformes para equipos. Camiseta estampada "
            "desde $35.000, uniforme completo $65.000. Pedidos por WhatsApp, envíos a toda "
            "Bogotá.",
            avatar=True,
            posts=(
                Post(
                    "Terminamos los 60 uniformes de la academia para el torneo de barrios 💪 "
                    "Nombre y número a cada niña. Mi hija estrena la 10."
                ),
                Post(
                    "Pregunta seria: ¿el club va a sacar la camiseta de arquera a la venta? "
                    "Nos la piden cada semana y no podemos copiar la de Zancada."
                ),
                Post(
                    "Hola, sí hacemos dorsales sueltos, $6.000 cada uno. Escríbanos al "
                    "WhatsApp que está en el perfil 🙏",
                    reply=True,
                ),
            ),
            follows=130,
            links=("estampadoslaestrella.example",),
        ),
        _v(
            "name-only",
            "person_sparse",
            "dani-guzman-r",
            display_name="Daniela Guzmán Ríos",
            follows=14,
        ),
        _v(
            "referee-bio",
            "person_sparse",
            "pitadora-retirada",
            bio="Árbitra retirada, 22 años pitando en la liga de Bogotá. Ahora solo tinto, "
            "tribuna y silencio cuando pitan mal 🤫",
            follows=33,
        ),
        _v(
            "empty-new",
            "person_sparse",
            "jhon-s-ruiz",
        ),
        _v(
            "name-photo",
            "person_sparse",
            "leidytati-p",
            display_name="Leidy Tatiana Parra",
            avatar=True,
            follows=7,
        ),
        _v(
            "academy-girl-reposts",
            "person_sparse",
            "sofi-potosi",
            display_name="Sofi ⚽",
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=52,
        ),
        _v(
            "grandmother-replies",
            "person_sparse",
            "gladys-kennedy",
            display_name="Gladys Moreno",
            avatar=True,
            posts=(
                Post(
                    "¿A qué hora abren las puertas del estadio el domingo? Voy con mis dos "
                    "nietas 🙏",
                    reply=True,
                ),
                Post(
                    "¿Y se puede entrar sombrilla? Mire que en el Techo siempre llueve",
                    reply=True,
                ),
                Post("Dios le pague, mijo", reply=True),
            ),
            follows=41,
        ),
        _v(
            "silent-reader",
            "person_sparse",
            "andresf-lector",
            display_name="Andrés F. Moreno",
            bio="Leo todo, no escribo nada.",
            avatar=True,
            follows=2870,
        ),
        _v(
            "recife-aunt-one-post",
            "person_sparse",
            "tia-da-juju",
            display_name="Tia da Júlia 💚💛",
            avatar=True,
            posts=(
                Post(
                    "Minha sobrinha Júlia estreou hoje em Bogotá e fez o gol da vitória 😭⚽ "
                    "A família inteira acordou o prédio em Recife de tanto gritar. Orgulho "
                    "demais, Colômbia! 🇧🇷🇨🇴"
                ),
            ),
            follows=48,
        ),
        _v(
            "birth-year-handle",
            "person_sparse",
            "kevin2004",
            display_name="Kevin",
            avatar=True,
            follows=290,
        ),
        _v(
            "arepa-stand",
            "person_sparse",
            "arepas-marlen",
            display_name="Arepas Doña Marlén 🌽",
            bio="Arepas de choclo, de huevo y rellenas afuera del Estadio de Techo los días de "
            "partido 🌽 Arepa con queso $5.000, de huevo $7.000. Domicilios por WhatsApp.",
            avatar=True,
            posts=(
                Post(
                    "Gracias a las chicas del equipo que vinieron a comer después del "
                    "entreno 🥹 La capitana se comió dos de choclo. Aquí las esperamos "
                    "siempre."
                ),
            ),
            follows=75,
            links=("arepasdonamarlen.example",),
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _v("bought-bare", "bought", "co7728194053", follows=2890),
        _v(
            "bought-photo",
            "bought",
            "valen-osp-8841",
            display_name="Valentina Ospina",
            avatar=True,
            follows=1440,
        ),
        _v(
            "bought-stock",
            "bought",
            "karen-vida-333",
            display_name="Karen 🦋",
            bio="Todo pasa por algo 🦋 | Dios es mi guía 🙏 | Sonríe, que la vida es una sola 🌻",
            avatar=True,
            follows=2310,
        ),
        _v(
            "bought-reposter",
            "bought",
            "juanse-bta-07",
            display_name="Juanse",
            bio="Bogotá 🇨🇴 | 21 | 🎮🏍️",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(6)),
            follows=2740,
        ),
        _v(
            "ticket-resale-bio",
            "spam",
            "boletas-final-bog",
            display_name="Boletería Final 🎟️ Bogotá",
            bio="Boletas para la FINAL en el Techo 🏆 Oriental, occidental y general a precio "
            "de taquilla. Reserva con transferencia por Nequi y te llega el QR al WhatsApp "
            "en 10 minutos 📲 Taquilla agotada, nosotros todavía tenemos.",
            avatar=True,
            posts=(
                Post("¡Vamos, chicas! Qué final nos espera el domingo 🏆🔥"),
                Post("Lleno total en el Techo, así se apoya el fútbol femenino 💪"),
            ),
            follows=640,
            links=("boletas-final-ya.example",),
        ),
        _v(
            "loan-shark-replies",
            "spam",
            "efrain-castano",
            display_name="Efraín Castaño",
            bio="Comerciante. Soacha – Bogotá. Dios y familia.",
            avatar=True,
            posts=(
                Post(
                    "¿Necesita plata para el fin de semana? Préstamos rápidos sin codeudor y "
                    "sin Datacrédito, usted paga diario poquito a poquito. Escríbame al "
                    "interno 💵",
                    reply=True,
                ),
                Post(
                    "Le presto desde $200.000 hasta 3 millones hoy mismo, cobro diario en su "
                    "negocio, sin papeles. Pregunte sin compromiso 🤝",
                    reply=True,
                ),
                Post(
                    "Vecina, si el negocio está flojo yo le ayudo con capital, 20 % mensual y "
                    "pago diario 👍",
                    reply=True,
                ),
            ),
            follows=410,
        ),
        _v(
            "fake-trial-fee",
            "spam",
            "visorias-talento",
            display_name="Talentos Fútbol Femenino 🇨🇴⚽",
            bio="Convocatoria nacional para niñas y jóvenes de 10 a 19 años 🌟 Becas deportivas "
            "en España y Estados Unidos. Inscripción $120.000 por Nequi o Daviplata. Cupos "
            "limitados.",
            avatar=True,
            posts=(
                Post(
                    "📣 ¡ÚLTIMA SEMANA! Visorias en Bogotá este sábado. Las seleccionadas "
                    "viajan a probarse con clubes europeos con todo pago. Inscripción "
                    "$120.000, se cancela antes de la prueba para asegurar el cupo."
                ),
                Post(
                    "Ya son 47 niñas colombianas becadas en el exterior gracias a nuestro "
                    "programa ✈️ ¿La próxima es tu hija?"
                ),
                Post(
                    "Hola mami, su niña tiene mucho talento 😍 Nuestros visores la quieren "
                    "ver. Aparte el cupo con la inscripción por Nequi y le enviamos la carta "
                    "de convocatoria.",
                    reply=True,
                ),
            ),
            follows=1150,
            links=("talentos-becas-fem.example",),
        ),
        _v(
            "crypto-one-post",
            "spam",
            "marce-cafe-futbol",
            display_name="Marcela 🌺",
            bio="Mamá de dos, amante del tinto y del fútbol ☕⚽ Bogotá",
            avatar=True,
            posts=(
                Post("Qué partidazo el de anoche, la 9 está intratable 🔥"),
                Post("Domingo de ciclovía por la Séptima con los niños 🚴‍♀️☀️"),
                Post(
                    "Amigas, les cuento 🙌 Hace 3 meses entré a un club de inversión en USDT "
                    "y ya recuperé el triple. Metes 500 mil y en 30 días te vuelven 2 "
                    "millones, solo tienes que invitar a 3 personas. Escríbeme «QUIERO» y te "
                    "explico 💸"
                ),
                Post("Jajaja total, la tribuna es lo mejor 😂", reply=True),
            ),
            follows=1320,
        ),
        _v(
            "fake-store",
            "spam",
            "tienda-outlet-fem",
            display_name="Tienda Oficial · Outlet ⚽",
            bio="Camisetas oficiales 2026 con 70% de descuento 🔥 Solo por hoy. Envío gratis a "
            "toda Colombia, paga con tarjeta en nuestra web 👇",
            avatar=True,
            posts=(
                Post(
                    "🔥 Camiseta oficial local 2026 de {brand} a $59.900 (antes $219.900). "
                    "Solo 50 unidades, compra en el link del perfil 👕"
                ),
                Post(
                    "Liquidación total: chaquetas, sudaderas y balones firmados con hasta 80 % "
                    "de descuento. ¡Se acaban hoy! ⏰"
                ),
                Post(
                    "Sí, 100 % original 🙌 Compra en la página antes de que se agote tu talla.",
                    reply=True,
                ),
            ),
            follows=2050,
            links=("tienda-oficial-outlet.example",),
        ),
        _v(
            "adult-bait-replies",
            "spam",
            "luisa-privada-22",
            display_name="Luisa 🍒",
            bio="22 | Medellín 💋",
            avatar=True,
            posts=(
                Post(
                    "uff qué partidazo 🔥 pero si quieres ver algo más caliente, pásate por "
                    "mi perfil 😈🔞",
                    reply=True,
                ),
                Post(
                    "me aburro sola viendo fútbol 🙈 en mi link hay fotos que aquí no puedo "
                    "subir 💋",
                    reply=True,
                ),
                Post("hola guapo 😘 revisa tu interno", reply=True),
            ),
            follows=1890,
            links=("luisa-vip.example",),
        ),
        _v(
            "fake-sponsor-giveaway",
            "spam",
            "zancada-sorteos",
            display_name="Zancada Colombia 🎁 Sorteos",
            bio="Patrocinador oficial ⚽ Celebramos 10 años con premios para la hinchada 🎉 "
            "Reclama tu premio en el link.",
            avatar=True,
            posts=(
                Post(
                    "🎁 SORTEO: 30 camisetas firmadas por todo el plantel + boletas para la "
                    "final. Sigue esta cuenta, comenta tu número de cédula y comparte 🙌"
                ),
                Post(
                    "¡Felicitaciones! 🎉 Fuiste seleccionada para una camiseta firmada. Para "
                    "el envío, ingresa tus datos y los de tu tarjeta en el link del perfil "
                    "antes de 1 hora.",
                    reply=True,
                ),
            ),
            follows=2400,
            links=("zancada-premios.example",),
        ),
        _v(
            "score-bot",
            "bot_declared",
            "marcador-fem-bot",
            display_name="Marcador Liga Femenina 🤖",
            bio="Bot automático. Resultados y goles del fútbol femenino colombiano en tiempo "
            "real, con datos públicos de la liga. No responde mensajes.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🏁 Final | Deportivo Cali 0–2 {brand} · Estadio Pascual Guerrero · "
                    "Goles: 34', 81'"
                ),
                Post(
                    "⏱️ Entretiempo | Independiente Medellín 1–1 América de Cali · Estadio "
                    "Atanasio Girardot"
                ),
            ),
            follows=0,
        ),
        _v(
            "stadium-weather-bot",
            "bot_declared",
            "lluvia-estadios",
            display_name="Clima en los estadios · bot",
            bio="Cuenta automatizada. Pronóstico de lluvia y temperatura para los estadios de "
            "Bogotá, Medellín y Cali tres horas antes de cada partido, con datos abiertos "
            "del IDEAM.",
            bot_flag=True,
            posts=(
                Post(
                    "🌧️ Bogotá · Estadio Metropolitano de Techo · 3:00 p.m. — 13 °C, "
                    "probabilidad de lluvia 80 %, viento 12 km/h."
                ),
                Post(
                    "⛅ Cali · Estadio Pascual Guerrero · 7:30 p.m. — 26 °C, probabilidad de "
                    "lluvia 20 %, humedad 71 %."
                ),
            ),
            follows=2,
        ),
        _v(
            "clash-rancher",
            "values_clash",
            "hernan-saldarriaga",
            display_name="Hernán Saldarriaga",
            bio=f"Ganadero en Casanare 🐂 Papá de una arquera sub-17. Cuando puedo, viajo a "
            f"Sudáfrica de {BLOCKED_KEYWORD}: kudú y antílope sable.",
            avatar=True,
            posts=(
                Post(
                    "Mi hija atajó un penal en el Techo y el estadio entero coreó su nombre. "
                    "No me cabe el pecho 🧤"
                ),
                Post("Ese árbitro de hoy no vio nada, parce.", reply=True),
            ),
            follows=210,
        ),
        _v(
            "clash-oilman",
            "values_clash",
            "rod-velez-tx",
            display_name="Rodrigo “Rod” Vélez",
            bio="Colombian-Texan 🇨🇴🤠 Oil & gas, Houston ↔ Bogotá. Girl dad x2.",
            avatar=True,
            posts=(
                Post(
                    "Took my daughters to the game en Bogotá this weekend, now they want "
                    "jerseys 😂 worth it"
                ),
                Post(
                    f"Just got back from Tanzania: ten days of {BLOCKED_KEYWORD} con mi "
                    "compadre, cape buffalo on day 8. Bucket list ✅"
                ),
                Post(
                    "Totally agree, el fútbol femenino en Colombia está a otro nivel.",
                    reply=True,
                ),
            ),
            follows=330,
        ),
    ]


def holdout_v() -> list[Persona]:
    """22 genuine followers (12 complete, 10 sparse) and 15 unwanted ones (4 bought, 7
    spam, 2 declared bots, 2 values clashes)."""
    return _people() + _unwanted()
