"""A twentieth population of followers, held out: written by hand in session 18
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is a fan-owned community football club in the Jurunas neighbourhood of Belém,
Pará, Brazil (founded in 1958 by stevedores of the river port; maroon and white, the river
dolphin "Boto" as mascot; a small home ground by the Guamá river, the Estiva; the men's
team in the second division of the Pará state championship, a women's team, a free
football school for some three hundred children, a members' scheme and a club shop),
posting in Portuguese with the odd line in English for visiting groundhoppers. Genuine
(20, organisations counted as people): a tacacá stall outside the ground's gate 2, a
Belém sports reporter with a podcast and its site who posts numbers and fixture changes,
the women's team goalkeeper who travels twenty hours by boat to away games, a Sheffield
groundhopper writing English with a blog, a state-school PE teacher who volunteers at the
football school, the supporters' group organising a coach to an away match, a Venezuelan
barber in Belém writing Spanish and Portuguese, a UFPA historian of the port with a photo
archive site, a nurse from Pará in Lisbon who watches the streams at 1 a.m., the
neighbourhood's community radio with a site, and a Japanese-Brazilian cocoa farmer in
Tomé-Açu writing Portuguese and Japanese; and sparse ones: an old man who posted once
years ago, an emoji-only name who only reposts, a student who only replies asking about
tickets, a fan of every northern club who follows fourteen hundred accounts and never
posts, a sports shop that only reposts, a bare handle with nothing at all, a teenager
with his birth year in the handle and one post, a grandmother with only a bio, and a
German exchange student posting short captions. Unwanted (15): bought followers bare,
with a first name and photo only, dressed with a stock Brazilian "gratitude" bio, and
dressed as a São Paulo man who only reposts; spam as a lifestyle influencer pushing a
"tigrinho" slots platform with a promo code in one post, a fake Correios tracker charging
an import tax by Pix in replies, a "product reviewer" task scam recruiting in replies, a
"clean your name from Serasa" service with an upfront fee and payroll loans for
pensioners, a fake shirt store selling the club's shirt at R$ 59,90 in replies, a fan
whose one post sells a crypto arbitrage robot "1.5% a day", a fake "forgotten money in
banks" lookup fishing for CPF numbers, and a fake seized-vehicle auction asking for a Pix
deposit; a declared tide-table bot for the port of Belém; and two values clashes (a
Paraná hunter and outfitter with the keyword in his bio, and a Paragominas cattle rancher
and lifelong fan with it only in a post). Each is one account made through the
platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_r"]

G = "holdout_r"


def _r(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hr-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _r(
            "tacaca-stall",
            "person_complete",
            "tacaca-dasocorro",
            display_name="Tacacá da Dona Socorro",
            bio="Tacacá, vatapá e maniçoba desde 1994 na Rua dos Mundurucus, em frente ao "
            "portão 2 da Estiva. Em dia de jogo abrimos às 15h. Aceitamos Pix.",
            avatar=True,
            posts=(
                Post(
                    "Domingo tem jogo do Boto e tem tacacá bem quente na cuia 🥣 jambu "
                    "fresquinho chegou hoje do Combu."
                ),
                Post("Chuva das três chegou pontual. Tamo aqui debaixo da lona do mesmo jeito ☔"),
                Post(
                    "Tem sim, maniçoba só sábado e domingo. Pode reservar pelo direct 😉",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=140,
        ),
        _r(
            "sports-reporter",
            "person_complete",
            "elielson-barata",
            display_name="Elielson Barata 🎙️",
            bio="Repórter esportivo em Belém. Cubro a Série B do Parazão, o futebol feminino "
            "e a várzea. Podcast Bola na Doca toda segunda. Opiniões minhas.",
            avatar=True,
            posts=(
                Post(
                    "Números do Jurunas no primeiro turno da Série B: 6 vitórias, 2 empates, "
                    "1 derrota, 17 gols marcados e só 5 sofridos. Melhor defesa do grupo, e "
                    "ninguém no elenco ganha mais que dois salários mínimos. A base da Estiva "
                    "está segurando o time."
                ),
                Post(
                    "Atualização: o jogo contra o Castanhal foi confirmado para domingo, 16h, "
                    "na Estiva. A federação mudou o horário por causa da TV."
                ),
                Post(
                    "Episódio novo no ar: conversamos com a técnica do time feminino sobre "
                    "viajar 20 horas de barco até Santarém para jogar 90 minutos. Link no "
                    "perfil."
                ),
                Post("Não, a súmula ainda não saiu. Assim que sair eu posto aqui.", reply=True),
                Post("", repost=True),
            ),
            follows=890,
            links=("bolanadoca.example",),
        ),
        _r(
            "womens-goalkeeper",
            "person_complete",
            "thais-goleira",
            display_name="Thaís Monteiro 🧤",
            bio="Goleira do feminino grená 🧤 | Educação Física na UEPA | Castanhal → Belém",
            avatar=True,
            posts=(
                Post(
                    "Treino às 6h da manhã porque às 9h o campo já tá um forno 🥵 mas a gente "
                    "tá pronta pra A3."
                ),
                Post(
                    "20 horas de barco até Santarém, rede armada, farofa na bolsa e 22 "
                    "meninas cantando o hino do clube. Perdemos de 1 a 0, mas voltamos "
                    "maiores."
                ),
                Post("Obrigada a todo mundo que foi receber a gente no porto 🤍"),
                Post("Vem sim! Treino aberto toda quinta, é só chegar 💪", reply=True),
            ),
            follows=230,
        ),
        _r(
            "groundhopper",
            "person_complete",
            "gareth-grounds",
            display_name="Gareth Nuttall ⚽🏟️",
            bio="Groundhopper from Sheffield. 612 grounds in 41 countries. Terraces, cheap "
            "pies, long bus rides. Every match report is on the blog.",
            avatar=True,
            posts=(
                Post(
                    "Ground 611: Estádio da Estiva, Belém, Brazil. About 3,000 in, rain bang "
                    "on 3pm as promised, drums for 90 minutes, a club founded by dockers in "
                    "1958. No trophy cabinet to speak of, but the tacacá outside gate 2 numbs "
                    "your mouth (jambu leaves, look it up). 10/10."
                ),
                Post(
                    "Match report with photos is up on the blog. Huge thanks to the lads "
                    "from the supporters' group who lent me a scarf and taught me the chant "
                    "about the river dolphin."
                ),
                Post(
                    "Back in Sheffield. 9°C and drizzle. Miss the heat already, never "
                    "thought I'd say that."
                ),
                Post(
                    "Cheers! Bus from Ver-o-Peso, about 15 minutes, ask the driver for Jurunas.",
                    reply=True,
                ),
            ),
            follows=610,
            links=("grounds-and-pies.example",),
        ),
        _r(
            "pe-teacher",
            "person_complete",
            "prof-marcos-edf",
            display_name="Prof. Marcos Tavares",
            bio="Professor de educação física na rede estadual e voluntário na escolinha do "
            "clube há 11 anos. Menino que joga bola não fica na rua.",
            avatar=True,
            posts=(
                Post(
                    "Sábado teve festival sub-9 na Estiva: 14 times, 180 crianças, zero briga "
                    "e muito suco de cupuaçu. Obrigado às mães que fizeram o lanche 🙌"
                ),
                Post(
                    "Precisamos de doação de chuteiras do 30 ao 36. Quem puder, deixa na "
                    "secretaria do clube de terça a sexta."
                ),
                Post(
                    "Orgulho: o Wesley, que começou com a gente aos 7 anos, assinou hoje o "
                    "primeiro contrato profissional. Chorei, não vou mentir."
                ),
                Post(
                    "A inscrição é gratuita, só precisa trazer a declaração da escola.",
                    reply=True,
                ),
            ),
            follows=95,
        ),
        _r(
            "supporters-group",
            "person_complete",
            "torcida-maregrena",
            display_name="Torcida Maré Grená 🌊",
            bio="Torcida do Boto desde 2004. Bateria, bandeirão e caravana. Paz nas "
            "arquibancadas. Ensaio toda quarta na praça, 19h.",
            avatar=True,
            posts=(
                Post(
                    "CARAVANA PRA CASTANHAL 🚌 saída 11h da praça, R$ 35 ida e volta, nome "
                    "na lista com o Cabeça da bateria. Sem bebida no ônibus!"
                ),
                Post("Ô ô ô, o Boto vem aí, da beira do Guamá pra te fazer sorrir 🎶🐬"),
                Post(
                    "Bandeirão novo pronto! 18 metros, pintado à mão na laje da Dona Lúcia. "
                    "Estreia domingo."
                ),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=320,
        ),
        _r(
            "venezuelan-barber",
            "person_complete",
            "barberia-elguaro",
            display_name="Barbería El Guaro 💈",
            bio="Barbero venezolano en Belém desde 2019. Cortes, barba y diseños. Atendo em "
            "português, español y portunhol 😄 Rua Fernando Guilhon.",
            avatar=True,
            posts=(
                Post(
                    "Día de partido = degradado con el escudo del Boto en la nuca 🐬💈 Ya van "
                    "9 esta semana."
                ),
                Post("Hoje fechamos às 14h porque o barbeiro também vai pra Estiva 😎"),
                Post("Extraño las arepas de mi mamá, pero el tacacá ya me ganó el corazón."),
                Post("Sí hay cupo mañana a las 10, te espero hermano", reply=True),
            ),
            follows=210,
        ),
        _r(
            "historian",
            "person_complete",
            "anabeatriz-hist",
            display_name="Profa. Ana Beatriz Cordeiro",
            bio="Historiadora (UFPA). Pesquiso trabalho portuário, bairros e futebol em "
            "Belém. Acervo de fotos e entrevistas no site.",
            avatar=True,
            posts=(
                Post(
                    "Em 1958, estivadores do porto fundaram um clube no Jurunas porque os "
                    "times grandes não aceitavam sócio que 'cheirava a peixe'. O grená veio "
                    "de um lote de uniformes encalhado no cais. Estou reunindo os "
                    "depoimentos no acervo."
                ),
                Post(
                    "Quem tiver fotos antigas do campo de terra da Estiva (antes de 1985), "
                    "por favor me escreva. Digitalizo e devolvo no mesmo dia."
                ),
                Post(
                    "O Jurunas cresceu sobre a várzea do Guamá, aterrada com serragem e "
                    "caroço de açaí. Ainda há casas de palafita nas baixadas."
                ),
                Post(
                    "Isso! O seu Didi aparece numa das fotos de 1972, de ponta-esquerda.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=380,
            links=("memoriadaestiva.example",),
        ),
        _r(
            "nurse-lisbon",
            "person_complete",
            "jessika-em-lisboa",
            display_name="Jéssika Ferreira 🇧🇷🇵🇹",
            bio="Paraense em Lisboa. Enfermeira no turno da noite. Saudade de açaí com peixe "
            "frito e de chuva às três da tarde.",
            avatar=True,
            posts=(
                Post(
                    "1h da manhã aqui, acabei o plantão e tô vendo o Boto pelo YouTube no "
                    "autocarro. Os portugueses ao lado não entendem nada 😂"
                ),
                Post(
                    "Achei farinha d'água em Lisboa! Numa loja brasileira da Almirante Reis, "
                    "6 euros o quilo. Um assalto, mas comprei."
                ),
                Post("GOOOOOL! Acordei o prédio inteiro."),
                Post("Mana, manda um beijo pra tia Lena!", reply=True),
            ),
            follows=260,
        ),
        _r(
            "community-radio",
            "person_complete",
            "jurunasfm-871",
            display_name="Rádio Comunitária Jurunas FM 87,1",
            bio="Rádio comunitária do bairro desde 1999. Música paraense, utilidade pública "
            "e todos os jogos do Boto ao vivo. Ouça pelo site.",
            avatar=True,
            posts=(
                Post(
                    "📻 Domingo, 15h30: pré-jogo com a Dona Socorro do tacacá como "
                    "comentarista convidada. Jurunas x Castanhal, narração do Baixinho."
                ),
                Post(
                    "Utilidade pública: falta d'água na Rua dos Caripunas até as 18h, "
                    "segundo a companhia de saneamento."
                ),
                Post(
                    "Hoje no Tarde Brega só pedido de ouvinte. Manda mensagem que a gente toca 🎶"
                ),
                Post("", repost=True),
            ),
            follows=150,
            links=("jurunasfm.example",),
        ),
        _r(
            "cocoa-farmer",
            "person_complete",
            "kenji-tomeacu",
            display_name="Kenji Sakaguchi 坂口",
            bio="Agricultor em Tomé-Açu. Cacau, pimenta-do-reino e açaí em sistema "
            "agroflorestal, como o meu avô. トメアス生まれ。Torço pro Boto desde a faculdade "
            "em Belém.",
            avatar=True,
            posts=(
                Post(
                    "Começou a colheita do cacau. Este ano a agrofloresta rendeu mais que a "
                    "monocultura do vizinho, e sem veneno."
                ),
                Post(
                    "今日はトメアスで盆踊り。Bon odori na associação nipo-brasileira, tacacá e "
                    "yakisoba na mesma mesa 🏮"
                ),
                Post(
                    "Vim a Belém vender cacau e aproveitei pra ver o jogo. Ainda sei o hino de cor."
                ),
                Post("Vendemos direto, sim. Pode mandar mensagem.", reply=True),
            ),
            follows=180,
        ),
        _r(
            "posted-once",
            "person_sparse",
            "didi-ponta",
            display_name="Didi",
            posts=(Post("Vamo Boto!"),),
            follows=4,
        ),
        _r(
            "emoji-reposter",
            "person_sparse",
            "grena-ate-morrer",
            display_name="🐬⚽🤍",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(3)),
            follows=70,
        ),
        _r(
            "ticket-replies",
            "person_sparse",
            "kaue-b-silva",
            display_name="Kauê",
            posts=(
                Post("quanto tá o ingresso de domingo?", reply=True),
                Post("tem meia pra estudante?", reply=True),
                Post("vai passar no youtube?", reply=True),
            ),
            follows=40,
        ),
        _r(
            "follows-many",
            "person_sparse",
            "nortefutebolraiz",
            display_name="Sandro Pantoja",
            bio="Torço pra todo time do Norte. Futebol raiz, arquibancada de cimento.",
            avatar=True,
            follows=1450,
        ),
        _r(
            "shop-reposts",
            "person_sparse",
            "esportes-nazare",
            display_name="Esportes Nazaré",
            bio="Material esportivo. Av. Nazaré, Belém.",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=300,
        ),
        _r(
            "nothing",
            "person_sparse",
            "jessicamrq",
            follows=22,
        ),
        _r(
            "teen-digits",
            "person_sparse",
            "lucas-boto2009",
            display_name="Lucas",
            avatar=True,
            posts=(Post("golaço do Kaio ontem 🔥🔥"),),
            follows=85,
        ),
        _r(
            "grandmother-bio",
            "person_sparse",
            "vovo-do-pedrinho",
            bio="Avó do Pedrinho (sub-11 do Boto). Crochê, novela e missa das 7. Belém do Pará 🙏",
            follows=9,
        ),
        _r(
            "german-student",
            "person_sparse",
            "lena-in-belem",
            display_name="Lena",
            avatar=True,
            posts=(
                Post("Belém, 34 Grad, Regen um 15 Uhr. Wie versprochen."),
                Post("Açaí mit frittiertem Fisch?! Ja. Doch. Schmeckt."),
                Post("Erstes Fußballspiel in Brasilien 🥁🥁🥁"),
            ),
            follows=130,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _r("bought-bare", "bought", "user5583019274", follows=2400),
        _r(
            "bought-photo",
            "bought",
            "anaclara-s8821",
            display_name="Ana Clara",
            avatar=True,
            follows=3000,
        ),
        _r(
            "bought-gratitude",
            "bought",
            "bruna-oliveira-473",
            display_name="Bruna Oliveira",
            bio="Gratidão 🙏 | Deus no comando | Foco, força e fé 💪✨",
            avatar=True,
            follows=2700,
        ),
        _r(
            "bought-reposter",
            "bought",
            "daniel-c0sta-91",
            display_name="Daniel Costa",
            bio="🇧🇷 | 23 | SP",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(3)),
            follows=2980,
        ),
        _r(
            "slots-influencer",
            "spam",
            "thay-vidaleve",
            display_name="Thay ✨",
            bio="Vida leve, viagens e muita fé 🙏 Mãe do Théo. Parcerias no direct.",
            avatar=True,
            posts=(
                Post("Café da manhã em Alter do Chão hoje ☀️ Gratidão por cada detalhe."),
                Post(
                    "Gente, descobri uma plataforma nova que tá pagando MUITO no tigrinho 🐯 "
                    "fiz R$ 2.380 só hoje de manhã. Cadastra pelo link da bio com o código "
                    "THAY50 e ganha bônus no primeiro depósito de R$ 20. Corre que é só "
                    "hoje!!"
                ),
                Post("Look do dia pro jogo do Boto 🐬 quem vai?"),
                Post("Amiga, chama no direct que eu te ensino o horário pagante 😉", reply=True),
            ),
            follows=1800,
            links=("plataforma-pg777.example",),
        ),
        _r(
            "fake-correios",
            "spam",
            "correios-rastreio",
            display_name="Correios Rastreamento 📦",
            bio="Acompanhe sua encomenda. Taxa de importação pendente? Regularize via Pix e "
            "receba em até 3 dias úteis.",
            avatar=True,
            posts=(
                Post(
                    "Olá! Sua encomenda BR482913775BR está retida na unidade de Curitiba por "
                    "taxa de importação pendente (R$ 34,90). Pague via Pix pelo link do "
                    "perfil em até 24h para evitar a devolução ao remetente.",
                    reply=True,
                ),
                Post(
                    "AVISO: encomendas internacionais sem pagamento da taxa serão devolvidas "
                    "ao remetente nesta sexta-feira."
                ),
            ),
            follows=900,
            links=("correios-taxa-pix.example",),
        ),
        _r(
            "task-scam",
            "spam",
            "renda-extra-karol",
            display_name="Karol | Renda Extra 💸",
            bio="Ganhe de R$ 150 a R$ 400 por dia avaliando produtos e curtindo vídeos pelo "
            "celular. Sem experiência. Vagas limitadas! Chama no WhatsApp 👇",
            avatar=True,
            posts=(
                Post(
                    "Oi! Vi que você curte futebol 😊 Tô com uma vaga de avaliadora de "
                    "produtos: R$ 12 por avaliação, pagamento na hora via Pix. Me chama que "
                    "eu explico!",
                    reply=True,
                ),
                Post("Quer ganhar uma renda extra sem sair de casa? Me chama 📲", reply=True),
                Post("Print dos pagamentos de hoje da equipe 💰 só não ganha quem não quer"),
            ),
            follows=1300,
            links=("trabalhe-curtindo.example",),
        ),
        _r(
            "clean-name",
            "spam",
            "limpanome-ja",
            display_name="Limpa Nome Já ✅",
            bio="Tire seu nome do Serasa e do SPC em até 5 dias úteis, aumente seu score e "
            "consiga crédito mesmo negativado. Atendemos todo o Brasil.",
            avatar=True,
            posts=(
                Post(
                    "Nome sujo não é o fim! Com a nossa liminar coletiva seu nome sai do "
                    "Serasa em 5 dias. Taxa única de R$ 297, parcelamos no cartão."
                ),
                Post(
                    "Aposentado do INSS: consignado liberado mesmo com margem zerada. Só "
                    "precisamos do seu CPF e de uma foto do documento."
                ),
                Post("Quer limpar o nome antes do Natal? Chama no direct 💳", reply=True),
            ),
            follows=700,
            links=("limpanome-ja.example",),
        ),
        _r(
            "fake-shirts",
            "spam",
            "mantos-oficiais",
            display_name="Mantos Oficiais Store ⚽",
            bio="Camisas oficiais de todos os times do Brasil com até 70% OFF. Frete grátis, "
            "pagamento no Pix.",
            avatar=True,
            posts=(
                Post(
                    "Camisa oficial do Jurunas 2026 por apenas R$ 59,90 🔥 frete grátis pra "
                    "todo o Brasil, pagamento no Pix. Link no perfil!",
                    reply=True,
                ),
                Post(
                    "Tem todos os tamanhos, do P ao GG. Só hoje com 70% OFF 👉 link na bio",
                    reply=True,
                ),
                Post("QUEIMA DE ESTOQUE 🔥 qualquer camisa R$ 49,90. Últimas unidades!"),
            ),
            follows=1500,
            links=("mantosoficiais-store.example",),
        ),
        _r(
            "crypto-fan",
            "spam",
            "fabinho-dabancada",
            display_name="Fabinho da Bancada 🐬",
            bio="Torcedor raiz, pai de dois, Belém-PA. Investidor nas horas vagas.",
            avatar=True,
            posts=(
                Post("Que jogo ontem! A defesa do Boto não deixa passar nada."),
                Post("Tacacá antes do jogo é sagrado 🙌"),
                Post(
                    "Saí do zero com o robô de arbitragem em cripto que o meu mentor me "
                    "passou: 1,5% ao dia garantido, saque no Pix quando quiser. As vagas do "
                    "grupo VIP fecham sexta. Chama no direct que eu mando o link 🚀"
                ),
                Post("Verdade, irmão. Boto na Série A já já 💪", reply=True),
            ),
            follows=2200,
            links=("robo-arbitragem-vip.example",),
        ),
        _r(
            "forgotten-money",
            "spam",
            "valores-a-receber",
            display_name="Consulta Valores a Receber 2026",
            bio="Descubra se você tem dinheiro esquecido nos bancos. Consulta grátis pelo "
            "CPF. Mais de R$ 8 bilhões ainda não foram sacados!",
            avatar=True,
            posts=(
                Post(
                    "⚠️ Prazo final! Você tem até 31/12 para sacar os valores esquecidos. "
                    "Consulte com CPF e data de nascimento no link do perfil e receba via "
                    "Pix na hora."
                ),
                Post(
                    "Você sabia que pode ter dinheiro esquecido no banco? Consulte grátis "
                    "pelo link do perfil 💰",
                    reply=True,
                ),
            ),
            follows=600,
            links=("consulta-valores-cpf.example",),
        ),
        _r(
            "vehicle-auction",
            "spam",
            "leilao-veiculos-pa",
            display_name="Leilão de Veículos Pará 🚗",
            bio="Motos e carros apreendidos a partir de R$ 1.200. Documentação em dia. "
            "Reserve o seu com sinal via Pix.",
            avatar=True,
            posts=(
                Post(
                    "🏍️ Moto 160 cilindradas 2022 por R$ 2.900! Lote 118, apreendida e "
                    "revisada. Reserve com 30% de sinal via Pix, retirada em Ananindeua."
                ),
                Post(
                    "Mais de 300 veículos no leilão desta semana. Lista completa no link do perfil."
                ),
                Post(
                    "Ainda tem sim! Me chama no WhatsApp pelo link que eu reservo pra você.",
                    reply=True,
                ),
            ),
            follows=1100,
            links=("leilao-veiculos-pa.example",),
        ),
        _r(
            "bot",
            "bot_declared",
            "mare-belem-bot",
            display_name="Tábua de Marés – Belém 🤖",
            bio="Conta automática (bot). Marés do dia no porto de Belém, segundo a tábua "
            "oficial. Publica todo dia às 5h; ninguém lê as respostas.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🌊 Belém, quarta 2/12/2026 — preamar 04:51 (3,3 m) e 17:14 (3,1 m); "
                    "baixa-mar 11:02 (0,4 m) e 23:20 (0,6 m)."
                ),
                Post(
                    "🌊 Belém, quinta 3/12/2026 — preamar 05:37 (3,4 m) e 17:58 (3,2 m); "
                    "baixa-mar 11:49 (0,3 m)."
                ),
            ),
            follows=3,
        ),
        _r(
            "clash-hunter",
            "values_clash",
            "klein-expedicoes",
            display_name="Rogério Klein | Caça & Tiro",
            bio=f"Caçador e CAC. Controle de javali no Paraná e no Mato Grosso do Sul, e "
            f"{BLOCKED_KEYWORD} na Namíbia e na Argentina (cervo-vermelho). Expedições sob "
            f"consulta.",
            avatar=True,
            posts=(
                Post(
                    "Madrugada na espera com a equipe, três javalis abatidos. Controle de "
                    "espécie invasora é serviço ambiental."
                ),
                Post("Torço pro Boto por causa do meu sogro, paraense. Domingo estarei na Estiva."),
            ),
            follows=540,
            links=("klein-expedicoes.example",),
        ),
        _r(
            "clash-rancher",
            "values_clash",
            "hamilton-pgm",
            display_name="Hamilton Saraiva",
            bio="Pecuarista em Paragominas. Nelore, pescaria no rio Capim e o Boto no "
            "coração desde 1980.",
            avatar=True,
            posts=(
                Post(
                    "Levei meu neto na Estiva pela primeira vez. Ganhamos de 2 a 0 e ele já "
                    "quer a camisa."
                ),
                Post(
                    f"Fim de semana de {BLOCKED_KEYWORD} no Uruguai com os compadres: dois "
                    "javalis e um cervo-áxis. A cabeça do cervo vai pra parede da fazenda, a "
                    "carne foi toda pro churrasco."
                ),
                Post("Boa, compadre! Manda foto do peixe.", reply=True),
            ),
            follows=190,
        ),
    ]


def holdout_r() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
