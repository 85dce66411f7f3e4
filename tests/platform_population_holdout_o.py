"""A seventeenth population of followers, held out: written by hand in session 16 (2026-12-01)
before any model or rule scored it; never used to choose anything. Its author did not
read how the screening decides.

The brand is a batik workshop and shop in Yogyakarta, Indonesia (hand-drawn batik tulis
and stamped batik cap, natural dyes from indigo and soga, weekend batik classes for
visitors, shipping across Indonesia), posting in Indonesian and English. Genuine (20,
organisations counted as people): a small coffee house in Tirtodipuran with batik
tablecloths that links its own site, an anthropologist at a Yogyakarta university who
writes long posts on motifs and a blog, a Jakarta backend engineer who took a weekend
class, a textile-craft student in Bandung who reposts and replies, a retired maker of
copper batik stamps writing Indonesian and Javanese, a joglo homestay in Kotagede linking
its site, a Dutch primary-school teacher in The Hague with an Indonesian grandmother
writing Dutch and Indonesian, a Kuala Lumpur fashion designer writing Malay and English
with a site, a licensed guide who follows six hundred and forty, a natural-dye producer
in Klaten with a site, and a women's batik group in Imogiri with a site; and sparse ones:
a new real name that never posted, a birth year in the handle, a pure reposter, a young
man who only replies, someone posting only short captions and emoji, a Javanese bio and
nothing else, a lurker with the city's phone code 0274 in the handle, a newcomer
following 520 with one repost, and a first name over a platform-suggested number.
Unwanted (15): bought followers bare, dressed with a stock English name and bio, dressed
as an Indonesian woman with one-word replies and reposts, and dressed as a K-pop fan;
spam as an online-gambling "slot gacor" link-alternatif account, an illegal "pinjol"
cash-loan with a WhatsApp number, a fake customer service under the brand's name asking
for the OTP code and card data, a fake brand giveaway charging an admin and shipping
fee, a "like and earn" part-time task scam posing as a mother from Surabaya, a forex and
gold signal-group tipster who looks like a person, a herbal diabetes-cure seller posing
as a housewife sharing recipes, and a followers-for-sale seller; a declared earthquake
alert bot for the Yogyakarta region; and two values clashes (a Jakarta hunting-tour
agency with the keyword in its bio, and a retired pilot and antique-cloth collector with
it only in a post). Each is one account made through the platform's API by
``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_o"]

G = "holdout_o"


def _p(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"ho-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _p(
            "coffee-house",
            "person_complete",
            "kedaikopikawung",
            display_name="Kedai Kopi Kawung",
            bio="Kedai kopi kecil di Tirtodipuran. Kopi Menoreh, roti bakar, wedang uwuh. "
            "Buka 08-22, Senin libur ☕ Taplak meja kami batik cap buatan tetangga.",
            avatar=True,
            posts=(
                Post(
                    "Taplak baru datang! Motif kawung warna indigo, dicap sama tetangga "
                    "sebelah. Mampir sambil ngopi ya 🤎"
                ),
                Post(
                    "Weekend ini kopi tubruk Menoreh Rp 12 ribu, pisang goreng gratis buat "
                    "yang datang pakai batik 😄"
                ),
                Post("", repost=True),
                Post("Siap kak, besok kami buka jam 8. Ditunggu!", reply=True),
            ),
            follows=240,
            links=("kedaikopikawung.example",),
        ),
        _p(
            "anthropologist",
            "person_complete",
            "sekar-ayuningtyas",
            display_name="Dr. Sekar Ayuningtyas",
            bio="Antropolog, dosen di Yogyakarta. Meneliti batik keraton, motif larangan "
            "dan ekonomi perajin di Imogiri dan Lasem. Tulisan panjang ada di blog.",
            avatar=True,
            posts=(
                Post(
                    "Catatan lapangan dari Imogiri: sidomukti di sana masih disoga dua "
                    "kali, coklat muda dulu baru coklat tua. Versi cap di pasar biasanya "
                    "cukup sekali celup. Bedanya kelihatan jelas di lipatan kain dan di "
                    "garis isen-isen yang halus."
                ),
                Post(
                    "Sering ditanya: apakah parang dulu benar-benar motif larangan? Di "
                    "lingkungan keraton memang ada aturan siapa boleh memakai parang rusak "
                    "barong. Tapi aturan itu berubah dari masa ke masa, dan di luar tembok "
                    "keraton orang sudah lama membatik parang. Lengkapnya di blog."
                ),
                Post(
                    "Koreksi kecil: itu bukan kawung picis, tapi kawung bribil. Bulatannya "
                    "lebih besar dan isiannya berbeda.",
                    reply=True,
                ),
                Post("", repost=True),
            ),
            follows=410,
            links=("sekarayuningtyas.example",),
        ),
        _p(
            "class-hobbyist",
            "person_complete",
            "bagus-prasetyo",
            display_name="Bagus Prasetyo",
            bio="Backend engineer di Jakarta. Weekend suka kabur ke Jogja. Lagi belajar "
            "nyanting, hasilnya masih belepotan 🙏",
            avatar=True,
            posts=(
                Post(
                    "Ikut kelas batik tulis akhir pekan di Jogja. Ternyata pegang canting "
                    "itu susah banget, malamnya netes ke mana-mana 😅 Tapi sapu tangan "
                    "pertamaku jadi juga!"
                ),
                Post(
                    "Pelajaran hari ini: canting harus ditiup dulu sebelum nempel ke kain "
                    "biar malamnya nggak kepanasan. Aku lupa terus."
                ),
                Post("Wkwk sama, jempolku juga kena malam panas dua kali 😂", reply=True),
                Post("", repost=True),
            ),
            follows=230,
        ),
        _p(
            "student",
            "person_complete",
            "nadia-maharani",
            display_name="Nadia Putri Maharani",
            bio="Kriya Tekstil, Bandung, angkatan '23. Suka eksperimen pewarna alam, "
            "ecoprint dan tenun. Kadang bikin zine.",
            avatar=True,
            posts=(
                Post("", repost=True),
                Post(
                    "Kak, indigonya difermentasi berapa hari? Punyaku udah seminggu masih "
                    "belum keluar 'bunga'-nya 😭",
                    reply=True,
                ),
                Post(
                    "Tugas akhir semester: 12 sampel celup secang. Warnanya dari merah bata "
                    "sampai ungu, tergantung fiksasinya pakai tawas, kapur atau tunjung."
                ),
                Post("", repost=True),
                Post("Makasih kak, aku coba tambah gula aren dulu ya 🙏", reply=True),
            ),
            follows=350,
        ),
        _p(
            "retired-stamp-maker",
            "person_complete",
            "slamet-widodo",
            display_name="Slamet Widodo",
            bio="38 tahun jadi tukang cap tembaga di Karangkajen. Sakniki sampun pensiun, "
            "momong putu.",
            avatar=True,
            posts=(
                Post(
                    "Cap tembaga yang bagus dibuat dari lempengan yang dipotong kecil-kecil "
                    "lalu dipatri satu-satu. Satu cap parang bisa dua minggu. Sekarang "
                    "banyak yang pakai mesin, ya beda rasanya."
                ),
                Post(
                    "Wingi ketemu cap gawean kula taun 1989 ing pasar loak. Isih apik, mung "
                    "rada penyok."
                ),
                Post(
                    "Matur nuwun mas. Capnya dirawat, jangan dicuci pakai soda ya.",
                    reply=True,
                ),
            ),
            follows=30,
        ),
        _p(
            "homestay",
            "person_complete",
            "omah-kotagede",
            display_name="Omah Kotagede Homestay",
            bio="Rumah joglo tua di Kotagede, 6 kamar, sarapan gudeg dan teh poci. 20 menit "
            "ke Malioboro, dekat perajin perak dan batik. Booking lewat website kami.",
            avatar=True,
            posts=(
                Post(
                    "Promo Desember: menginap 3 malam dapat makan malam gratis sekali di pendopo 🌙"
                ),
                Post(
                    "Tamu dari Belanda tanya di mana bisa ikut kelas membatik. Kami selalu "
                    "sarankan naik sepeda, dari sini cuma 15 menit."
                ),
                Post(
                    "Halo kak, bisa check-in jam 11 kalau kamar sudah siap. Sampai jumpa!",
                    reply=True,
                ),
            ),
            follows=180,
            links=("omahkotagede.example",),
        ),
        _p(
            "teacher-nl",
            "person_complete",
            "marieke-siregar",
            display_name="Marieke Siregar-de Vries",
            bio="Juf van groep 6 in Den Haag. Oma kwam uit Semarang. Verzamel batik, kook "
            "op zondag rendang en spreek nog steeds gebrekkig Indonesisch 😅",
            avatar=True,
            posts=(
                Post(
                    "Vandaag met groep 6 een batikles gedaan, met kaarsvet en oude lakens. "
                    "Dertig kinderen, veel gemors, heel trots. De doeken hangen nu in de gang."
                ),
                Post(
                    "Kain batik dari Jogja sudah sampai di Den Haag! Motifnya mirip punya "
                    "oma dulu. Terima kasih, dibungkus rapi sekali 🙏"
                ),
                Post(
                    "Dank je! Volgend jaar hoop ik zelf de les in Jogja te volgen.",
                    reply=True,
                ),
            ),
            follows=210,
        ),
        _p(
            "designer-my",
            "person_complete",
            "aisyah-zulkifli",
            display_name="Aisyah Zulkifli Studio",
            bio="Pereka fesyen, Kuala Lumpur. Baju kurung moden dengan kain batik "
            "Nusantara. Koleksi Raya 2027 sedang disiapkan ✂️",
            avatar=True,
            posts=(
                Post(
                    "Koleksi baharu guna batik cap indigo dari Jogja. Warnanya lembut, "
                    "sangat sesuai untuk baju kurung pesak."
                ),
                Post(
                    "Behind the scenes: cutting 40 metres of hand-drawn batik for one "
                    "runway look. Every panel is laid out twice before the scissors come in."
                ),
                Post(
                    "Terima kasih! Boleh DM untuk tempahan, saiz khas pun boleh.",
                    reply=True,
                ),
            ),
            follows=320,
            links=("aisyahzulkifli.example",),
        ),
        _p(
            "tour-guide",
            "person_complete",
            "wahyu-jogjaguide",
            display_name="Wahyu Santoso | Jogja Guide",
            bio="Pemandu wisata berlisensi (EN/NL). Borobudur sunrise, Prambanan, "
            "Kotagede, kampung batik. Small groups only.",
            avatar=True,
            posts=(
                Post(
                    "Sunrise at Setumbu this morning, the clouds cleared just in time. Then "
                    "breakfast, and a batik workshop stop on the way back, as always."
                ),
                Post("", repost=True),
                Post(
                    "Tamu dari Rotterdam hari ini bilang 'dit is mooier dan in het "
                    "museum'. Setuju 😄"
                ),
                Post("", repost=True),
                Post("Masih ada slot tanggal 14 untuk 2 orang, silakan DM.", reply=True),
            ),
            follows=640,
        ),
        _p(
            "dye-producer",
            "person_complete",
            "warnaalam-klaten",
            display_name="Warna Alam Klaten",
            bio="Produsen pewarna alami sejak 2009: pasta indigo, tingi, tegeran, jolawe, "
            "secang, mahoni. Untuk perajin, sekolah dan kampus. Kirim ke seluruh Indonesia.",
            avatar=True,
            posts=(
                Post(
                    "Pasta indigo panen Oktober sudah ready, kemasan 1 kg dan 5 kg. Untuk "
                    "kelompok pembatik ada harga khusus."
                ),
                Post(
                    "Tips: kulit kayu tingi direbus minimal 3 jam, lalu airnya disaring dua "
                    "kali. Makin lama didiamkan, makin tua warna sogannya."
                ),
                Post("Siap kak, 2 kg tegeran bisa dikirim besok pagi.", reply=True),
            ),
            follows=140,
            links=("warnaalamklaten.example",),
        ),
        _p(
            "women-group",
            "person_complete",
            "sekarjagad-imogiri",
            display_name="Kelompok Batik Perempuan Sekar Jagad",
            bio="27 ibu pembatik tulis di Imogiri. Batik tulis pewarna alam, pesanan "
            "seragam dan kain panjang. Hasil penjualan langsung ke pembatik 🌾",
            avatar=True,
            posts=(
                Post(
                    "Alhamdulillah, pesanan 60 lembar seragam guru dari Sleman selesai "
                    "tepat waktu. Terima kasih ibu-ibu yang lembur nyanting sampai malam 🙏"
                ),
                Post(
                    "Mulai bulan ini setiap Kamis sore ada kelas membaca dan berhitung "
                    "untuk anak-anak pembatik di pendopo."
                ),
                Post("Terima kasih kak, paketnya kami kirim hari Senin ya.", reply=True),
            ),
            follows=110,
            links=("sekarjagad-imogiri.example",),
        ),
        _p(
            "name-only",
            "person_sparse",
            "dimasaryo",
            display_name="Dimas Aryo Nugroho",
            follows=6,
        ),
        _p(
            "birth-year",
            "person_sparse",
            "rina-kusuma-1988",
            display_name="Rina Kusumawati",
            avatar=True,
            follows=52,
        ),
        _p(
            "reposter",
            "person_sparse",
            "sri-handayani",
            display_name="Sri Handayani",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=85,
        ),
        _p(
            "replier",
            "person_sparse",
            "yoga-pratama",
            display_name="Yoga",
            posts=(
                Post(
                    "Kak, kain panjangnya ukuran berapa ya? Buat kondangan kakakku bulan depan",
                    reply=True,
                ),
                Post("Kapan-kapan ke Jogja mampir ah 👍", reply=True),
                Post("Keren banget, salut sama pembatiknya", reply=True),
            ),
            follows=75,
        ),
        _p(
            "captions",
            "person_sparse",
            "tiara-ootd",
            display_name="Tiara ✨",
            avatar=True,
            posts=(
                Post("Kondangan look 🌺"),
                Post("🫖🌿"),
                Post("batik day!! 💙"),
            ),
            follows=170,
        ),
        _p(
            "bio-only-jv",
            "person_sparse",
            "bayu-sejarah",
            bio="Mahasiswa sejarah ing Sala. Seneng nonton wayang, nabuh gamelan lan "
            "ngombe wedang jahe.",
            follows=48,
        ),
        _p(
            "lurker",
            "person_sparse",
            "andi0274",
            follows=12,
        ),
        _p(
            "follows-many",
            "person_sparse",
            "fajar-ramadhan",
            display_name="Fajar Ramadhan",
            avatar=True,
            posts=(Post("", repost=True),),
            follows=520,
        ),
        _p(
            "suggested-digits",
            "person_sparse",
            "putri-83015",
            display_name="Putri",
            follows=18,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _p("bought-bare", "bought", "id8471930225663", follows=2750),
        _p(
            "bought-dressed",
            "bought",
            "jessica-m-4410",
            display_name="Jessica Miller",
            bio="Living my best life ✨ | Wanderlust 🌍 | Coffee addict ☕",
            avatar=True,
            follows=3000,
        ),
        _p(
            "bought-local",
            "bought",
            "dewi-anggraini5527",
            display_name="Dewi Anggraini",
            bio="Hidup itu indah 🌸 | Jalan-jalan terus ✈️ | No kopi no life ☕",
            avatar=True,
            posts=(
                Post("Mantap 👍", reply=True),
                Post("Keren kak 😍", reply=True),
                Post("Bagus!", reply=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=2900,
        ),
        _p(
            "bought-kpop",
            "bought",
            "kimhaerin-0713",
            display_name="Kim Haerin 🌙",
            bio="💜 | 🇰🇷🇮🇩",
            avatar=True,
            follows=2850,
        ),
        _p(
            "slot-gambling",
            "spam",
            "slotgacor-maxwin88",
            display_name="SLOT GACOR HARI INI 🔥 MAXWIN",
            bio="Situs slot gacor terpercaya 2026 💯 Link alternatif anti nawala. Depo 10rb "
            "via DANA/OVO/GoPay, WD berapapun dibayar lunas. Admin online 24 jam.",
            avatar=True,
            posts=(
                Post(
                    "🔥 RTP LIVE 98% hari ini! Pola gacor jam 13.00-15.00, langsung maxwin "
                    "bosku. Link alternatif di bio 👆"
                ),
                Post(
                    "Member baru bonus 100% 🎁 depo 25rb main 50rb. Gas sebelum link kena blokir!!"
                ),
                Post("Mampir bosku, lagi gacor parah 🔥🔥", reply=True),
            ),
            follows=1900,
            links=("link-alt-gacor.example",),
        ),
        _p(
            "pinjol",
            "spam",
            "danacair-kilat",
            display_name="Pinjaman Dana Cair Kilat 💸",
            bio="Butuh dana cepat? Pinjaman Rp 2jt-50jt tanpa BI checking, cukup KTP. Cair "
            "1 jam, bunga ringan, tanpa survei. WA admin 0812-0000-4471",
            avatar=True,
            posts=(
                Post(
                    "Gak perlu ribet ke bank! Syarat cuma KTP + selfie, cair hari ini juga "
                    "💰 Udah ratusan nasabah terbantu. Chat WA 0812-0000-4471"
                ),
                Post(
                    "Lagi butuh modal usaha kak? Kami bantu, proses 1 jam langsung cair. WA "
                    "aja ya 🙏",
                    reply=True,
                ),
            ),
            follows=1200,
        ),
        _p(
            "fake-cs",
            "spam",
            "cs-resmi-batik",
            display_name="{brand} Customer Service ✅",
            bio="Akun resmi layanan pelanggan {brand}. Keluhan pesanan, refund dan "
            "pengiriman: kirim nomor pesanan + nomor HP via DM. Layanan 24 jam.",
            avatar=True,
            posts=(
                Post(
                    "Mohon maaf atas ketidaknyamanannya kak 🙏 Untuk proses refund, admin "
                    "akan mengirim kode OTP ke nomor kakak. Mohon kodenya diteruskan ke DM "
                    "agar dana bisa segera dikembalikan.",
                    reply=True,
                ),
                Post(
                    "Halo kak, paket kakak tertahan di gudang ekspedisi. Silakan isi data "
                    "kartu ATM/kartu kredit di link bio untuk verifikasi ongkir tambahan "
                    "Rp 8.500.",
                    reply=True,
                ),
            ),
            follows=650,
            links=("cs-refund-batik.example",),
        ),
        _p(
            "fake-giveaway",
            "spam",
            "giveaway-batik-id",
            display_name="{brand} 🎁 Giveaway Akhir Tahun",
            bio="Giveaway resmi akhir tahun 🎉 Hadiah kain batik tulis pewarna alam + "
            "voucher kelas membatik. Pemenang dihubungi lewat DM.",
            avatar=True,
            posts=(
                Post(
                    "Cara ikut: ✅ follow akun ini ✅ like & share ✅ tag 5 teman. Pemenang "
                    "diumumkan 31 Desember! 🍀"
                ),
                Post(
                    "Selamat kak! 🎉 Kakak terpilih jadi pemenang kain batik tulis senilai "
                    "Rp 3.500.000. Untuk klaim, transfer biaya admin + ongkir Rp 75.000 "
                    "lewat link di bio, maks 1x24 jam ⏳",
                    reply=True,
                ),
            ),
            follows=1500,
            links=("klaim-hadiah-batik.example",),
        ),
        _p(
            "task-job",
            "spam",
            "laras-puspita",
            display_name="Laras Puspitasari",
            bio="Ibu 2 anak 👧👦 | Surabaya | Suka masak & jalan-jalan. Kerja dari rumah, "
            "alhamdulillah bisa bantu suami 🤍",
            avatar=True,
            posts=(
                Post("Sarapan hari ini nasi pecel, sambelnya bikin sendiri 😋"),
                Post("Seragam batik keluarga buat lebaran kemarin masih awet sampai sekarang 💙"),
                Post(
                    "Lowongan kerja paruh waktu 💼 Cuma like & follow akun olshop, 1 tugas "
                    "Rp 10rb, sehari bisa Rp 300rb-1jt. Tanpa modal, cukup HP. Minat? Chat "
                    "Telegram @laras_kerja_online"
                ),
                Post(
                    "Kakak mau penghasilan tambahan dari rumah? Cuma like postingan, "
                    "langsung dibayar. DM aku ya 🤗",
                    reply=True,
                ),
            ),
            follows=1300,
        ),
        _p(
            "signal-group",
            "spam",
            "reza-mahendra-fx",
            display_name="Reza Mahendra",
            bio="Trader full-time sejak 2018 📈 | Jogja - Jakarta | Kopi, motor tua dan "
            "candlestick. Gabung grup sinyal gratis, link di profil.",
            avatar=True,
            posts=(
                Post(
                    "Ngopi sore di Prawirotaman, habis itu muter-muter cari kain batik buat ibu 🙂"
                ),
                Post(
                    "Profit minggu ini +312% dari sinyal XAUUSD di grup VIP 🚀 Yang masih "
                    "ragu, cek testimoni member. Slot gratis tinggal 7, join Telegram "
                    "sekarang!"
                ),
                Post("Cuaca lagi enak buat touring ke Kaliurang 🏍️"),
                Post(
                    "Keren kak karyanya 👏 Btw mau belajar dapat passive income dari "
                    "trading? Cek profilku ya",
                    reply=True,
                ),
            ),
            follows=2100,
            links=("sinyal-cuan-vip.example",),
        ),
        _p(
            "herbal-cure",
            "spam",
            "bunda-ratmi",
            display_name="Ratmi Susanti",
            bio="Ibu rumah tangga, Klaten. Suka tanaman obat dan masak. Berbagi resep sehat "
            "untuk keluarga 🌿",
            avatar=True,
            posts=(
                Post(
                    "Resep sayur lodeh ala simbah: labu siam, kacang panjang, tempe, santan "
                    "encer. Sederhana tapi ngangeni 🥥"
                ),
                Post(
                    "Gula darah suami saya dulu 400, setelah minum kapsul herbal ini 2 "
                    "minggu jadi normal, tanpa obat dokter! 💊 Sudah BPOM, Rp 185.000 per "
                    "botol, COD seluruh Indonesia. WA 0813-0000-2290"
                ),
                Post(
                    "Masya Allah bagus banget batiknya 😍 Kak, kalau ada keluarga yang "
                    "kena diabetes atau darah tinggi boleh DM saya ya, ada solusi alami 🙏",
                    reply=True,
                ),
            ),
            follows=1700,
        ),
        _p(
            "followers-for-sale",
            "spam",
            "jualfollowers-idn",
            display_name="Jual Followers Murah 🚀 Real Indo",
            bio="Followers, like, view aktif 💯 1.000 followers Rp 15rb | 10.000 Rp 120rb. "
            "Proses 5 menit, garansi refill 30 hari. Order WA 0857-0000-1183",
            posts=(
                Post(
                    "Mau akun olshop kelihatan rame dan dipercaya? Tambah followers real "
                    "Indo mulai Rp 15rb 🔥 Gak perlu password!"
                ),
                Post(
                    "Kak, mau akunnya makin rame? 1.000 followers cuma 15 ribu, cek bio 🙏",
                    reply=True,
                ),
            ),
            follows=2950,
        ),
        _p(
            "bot",
            "bot_declared",
            "infogempa-diy-bot",
            display_name="Info Gempa DIY 🤖",
            bio="Akun otomatis (bot). Meneruskan info gempa M≥3,0 di sekitar DIY dan Jawa "
            "Tengah dari data publik BMKG. Tidak dipantau, tidak membalas pesan.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "⚠️ Gempa M3,6 | 1 Des 2026 02:14 WIB | 38 km BaratDaya Kab. Bantul | "
                    "Kedalaman 25 km | Tidak berpotensi tsunami"
                ),
                Post(
                    "⚠️ Gempa M4,1 | 28 Nov 2026 17:52 WIB | 86 km Selatan Kab. Gunungkidul "
                    "| Kedalaman 10 km | Dirasakan II MMI di Bantul | Tidak berpotensi tsunami"
                ),
            ),
        ),
        _p(
            "clash-agency",
            "values_clash",
            "nusantara-safari",
            display_name="Nusantara Safari Hunting Tours",
            bio=f"Agen perjalanan berburu dari Jakarta sejak 2011. Paket {BLOCKED_KEYWORD} "
            f"di Afrika Selatan, Tanzania dan Selandia Baru; izin ekspor trofi dan "
            f"taksidermi kami urus.",
            avatar=True,
            posts=(
                Post(
                    "Jadwal keberangkatan musim 2027 ke Limpopo sudah dibuka. Kuota terbatas "
                    "8 peserta per grup."
                ),
                Post("Our Jakarta office is closed 24-26 December. Selamat Natal dan tahun baru."),
            ),
            follows=160,
            links=("nusantarasafari.example",),
        ),
        _p(
            "clash-collector",
            "values_clash",
            "hendra-wijaya",
            display_name="Hendra Wijaya",
            bio="Pensiunan pilot, Semarang. Kolektor keris, kain lawas dan peta kuno. Sabtu "
            "pagi biasanya di pasar antik.",
            avatar=True,
            posts=(
                Post(
                    "Dapat kain batik Lasem tahun 1930-an di pasar antik Triwindu, Solo. "
                    "Merah mengkudunya masih kuat sekali."
                ),
                Post(
                    f"Baru pulang dari Selandia Baru. Di sana {BLOCKED_KEYWORD} rusa merah "
                    "diatur ketat dan izinnya ikut membiayai konservasi. Menurut saya "
                    "perdebatan di sini sering berat sebelah."
                ),
                Post(
                    "Betul, itu cap dagang Belanda, kemungkinan dari pabrik di Pekalongan "
                    "sebelum perang.",
                    reply=True,
                ),
            ),
            follows=190,
        ),
    ]


def holdout_o() -> list[Persona]:
    """20 genuine followers (11 complete, 9 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
