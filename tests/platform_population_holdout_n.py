"""A sixteenth population of followers, held out: written by hand in session 15 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

The brand is a third-generation family çini (painted ceramics) workshop in Kütahya,
Turkey (hand-painted tiles, plates and coffee cups in the Kütahya style, two-day painting
and wheel classes for visitors, shipping across Turkey and abroad), posting in Turkish
and English. Genuine (20, organisations counted as people): an Odunpazarı coffee house
that stocks the cups and links its own site, an art historian at the Kütahya university
who writes long posts and a blog, an accountant from Kadıköy who took a painting class, a
ceramics student in Eskişehir who reposts and replies, a retired çini painter, a
restored-konak guesthouse linking its site, a German-Turkish teacher in Cologne writing
German and Turkish, a wood-fire potter in Mashiko writing English and Japanese with a
site, a licensed tour guide who follows seven hundred, a Bursa glaze and kiln supplier
with a site, and a Kütahya women's cooperative with a site; and sparse ones: a new real
name that never posted, a birth year in the handle, a reposter, a young man who only
replies, someone posting only short captions and emoji, a Kurmanji bio and nothing else,
a lurker with the province's plate code 43 in the handle, a newcomer following 450 with
one repost, and a first name over a platform-suggested number. Unwanted (15): bought
followers bare, dressed with a stock English name and bio, and dressed as a Turkish
woman with one-word replies and reposts; spam as a fake support and refund desk under
the brand's name asking for card details, a fake brand giveaway charging a shipping
fee, a "free VIP group" stock-market tipster who looks like a person, a from-home "task"
job scam, a no-guarantor loan broker charging a file fee up front, a copyright-strike
phishing account asking for the SMS code, an illegal betting "deneme bonusu" list, a
joint-cream seller posing as a professor, and a romance scammer posing as a widowed
American army doctor; a declared Kütahya weather bot; and two values clashes (an Antalya
hunting-tourism agency with the keyword in its bio, and a retired vet and antiques
collector with it only in a post). Each is one account made through the platform's API
by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_n"]

G = "holdout_n"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hn-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "coffee-house",
            "person_complete",
            "odunpazari-kahve",
            display_name="Odunpazarı Kahve Evi",
            bio="Odunpazarı'nda küçük bir kahve evi. Türk kahvesi, ev yapımı kurabiye ve "
            "Kütahya fincanları. Her gün 09-22, pazartesi kapalıyız ☕",
            avatar=True,
            posts=(
                Post(
                    "Yeni fincanlar geldi! Bu sefer lacivert-turkuaz lale desenli, altı "
                    "tane. Hepsi elde boyanmış, ikisi birbirine benzemiyor."
                ),
                Post(
                    "Bu hafta sonu Türk kahvesi 60 TL, yanında lokum bizden. Hava güzel "
                    "olursa bahçe açık 🌿"
                ),
                Post("", repost=True),
                Post(
                    "Teşekkürler! Cumartesi öğleden sonra bekliyoruz, pencere kenarını ayırdık 😊",
                    reply=True,
                ),
            ),
            follows=260,
            links=("odunpazarikahve.example",),
        ),
        _p(
            "historian",
            "person_complete",
            "nilgun-erdem",
            display_name="Doç. Dr. Nilgün Erdem",
            bio="Sanat tarihçisi, Kütahya Dumlupınar Üniversitesi. Osmanlı seramiği, "
            "Kütahya çini ustaları ve atölye defterleri üzerine çalışıyorum. Uzun "
            "yazılar blogda.",
            avatar=True,
            posts=(
                Post(
                    "Arşivde güzel bir gün: 1760'lardan bir sipariş defterinin kopyası. "
                    "Bir kilise için 40 kandil ve 12 buhurdan istenmiş, fiyatlar akçe ile. "
                    "Kütahya atölyelerinin ne kadar farklı müşterilere çalıştığını bir kez "
                    "daha gösteriyor. Ayrıntıları haftaya blogda yazacağım."
                ),
                Post(
                    "Öğrencilere hep aynı şeyi söylüyorum: 'İznik taklidi' demek haksızlık. "
                    "Kütahya'nın kendi renkleri var; sarı, mor-kahve, fıstık yeşili. "
                    "Figürler daha serbest, daha halk elinden. Müzedeki 18. yüzyıl "
                    "sürahilerine bir de bu gözle bakın."
                ),
                Post(
                    "Küçük bir düzeltme: o karo 19. değil, 18. yüzyıl sonu. Sır altındaki "
                    "sarının tonu da buna işaret ediyor.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=380,
            links=("nilgunerdem.example",),
        ),
        _p(
            "hobbyist",
            "person_complete",
            "deniz-aydogan",
            display_name="Deniz Aydoğan",
            bio="Gündüz muhasebe, akşam çamur. Kadıköy'de ortak atölyede çarktan düşmemeye "
            "çalışıyorum 🙃 Kedim Pamuk da bazen yardım ediyor.",
            avatar=True,
            posts=(
                Post(
                    "Kütahya'da iki günlük boyama kursuna katıldım. Fırça tutmayı bildiğimi "
                    "sanıyormuşum meğer 😅 Ama tabağım fırından sağ çıktı!"
                ),
                Post(
                    "Tahrir diye bir çizgi var ve hayatımın en zor çizgisi. Usta tek "
                    "nefeste çekiyor, ben üç nefeste titriyorum."
                ),
                Post(
                    "Aynen, kobaltın pişince o kadar koyulaşacağını kimse söylemiyor 😂",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=210,
        ),
        _p(
            "student",
            "person_complete",
            "berkay-sen",
            display_name="Berkay Şen",
            bio="Anadolu Üniversitesi Seramik ve Cam Tasarımı, 3. sınıf. Sır denemeleri, "
            "fırın kazaları, bitmeyen proje teslimleri.",
            avatar=True,
            posts=(
                Post(
                    "Bu dönemki sır denemelerim: 24 karodan 19'u çatladı. Kalan 5'i çok "
                    "güzel, o yüzden pes etmiyorum."
                ),
                Post("", repost=True),
                Post(
                    "Hocam kaç derecede pişirdiniz? Biz 1000 derecede aynı kabarmayı "
                    "yaşadık, sırrı kalın sürdüğümüzü düşünüyoruz.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=330,
        ),
        _p(
            "retired-usta",
            "person_complete",
            "hasan-kalkan",
            display_name="Hasan Kalkan",
            bio="47 yıl çini boyadım. Şimdi torunlarla uğraşıyorum. Eski ustalar, eski desenler.",
            avatar=True,
            posts=(
                Post(
                    "1974'te çırak girdiğimde ilk işim fırça yıkamaktı. Üç ay fırçaya "
                    "dokundurmadılar. Şimdi gençler üç günde öğreniyor, maşallah."
                ),
                Post(
                    "Bugün çarşıda eski bir tabağımı gördüm, altında imzam duruyor. Garip bir his."
                ),
                Post(
                    "Eline sağlık evladım, rumi güzel olmuş. Kıvrımlar biraz daha rahat olsun.",
                    reply=True,
                ),
            ),
            follows=35,
        ),
        _p(
            "guesthouse",
            "person_complete",
            "germiyan-konagi",
            display_name="Germiyan Konağı Pansiyon",
            bio="Kütahya merkezde, 1880'lerden kalma restore edilmiş bir konak. 7 oda, ev "
            "kahvaltısı, çini atölyelerine yürüme mesafesi. Rezervasyon web sitemizden.",
            avatar=True,
            posts=(
                Post(
                    "Aralık'ta hafta içi konaklamalarda %15 indirim. Kahvaltıda tarhana "
                    "çorbası da var, Kütahya usulü 🍲"
                ),
                Post(
                    "Misafirlerimiz sorunca söyleyelim: Kossuth Evi ve Dönenler Camii "
                    "yürüyerek 10 dakika, çarşı 5 dakika."
                ),
                Post("Merhaba, evet, ücretsiz otoparkımız var. Görüşmek üzere!", reply=True),
            ),
            follows=190,
            links=("germiyankonagi.example",),
        ),
        _p(
            "collector-de",
            "person_complete",
            "aylin-kaya-becker",
            display_name="Aylin Kaya-Becker",
            bio="Köln ↔ Kütahya. Sammle Kacheln und Mokkatassen, seit Oma mir die erste "
            "geschenkt hat. Lehrerin, Mutter, zu viele Teller an der Wand.",
            avatar=True,
            posts=(
                Post(
                    "Das Paket aus Kütahya ist angekommen, alles heil! Sechs Teller, in "
                    "Zeitungspapier und sehr viel Liebe verpackt. Die Kinder wollen jetzt "
                    "nur noch aus den neuen Schalen essen."
                ),
                Post(
                    "Annemin memleketi Kütahya'ya her yaz gidiyoruz, bu sene kızımı boyama "
                    "kursuna yazdırdım. Çok mutlu döndü 💙"
                ),
                Post(
                    "Danke! Die Wand ist fast voll, ich brauche eine neue Wand 😄",
                    reply=True,
                ),
            ),
            follows=240,
        ),
        _p(
            "potter-jp",
            "person_complete",
            "kenji-watanabe",
            display_name="Kenji Watanabe 渡辺健二",
            bio="Potter in Mashiko, Tochigi. Wood-fired stoneware. Curious about glaze "
            "traditions along the Silk Road. 益子で作陶しています。",
            avatar=True,
            posts=(
                Post(
                    "Spent a week in Kütahya last spring. The speed of the line painting "
                    "still amazes me. Trying to bring some of that looseness back into my "
                    "own brushwork this winter."
                ),
                Post("窯出し。今回は灰釉がよく溶けた。薪は少し足りなかったけど、まあ良し。"),
                Post(
                    "Thank you, I hope to visit again in May. Please say hello to the "
                    "master for me.",
                    reply=True,
                ),
            ),
            follows=290,
            links=("watanabe-pottery.example",),
        ),
        _p(
            "tour-guide",
            "person_complete",
            "murat-rehber",
            display_name="Murat Öztürk | Rehber",
            bio="Kokartlı turist rehberi (TR/EN). Frig Vadisi, Aizanoi, Kütahya çarşısı. "
            "Küçük gruplar ve yürüyüş turları.",
            avatar=True,
            posts=(
                Post(
                    "Bugün Aizanoi'deydik: Zeus Tapınağı'nın altındaki tonozlu bölüm grubu "
                    "çok etkiledi. Dönüşte çini atölyesi molası şart oldu tabii."
                ),
                Post("", repost=True),
                Post(
                    "A group from Lisbon asked why Kütahya coffee cups are so small. "
                    "Because the coffee is strong, I said."
                ),
                Post("", repost=True),
                Post(
                    "Hafta sonu turunda hâlâ iki kişilik yer var, mesaj atabilirsiniz.",
                    reply=True,
                ),
            ),
            follows=710,
        ),
        _p(
            "supplier",
            "person_complete",
            "bursa-seramik",
            display_name="Bursa Seramik Malzeme",
            bio="2002'den beri sır, astar, oksit ve fırın malzemesi. Atölyelere ve "
            "okullara toptan/perakende. Saat 15'e kadar verilen siparişler aynı gün kargoda.",
            avatar=True,
            posts=(
                Post(
                    "Kobalt oksit stoğumuz yenilendi. Okul siparişlerinde Aralık sonuna "
                    "kadar %10 indirim uyguluyoruz."
                ),
                Post(
                    "Elektrikli fırın rezistans değişimi için servisimiz bu ay Eskişehir ve "
                    "Kütahya'ya da gidiyor. Randevu için telefonla ulaşabilirsiniz."
                ),
                Post(
                    "Merhaba, 5 kg'lık şeffaf sırdan var, yarın kargoya verebiliriz.",
                    reply=True,
                ),
            ),
            follows=150,
            links=("bursaseramikmalzeme.example",),
        ),
        _p(
            "cooperative",
            "person_complete",
            "kutahya-elinden",
            display_name="Kütahya Elinden Kadın Kooperatifi",
            bio="Kütahyalı 32 kadının kurduğu kooperatif: el işi örtüler, tarhana, erişte "
            "ve çini boyalı hediyelikler. Satışlar kooperatife, kooperatif de bize 🌷",
            avatar=True,
            posts=(
                Post(
                    "Bu kışın tarhanası hazır! Köylerden gelen ablalarımızın elinden, 1 kg 220 TL."
                ),
                Post(
                    "Salı günleri kooperatifte ücretsiz okuma-yazma kursu başladı, ilk "
                    "hafta 9 kadın geldi. Çok gururluyuz."
                ),
                Post("Çok teşekkür ederiz, kargonuz perşembe çıkıyor.", reply=True),
            ),
            follows=120,
            links=("kutahyaelinden.example",),
        ),
        _p(
            "name-only",
            "person_sparse",
            "zeynepaksoy",
            display_name="Zeynep Aksoy",
            follows=8,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "mehmet-celik-1979",
            display_name="Mehmet Çelik",
            avatar=True,
            follows=45,
        ),
        _p(
            "reposter",
            "person_sparse",
            "gulsum-dogan",
            display_name="Gülsüm Doğan",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=90,
        ),
        _p(
            "replier",
            "person_sparse",
            "emre-tosun",
            display_name="Emre",
            posts=(
                Post(
                    "Abi bu tabak kaç para, annemin doğum günü var ayın 15'inde",
                    reply=True,
                ),
                Post("Kütahya'ya gelince kesin uğrayacağım 👍", reply=True),
                Post("Helal olsun, emeğe saygı", reply=True),
            ),
            follows=70,
        ),
        _p(
            "captions",
            "person_sparse",
            "seda-kahvalti",
            display_name="Seda 🌸",
            avatar=True,
            posts=(
                Post("Pazar kahvaltısı ☀️🍳"),
                Post("🏺💙"),
                Post("Yeni fincan 😍☕"),
            ),
            follows=160,
        ),
        _p(
            "bio-only-ku",
            "person_sparse",
            "dilan-mimar",
            bio="Xwendekara mîmariyê li Enqereyê. Ez ji rengan, deriyên kevin û çayê hez dikim.",
            follows=55,
        ),
        _p(
            "lurker",
            "person_sparse",
            "ali43",
            follows=14,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "huseyin-kara",
            display_name="Hüseyin Kara",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=450,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "ayse-52817",
            display_name="Ayşe",
            follows=20,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "u7k2093518846", follows=2600),
        _p(
            "bought-dressed",
            "bought",
            "olivia-b-7731",
            display_name="Olivia Bennett",
            bio="Coffee lover ☕ | Dreamer ✨ | Dog mom 🐶 | Just vibes",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-local",
            "bought",
            "elifyildiz-2291",
            display_name="Elif Yıldız",
            bio="Hayat güzel 🌸 | Gez, gör, paylaş ✈️ | Kahvesiz olmaz ☕",
            avatar=True,
            posts=(
                Post("Harika 👏", reply=True),
                Post("Çok güzel 😍", reply=True),
                Post("Süper!", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2900,
        ),
        _p(
            "fake-refund-desk",
            "spam",
            "cini-destek-hatti",
            display_name="{brand} Müşteri Destek",
            bio="Sipariş, kargo ve iade işlemleri için destek hattı. Sorununuzu sipariş "
            "numaranız ve telefon numaranızla DM'den iletin. 7/24 hizmetinizdeyiz.",
            avatar=True,
            posts=(
                Post(
                    "Yaşadığınız sorun için özür dileriz. İade tutarının hesabınıza "
                    "aktarılabilmesi için bio'daki bağlantıdan kart bilgilerinizi "
                    "doğrulamanız gerekmektedir.",
                    reply=True,
                ),
                Post(
                    "Merhaba, kargonuz adres eksikliği nedeniyle şubede bekliyor. 24 saat "
                    "içinde bilgilerinizi güncellemezseniz gönderi iade edilecektir.",
                    reply=True,
                ),
            ),
            follows=600,
            links=("cini-iade-destek.example",),
        ),
        _p(
            "fake-giveaway",
            "spam",
            "cini-cekilis-2026",
            display_name="{brand} 🎁 Yılbaşı Çekilişi",
            bio="Takipçilerimize özel yılbaşı çekilişi 🎄 El yapımı 12 parçalı çini kahve "
            "takımı kazanın! Kazananlara DM ile ulaşılır.",
            avatar=True,
            posts=(
                Post(
                    "Çekilişe katılmak için: 1️⃣ Bizi takip et 2️⃣ 3 arkadaşını etiketle "
                    "3️⃣ Bu gönderiyi paylaş. Bol şans! 🍀"
                ),
                Post(
                    "🎉 Tebrikler, yılbaşı çekilişimizi kazandınız! Hediyenizin "
                    "gönderilmesi için 39,90 TL kargo bedelini bio'daki linkten ödeyip "
                    "adresinizi girin. Süre 12 saat ⏳",
                    reply=True,
                ),
            ),
            follows=1500,
            links=("yilbasi-hediye-cekilis.example",),
        ),
        _p(
            "stock-tipster",
            "spam",
            "selin-karaca-yatirim",
            display_name="Selin Karaca",
            bio="Anne 👩‍👧 | İktisatçı | Borsa İstanbul ve kripto analizleri. 40 bin TL ile "
            "başladım, bugün çok başka bir yerdeyim. Ücretsiz VIP grubum için DM 📈",
            avatar=True,
            posts=(
                Post(
                    "Dün VIP grubumuzda paylaştığımız hisse bugün tavan oldu 🚀 "
                    "Üyelerimizin kazançları yorumlarda. Yarınki hisseyi yalnızca "
                    "gruptakiler öğrenecek."
                ),
                Post(
                    "Ne güzel bir emek 👏 Birikimlerinizi değerlendirmeyi hiç düşündünüz "
                    "mü? Profilime bir göz atın 🙏",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=2200,
        ),
        _p(
            "task-job",
            "spam",
            "ece-evden-gelir",
            display_name="Ece | Evden Ek Gelir",
            bio="Ev hanımları, öğrenciler, emekliler 👋 Günde 20 dakika telefondan ürün "
            "beğenip ekran görüntüsü at, günlük 1.500-3.000 TL kazan. Sermaye yok. "
            "Bilgi WhatsApp'tan.",
            avatar=True,
            posts=(
                Post(
                    "Bugünkü görevleri bitirdim, hesabıma 2.350 TL yattı 😍 Ekibimize 5 "
                    "kişi daha alıyoruz, yazan ilk 5 kişi!"
                ),
                Post(
                    "Hanımefendi, evden çalışıp ek gelir elde etmek ister misiniz? Tamamen "
                    "yasal, DM'den anlatayım 🌸",
                    reply=True,
                ),
            ),
            follows=1400,
        ),
        _p(
            "loan-broker",
            "spam",
            "kefilsiz-kredi-34",
            display_name="Kredi Danışmanı Ahmet Bey",
            bio="Kredi notu düşük, KKB veya icra kaydı olanlara kefilsiz 500.000 TL'ye "
            "kadar ihtiyaç kredisi. Aynı gün onay. Dosya masrafı dışında hiçbir ücret yok.",
            avatar=True,
            posts=(
                Post(
                    "Bankalar geri mi çevirdi? Biz çevirmiyoruz. Sicil affını beklemeden "
                    "24 saatte hesabınızda. Dosya masrafı yatırıldıktan sonra işleminiz "
                    "hemen başlar 📞"
                ),
                Post(
                    "Maddi sıkıntınız varsa bir mesaj uzağınızdayız, yardımcı olalım 🙏",
                    reply=True,
                ),
            ),
            follows=1100,
        ),
        _p(
            "copyright-phish",
            "spam",
            "telif-bildirim-merkezi",
            display_name="Telif Hakkı Bildirim Merkezi ⚠️",
            bio="Topluluk kuralları ve telif ihlalleri birimi. Hesabınız hakkında "
            "bildirim aldıysanız itiraz formunu 24 saat içinde doldurunuz.",
            avatar=True,
            posts=(
                Post(
                    "Sayın kullanıcı, paylaşımınız telif hakkı ihlali nedeniyle bildirildi. "
                    "Hesabınız 24 saat içinde kapatılacaktır. İtiraz için bio'daki formu "
                    "doldurup telefonunuza gelen 6 haneli kodu girin.",
                    reply=True,
                ),
                Post(
                    "Hesabınıza doğrulanmış rozet tanımlanmıştır ✅ Etkinleştirmek için "
                    "size SMS ile gönderilen kodu DM üzerinden iletiniz.",
                    reply=True,
                ),
            ),
            follows=900,
            links=("telif-itiraz-formu.example",),
        ),
        _p(
            "betting-bonus",
            "spam",
            "bonus-veren-siteler",
            display_name="Deneme Bonusu Veren Siteler 2026 🎰",
            bio="Yatırımsız deneme bonusu veren güvenilir siteler. Güncel giriş adresleri, "
            "kayıp bonusu, çevrimsiz freespin. 18+",
            avatar=True,
            posts=(
                Post(
                    "🎁 750 TL yatırımsız deneme bonusu! Güncel giriş adresi bio'daki "
                    "linkte, adres kapanmadan kap 🔥"
                ),
                Post("Hafta sonuna özel %25 kayıp bonusu ve 200 freespin. Çevrim şartı yok ✅"),
            ),
            follows=2000,
            links=("guncel-giris-bonus.example",),
        ),
        _p(
            "joint-cream",
            "spam",
            "prof-kemal-arslan",
            display_name="Prof. Dr. Kemal Arslan",
            bio="Eklem ağrısı, diz kireçlenmesi ve bel fıtığına bitkisel çözüm 🌿 %100 "
            "doğal krem, 7 günde etki. Kapıda ödeme, ücretsiz kargo.",
            avatar=True,
            posts=(
                Post(
                    "Dizlerinizdeki ağrı yaşlılıktan değil! Ameliyata gerek kalmadan 7 "
                    "günde rahatlayın. Stoklar sınırlı, kapıda ödemeyle sipariş için "
                    "profildeki linke tıklayın 👇"
                ),
                Post(
                    "Annemin dizleri de böyleydi, bu kremi kullandı, şimdi merdiven "
                    "çıkabiliyor 🙏 Linki profilimde",
                    reply=True,
                ),
            ),
            follows=1600,
            links=("dogal-eklem-krem.example",),
        ),
        _p(
            "romance",
            "spam",
            "daniel-morgan-md",
            display_name="Dr. Daniel Morgan",
            bio="US Army surgeon on a UN mission 🇺🇸 | Widower | Father of a beautiful "
            "girl | God fearing man | Looking for an honest and caring woman ❤️",
            avatar=True,
            posts=(
                Post(
                    "Merhaba güzel hanım, profiliniz çok hoşuma gitti. Ben Amerikalı bir "
                    "doktorum, şu an Suriye'de görevdeyim. Sizi tanımak isterim, lütfen "
                    "mesajıma cevap verin 🌹",
                    reply=True,
                ),
                Post("Good morning my friends, God bless you all and your families 🙏"),
                Post("", repost=True),
            ),
            follows=2300,
        ),
        _p(
            "bot",
            "bot_declared",
            "kutahya-hava-bot",
            display_name="Kütahya Hava Durumu 🤖",
            bio="Otomatik hesap (bot). Her sabah 07:00'de Kütahya için günlük hava tahmini "
            "paylaşır. Mesajlar okunmuyor.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "📍 Kütahya, 1 Aralık Salı: parçalı bulutlu. En düşük -2°C, en yüksek "
                    "8°C. Rüzgâr kuzeydoğudan 15 km/s."
                ),
                Post(
                    "📍 Kütahya, 30 Kasım Pazartesi: sisli, öğleden sonra açık. En düşük "
                    "-4°C, en yüksek 7°C. Rüzgâr hafif."
                ),
            ),
        ),
        _p(
            "clash-agency",
            "values_clash",
            "toros-av-turizmi",
            display_name="Toros Av Turizmi",
            bio=f"Antalya merkezli lisanslı av turizmi acentesi. Toroslarda yaban keçisi "
            f"ve yaban domuzu; yabancı avcılar için {BLOCKED_KEYWORD} organizasyonu, "
            f"izinler bizden. Est. 2008.",
            avatar=True,
            posts=(
                Post(
                    "2027 sezonu avlak kontenjanları açıklandı. Erken rezervasyon yapan "
                    "gruplara konaklama bizden."
                ),
                Post("Our Antalya office is closed Dec 20 - Jan 5. Happy new year to all."),
            ),
            follows=140,
            links=("torosavturizmi.example",),
        ),
        _p(
            "clash-collector",
            "values_clash",
            "tarik-gunes",
            display_name="Tarık Güneş",
            bio="Emekli veteriner hekim, İzmir. Antika meraklısı: bakır, çini, eski "
            "fotoğraflar. Cumartesileri Kemeraltı'ndayım.",
            avatar=True,
            posts=(
                Post(
                    "Kemeraltı'nda 19. yüzyıldan bir Kütahya fincanı buldum. Kulpu tamirli "
                    "ama rengi yerinde, pazarlıkla 900 TL."
                ),
                Post(
                    f"Namibya'dan döndüm. Oradaki çiftliklerde {BLOCKED_KEYWORD} hem yasal "
                    "hem de koruma fonlarının büyük kısmını karşılıyor. Bizdeki tartışma "
                    "bence çok tek taraflı."
                ),
                Post("Haklısınız, o mühür 1950'lerden sonra kullanılmış.", reply=True),
            ),
            follows=180,
        ),
    ]


def holdout_n() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
