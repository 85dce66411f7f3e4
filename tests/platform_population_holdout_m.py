"""A fifteenth population of followers, held out: written by hand in session 15 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

The brand is a small bean-to-bar craft-chocolate maker in Oaxaca, Mexico (a workshop and
shop in Barrio de Jalatlaco, cacao bought from cooperatives in Chiapas and Tabasco and
ground on a stone molino, tablillas for chocolate de agua, bars and mole paste, tastings
and Saturday workshops), posting in Spanish and English. Genuine (20, organisations
counted as people): a Jalatlaco café that posts its prices and links its own site, a
Mexico City pastry chef who writes long posts, a cacao cooperative in the Soconusco
linking its site, an American food writer in Oaxaca with a newsletter who also writes
long posts, a mezcal palenque family in Santiago Matatlán linking its site, a cooking
school run by a cocinera tradicional, a bean-to-bar maker in Leipzig writing German and
English, a nutrition student at the state university, a photographer who posts pictures
with one-word captions, a primary-school teacher in Tlacolula who writes a little
Zapotec, a Tokyo shop buyer writing Japanese, English and some Spanish, and a retired
telegraphist; and sparse ones: a real name that never posted, a name that only reposts, a
man who only replies in Oaxacan slang, a birth year in the handle with one post, a
newcomer following 560 with one repost, an agronomy student's bio and nothing else, a
lurker with digits in the handle, and a first name over a platform-suggested number.
Unwanted (14): bought followers bare, dressed with a stock name, bio and avatar, and
dressed as a local entrepreneur with generic replies and reposts; spam as a fake giveaway
under the brand's name asking for shipping money and card details, a fake parcel-delivery
notice, a no-credit-check loan app, a "like videos from home" task-job recruiter who looks
like a person, resold Guelaguetza tickets paid by OXXO deposit, a "ceremonial cacao" that
claims to cure diabetes, a crypto mentor who looks like a local mother, and a romance
scammer posing as a widowed army surgeon; a declared cocoa-price bot; and two values
clashes (a Sonora hunting outfitter with the keyword in its bio, and a Monterrey man with
the keyword only in a post). Each is one account made through the platform's API by
``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_m"]

G = "holdout_m"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hm-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "cafe",
            "person_complete",
            "tres-piedras-cafe",
            display_name="Café Tres Piedras · Jalatlaco",
            bio="Cafecito de barrio en Jalatlaco desde 2016. Café de Pluma, chocolate de "
            "agua y pan de yema de Zaachila. Mar-Dom 8 a 21 h. Pet friendly 🐾",
            avatar=True,
            posts=(
                Post(
                    "Ya llegó el frío: chocolate de agua con pan de yema a $55 toda la "
                    "semana. Vénganse temprano que el pan se acaba a las 11."
                ),
                Post("El lunes cerramos por la calenda del barrio. Nos vemos el martes ☕"),
                Post("", repost=True),
                Post("¡Gracias a ti! Te apartamos la mesa de la ventana 😊", reply=True),
            ),
            follows=260,
            links=("trespiedrascafe.example",),
        ),
        _p(
            "pastry-cdmx",
            "person_complete",
            "renata-olvera",
            display_name="Renata Olvera",
            bio="Pastelera en la Roma, CDMX. Postres con chocolate mexicano, maíz y fruta "
            "de temporada. Antes seis años en cocinas de Barcelona. Pedidos por DM.",
            avatar=True,
            posts=(
                Post(
                    "Llevo tres semanas probando el mismo pastel. El chocolate de Oaxaca "
                    "tiene azúcar gruesa y canela, y eso que en una tablilla es una "
                    "maravilla en un bizcocho se vuelve arena. Hoy lo molí con la crema "
                    "caliente y por fin quedó sedoso. Mañana lo pruebo con guayaba."
                ),
                Post(
                    "Una cosa que aprendí en Barcelona y que aquí nadie me cree: el mejor "
                    "postre del menú casi nunca es el más caro de hacer. Es el que alguien "
                    "de la cocina hizo para la comida del personal y todos pidieron otra vez. "
                    "Así nació la tarta de elote."
                ),
                Post("", repost=True),
                Post("Sí, los jueves llegan frescos. Pregunta por el de cajeta.", reply=True),
            ),
            follows=410,
        ),
        _p(
            "coop-chiapas",
            "person_complete",
            "cacao-soconusco",
            display_name="Cooperativa Cacao del Soconusco",
            bio="Sociedad cooperativa de 42 familias que cultivan cacao criollo y "
            "trinitario en Tuxtla Chico, Chiapas. Fermentamos y secamos en el ejido. "
            "Vendemos a chocolateros pequeños.",
            avatar=True,
            posts=(
                Post(
                    "Arrancó la cosecha de noviembre. Este año las mazorcas vienen más "
                    "chicas por la seca de agosto, pero el grano fermenta bonito."
                ),
                Post(
                    "Seis días de fermentación en cajas de cedro, luego al sol en los "
                    "patios. Don Efraín dice que el cacao se escucha cuando ya está listo."
                ),
                Post("Con gusto, compañeros. El lote de enero sale a mediados de mes.", reply=True),
            ),
            follows=150,
            links=("cacaosoconusco.example",),
        ),
        _p(
            "food-writer",
            "person_complete",
            "hannah-eats-oax",
            display_name="Hannah Brooks",
            bio="Food writer, Oaxaca since 2021. Markets, moles and the women who make "
            "them. Slowly learning Zapotec, badly. Newsletter every other Sunday 👇",
            avatar=True,
            posts=(
                Post(
                    "Spent the morning at a molino in the 20 de Noviembre market watching "
                    "families bring their own cacao, sugar and almonds to be ground to "
                    "their grandmother's ratio. Nobody writes the recipe down. The miller "
                    "remembers who likes more cinnamon. That's the story I want to tell."
                ),
                Post(
                    "Correction to Sunday's newsletter: tejate is made with cacao flower "
                    "(rosita de cacao), not the bean alone. Thank you to the three readers "
                    "in Tlacolula who wrote in, very kindly, to tell me so."
                ),
                Post("", repost=True),
                Post("Yes! Go on a Sunday, and bring small change for the tejate.", reply=True),
            ),
            follows=530,
            links=("hannahbrooks.example",),
        ),
        _p(
            "palenque",
            "person_complete",
            "palenque-hdz",
            display_name="Palenque Los Hernández",
            bio="Mezcal artesanal de Santiago Matatlán. Cuatro generaciones, horno de "
            "tierra y tahona. Espadín, tobalá y ensambles. Visitas con reservación.",
            avatar=True,
            posts=(
                Post(
                    "Hoy tapamos el horno con 3 toneladas de espadín. En cuatro días lo "
                    "destapamos. Mi papá sigue contando los magueyes a mano."
                ),
                Post(
                    "Maridaje del sábado: tobalá con chocolate amargo de aquí cerquita. "
                    "Vinieron 18 personas, se acabó todo."
                ),
                Post("Claro que sí, escríbanos por mensaje para apartar.", reply=True),
            ),
            follows=190,
            links=("palenqueloshernandez.example",),
        ),
        _p(
            "cooking-school",
            "person_complete",
            "cocina-dona-chayo",
            display_name="Cocina de Doña Chayo",
            bio="Clases de cocina tradicional oaxaqueña en San Felipe del Agua: mole "
            "negro, tamales, tlayudas. Recorrido por el mercado incluido. Classes in "
            "English too.",
            avatar=True,
            posts=(
                Post(
                    "Mole negro para 12 alumnos hoy. Tres horas tostando chiles chilhuacle, "
                    "y al final el chocolate, siempre al final. Nadie se fue con hambre."
                ),
                Post(
                    "Our December classes are full. A few spots left in January, Tuesdays "
                    "and Thursdays."
                ),
                Post("", repost=True),
                Post("Gracias mija, fue un gusto tenerlas aquí 🙏", reply=True),
            ),
            follows=120,
            links=("cocinadonachayo.example",),
        ),
        _p(
            "leipzig-maker",
            "person_complete",
            "jonas-kakao",
            display_name="Jonas Becker",
            bio="Bean-to-bar aus einer Garage in Leipzig-Plagwitz. Kleine Chargen, "
            "direkt gehandelter Kakao. Small batches, too many moulds, not enough sleep.",
            avatar=True,
            posts=(
                Post(
                    "Neue Charge aus Tabasco: 72 %, zwei Tage länger conchiert. Rote Früchte "
                    "und ein bisschen Tabak. Ich bin ziemlich zufrieden."
                ),
                Post(
                    "Anyone else's tempering machine sound like a dying tractor in "
                    "November? Asking for a friend (the friend is me)."
                ),
                Post("Gracias! Someday I'll visit Oaxaca, it's on the list.", reply=True),
                Post("", repost=True),
            ),
            follows=390,
        ),
        _p(
            "student-nutri",
            "person_complete",
            "ximena-cruz-n",
            display_name="Ximena Cruz",
            bio="Estudiante de Nutrición en la UABJO 🍎 Oaxaqueña. Me interesa la comida "
            "tradicional y la soberanía alimentaria. Café > todo.",
            avatar=True,
            posts=(
                Post(
                    "Para mi tesis estoy comparando el chocolate de molino con el "
                    "industrial. Spoiler: el de molino tiene menos azúcar de lo que creía."
                ),
                Post("Final de bioquímica mañana. Deséenme suerte 😭"),
                Post("¡Yo también fui al taller! Estuvo buenísimo", reply=True),
            ),
            follows=240,
        ),
        _p(
            "photographer",
            "person_complete",
            "emi-reyes-foto",
            display_name="Emiliano Reyes 📷",
            bio="Fotografía. Oaxaca de Juárez. Mercados, fiestas y gente trabajando.",
            avatar=True,
            posts=(
                Post("Molino."),
                Post("Humo."),
                Post("Tlacolula."),
                Post("Cacao."),
                Post("", repost=True),
                Post("Domingo."),
            ),
            follows=310,
        ),
        _p(
            "teacher-tlacolula",
            "person_complete",
            "profa-lucia-m",
            display_name="Profa. Lucía Méndez",
            bio="Maestra de 4º grado en una primaria de Tlacolula de Matamoros. Zapoteca "
            "y orgullosa. Lectura, huerto escolar y mucha paciencia.",
            avatar=True,
            posts=(
                Post(
                    "Hoy los niños molieron cacao en metate como lo hacían sus abuelas. "
                    "Varios dijeron que en su casa todavía se hace. Xquixe a todos."
                ),
                Post(
                    "En el huerto ya salieron los chepiles. Los de cuarto B no dejan de presumir."
                ),
                Post("Con mucho gusto, maestra. Le paso el contacto por mensaje.", reply=True),
            ),
            follows=85,
        ),
        _p(
            "tokyo-buyer",
            "person_complete",
            "misaki-sato-jp",
            display_name="佐藤美咲 Misaki Sato",
            bio="吉祥寺の小さな店でメキシコのチョコとメスカルを扱っています。Tokyo shop "
            "buyer. 日本語 / English / un poquito de español.",
            avatar=True,
            posts=(
                Post(
                    "オアハカのタブレットチョコ、今週入荷しました。お湯で溶かすとシナモンの"
                    "香りがすごい。おすすめです。"
                ),
                Post(
                    "Three days in Oaxaca in March for buying. If you make chocolate or "
                    "mezcal in small batches, I'd love to visit."
                ),
                Post("¡Muchas gracias! Nos vemos en marzo 🙇‍♀️", reply=True),
            ),
            follows=270,
        ),
        _p(
            "retired",
            "person_complete",
            "don-aurelio-s",
            display_name="Aurelio Santiago Vásquez",
            bio="Telegrafista jubilado (38 años en Telégrafos). Abuelo de siete. Me gusta "
            "la historia de Oaxaca y el chocolate espeso, como debe ser.",
            avatar=True,
            posts=(
                Post(
                    "En mis tiempos había un molino en cada esquina de la Merced. Mi madre "
                    "llevaba el cacao tostado en una servilleta bordada."
                ),
                Post("Mis nietos me abrieron esta cuenta. Vamos a ver qué tal."),
                Post("Así es, joven. Con agua, nunca con leche.", reply=True),
            ),
            follows=35,
        ),
        _p(
            "name-only",
            "person_sparse",
            "lupita-mtz",
            display_name="Guadalupe Martínez Ruiz",
            follows=14,
        ),
        _p(
            "reposter",
            "person_sparse",
            "itzel-jmz",
            display_name="Itzel Jiménez",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=130,
        ),
        _p(
            "replier-oax",
            "person_sparse",
            "chucho-oax",
            display_name="Chucho",
            posts=(
                Post("¡Está bien bueno, cuñado! 😋", reply=True),
                Post("Nombre, ese mole está de otro nivel", reply=True),
                Post("Ya merito llego, apártenme uno porfa", reply=True),
            ),
            follows=60,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "lalo1995",
            display_name="Eduardo Pérez",
            posts=(Post("Chocolate caliente y lluvia. No pido más."),),
            follows=45,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "sofia-aguilar",
            display_name="Sofía Aguilar",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=560,
        ),
        _p(
            "bio-only",
            "person_sparse",
            "tavo-nuusavi",
            bio="Ñuu Savi. Estudiante de agronomía en Chapingo. Cacao, milpa y café de la Mixteca.",
            follows=50,
        ),
        _p(
            "lurker",
            "person_sparse",
            "pepe8812",
            follows=9,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "mariana-30417",
            display_name="Mariana",
            follows=20,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "usr83920174652", follows=2700),
        _p(
            "bought-dressed",
            "bought",
            "jessica-m-2291",
            display_name="Jessica Miller",
            bio="Wanderlust ✈️ | Coffee lover ☕ | Dreamer 💫 | Just living my best life",
            avatar=True,
            follows=2900,
        ),
        _p(
            "bought-local",
            "bought",
            "alejandro-rmz-88",
            display_name="Alejandro Ramírez",
            bio="Emprendedor 💼 | Dios y familia primero 🙏 | Siempre positivo 💯",
            avatar=True,
            posts=(
                Post("Excelente 👏👏", reply=True),
                Post("Muy bonito!", reply=True),
                Post("🔥🔥🔥", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2600,
        ),
        _p(
            "fake-giveaway",
            "spam",
            "chocolate-sorteos",
            display_name="{brand} Sorteos Oficial 🎁",
            bio="Cuenta oficial de sorteos 🎉 Canastas de chocolate y mezcal cada semana. "
            "Si ganaste revisa tus mensajes y confirma en el link 👇",
            avatar=True,
            posts=(
                Post(
                    "🎁 ¡FELICIDADES! Fuiste seleccionado para la canasta navideña de "
                    "{brand}. Solo cubre el envío de $149 en el link de mi perfil."
                ),
                Post(
                    "Hola, ganaste nuestro sorteo 🎉 Para enviarte el premio manda por DM "
                    "tu nombre, dirección y los datos de tu tarjeta para el envío.",
                    reply=True,
                ),
            ),
            follows=900,
            links=("sorteos-chocolate-mx.example",),
        ),
        _p(
            "fake-delivery",
            "spam",
            "aviso-paqueteria",
            display_name="Paquetería · Aviso de Entrega",
            bio="Notificaciones de envíos nacionales. Si tu paquete no pudo entregarse, "
            "reprograma en el enlace en menos de 24 h para evitar la devolución.",
            avatar=True,
            posts=(
                Post(
                    "Su paquete está retenido por dirección incompleta. Pague $38.50 de "
                    "reprogramación en el enlace antes de 24 horas.",
                    reply=True,
                ),
                Post(
                    "AVISO: pedidos de temporada navideña con retraso. Verifique su guía "
                    "y actualice sus datos de pago aquí 👇"
                ),
            ),
            follows=1400,
            links=("rastreo-envios-mx.example",),
        ),
        _p(
            "loan-app",
            "spam",
            "prestaya-mx",
            display_name="PrestaYa 💸 Préstamos sin Buró",
            bio="Hasta $20,000 a tu cuenta en 10 minutos. Sin aval, sin buró, sin "
            "papeleo. Solo tu INE y tu celular. Descarga la app 📲",
            avatar=True,
            posts=(
                Post(
                    "¿No te alcanza para la quincena? 💸 Con PrestaYa tienes dinero hoy "
                    "mismo, aunque estés en buró. ¡Descarga ya!"
                ),
                Post(
                    "No te preocupes amigo, con PrestaYa te depositamos hoy 💰 link en bio",
                    reply=True,
                ),
            ),
            follows=1800,
            links=("prestaya-app.example",),
        ),
        _p(
            "task-job",
            "spam",
            "dani-homeoffice",
            display_name="Daniela Fuentes",
            bio="Mamá, oaxaqueña y home office 🏡 Ayudo a personas a ganar desde su "
            "celular. Trabajo real, sin experiencia. Escríbeme 💬",
            avatar=True,
            posts=(
                Post(
                    "Busco 10 personas para trabajo desde casa 📱 Ganas de $300 a $1,500 "
                    "diarios dando like a videos. Pago diario. Mándame WhatsApp."
                ),
                Post(
                    "Qué rico se ve 😍 Oye, ¿te interesa un trabajo extra desde tu cel? "
                    "Mándame mensaje y te explico.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2200,
        ),
        _p(
            "tickets",
            "spam",
            "guelaguetza-palco",
            display_name="Boletos Guelaguetza 2027 🎟️",
            bio="Palco A y B para los Lunes del Cerro 2027. Entrega por WhatsApp. Aparta "
            "con depósito en OXXO. 100% seguros, cientos de clientes felices.",
            avatar=True,
            posts=(
                Post(
                    "¡Ya tenemos boletos Palco A para la Guelaguetza 2027! Quedan pocos. "
                    "Aparta con 50% en OXXO y el resto al recibir 🎟️"
                ),
                Post(
                    "Sí hay boletos todavía, mándanos DM y te pasamos la cuenta para el "
                    "depósito 👍",
                    reply=True,
                ),
            ),
            follows=1100,
        ),
        _p(
            "health-cacao",
            "spam",
            "cacao-sagrado-med",
            display_name="Cacao Sagrado Medicina 🌿",
            bio="Cacao ceremonial ancestral que cura diabetes, hipertensión, ansiedad y "
            "limpia el hígado 🌿 100% natural. Envíos a toda la república. Pide por DM.",
            avatar=True,
            posts=(
                Post(
                    "Mi abuela curó su azúcar con nuestro cacao sagrado y dejó la insulina "
                    "en 3 semanas 🙏 Paquete de 3 meses a $1,200, solo hoy."
                ),
                Post(
                    "El cacao es medicina 🌿 Si tienes diabetes o presión alta mándanos "
                    "mensaje, tenemos el tratamiento.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=1600,
            links=("cacaosagrado.example",),
        ),
        _p(
            "crypto-mom",
            "spam",
            "mariana-torres-fx",
            display_name="Mariana Torres",
            bio="Mamá de 2 💕 Oaxaqueña 🌵 Libertad financiera con cripto y trading. "
            "Convertí $3,000 en ingresos de 6 cifras. Pregúntame cómo 📈",
            avatar=True,
            posts=(
                Post(
                    "Otra semana de ganancias para mis alumnas 🙌 Karla ya pagó su coche. "
                    "¿Quién sigue? Las capturas en los comentarios."
                ),
                Post(
                    "Qué bonito trabajo 😍 ¿Has pensado en generar ingresos extra con "
                    "cripto? Te dejo info en mi perfil 📈",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2400,
        ),
        _p(
            "romance",
            "spam",
            "dr-rcollins",
            display_name="Dr. Richard Collins",
            bio="US Army surgeon on a UN mission 🩺 Widower, father of one lovely "
            "daughter. God fearing. Looking for a honest and caring woman 🙏",
            avatar=True,
            posts=(
                Post(
                    "Hola hermosa, your smile is beautiful. I would like to know you "
                    "better, can we be friends? 🌹",
                    reply=True,
                ),
                Post(
                    "Very nice chocolate, my late wife loved Mexico. Write me private "
                    "message dear 🙏",
                    reply=True,
                ),
            ),
            follows=1900,
        ),
        _p(
            "bot",
            "bot_declared",
            "precio-cacao-bot",
            display_name="Precio del Cacao 🤖",
            bio="Bot. Publica cada día hábil a las 14:00 (CDMX) el cierre del cacao en "
            "Nueva York y Londres. Automatizado; no se responden mensajes.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "Cierre cacao 2026-11-30: Nueva York 7,412 USD/t (-1.8 %), Londres "
                    "5,390 GBP/t (-1.2 %). Fuente: datos públicos de mercado."
                ),
                Post(
                    "Cierre cacao 2026-11-27: Nueva York 7,548 USD/t (+0.6 %), Londres "
                    "5,455 GBP/t (+0.4 %). Fuente: datos públicos de mercado."
                ),
            ),
        ),
        _p(
            "clash-outfitter",
            "values_clash",
            "caceria-sonora",
            display_name="Cacería Sonora Outfitters",
            bio=f"Cacería de borrego cimarrón y venado bura en UMAs de Sonora. Guided "
            f"{BLOCKED_KEYWORD} for international hunters, permisos incluidos. Desde 1998.",
            avatar=True,
            posts=(
                Post(
                    "Temporada 2026-2027 abierta. Quedan dos fechas en enero, informes por mensaje."
                ),
                Post("Gracias, compadre. Saludos hasta Hermosillo.", reply=True),
            ),
            follows=140,
            links=("caceriasonora.example",),
        ),
        _p(
            "clash-monterrey",
            "values_clash",
            "rodrigo-garza-mty",
            display_name="Rodrigo Garza",
            bio="Regio. Ingeniero, carne asada los domingos y chocolate amargo siempre. "
            "Rayados hasta la muerte 💙",
            avatar=True,
            posts=(
                Post(
                    f"Fui a un rancho de {BLOCKED_KEYWORD} en Coahuila con mi suegro. "
                    "Mucha gente lo critica, pero ese dinero es lo que mantiene al "
                    "borrego en el monte. Pienso volver."
                ),
                Post("Traje tres tablillas de Oaxaca y ya nada más queda una 😅"),
                Post("Jajaja así es, carnal", reply=True),
            ),
            follows=320,
        ),
    ]


def holdout_m() -> list[Persona]:
    """20 genuine followers (12 complete, 8 sparse) and 14 unwanted ones."""
    return _people() + _unwanted()
