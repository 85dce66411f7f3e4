"""A twenty-first population of followers, held out: written by hand in session 19
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is an independent, reader-funded local newsroom in Đà Nẵng, Vietnam (city
council sessions, the Hàn river bridges, typhoon and flood season, the fishermen of Sơn
Trà and Mân Thái, street food, the tourism boom and what it costs the people who live
there), posting mostly in Vietnamese with short English summaries for expats. Genuine
(21, organisations counted as people): a mì Quảng stall behind Chợ Cồn writing in the
Quảng dialect, a Mân Thái fisherman whose daughter set up his account, a Korean woman who
runs a small restaurant in An Thượng and writes Korean with some learner's Vietnamese, a
retired bridge engineer explaining why the Hàn river swing bridge turns less often, an
urban-planning lecturer at the university of technology with a site, a volunteer rescue
team posting flood-night evacuations, an Australian English teacher writing about rents,
a freelance photographer with a portfolio site who mostly posts dawn photos and reposts,
a ride-hailing driver posting flooded streets and bridge closures, a second-hand
bookshop-café with a site hosting a talk by the newsroom, and a Russian-speaking tour
guide with a site writing Russian and Vietnamese; and sparse ones: an old man in Hòa
Khánh with one post remembering the 2006 typhoon, a young woman who only replies asking
about flooding and school closures, a student with no bio who only reposts, a brand-new
empty account, one with only a full name, a silent reader following seventeen hundred
accounts, a mother with only a bio, a Vietnamese woman in Leipzig with one post, a man
with his birth year in the handle, a name and a photo and nothing more, and a French
retiree in Hội An with two short lines. Unwanted (15): bought followers bare with digits
and few follows, a stolen-looking name and photo only, a stock "sống hết mình" bio, and a
dressed account that only reposts; spam as a football-tips account with an online casino
("nhà cái") link in its bio, a "financial adviser" pushing a loan app only in replies, a
"việc nhẹ lương cao" task-scam recruiter, a fake cheap Bà Nà Hills tour taking transfer
deposits in Vietnamese and English, a beach-and-coffee account whose one post recruits for
a crypto signals group, a fake Vietlott "customer gratitude" prize asking a shipping fee in
replies, and a fake bank support account phishing with the biometric-update SMS; two
declared bots (weather and tide, air quality); and two values clashes (a retired Texan
wintering in Đà Nẵng with the keyword in his bio, and a Sơn Trà property businessman
with it only in one post). Each is one account made through the platform's API by
``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_s"]

G = "holdout_s"


def _s(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hs-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _s(
            "miquang-stall",
            "person_complete",
            "miquang-cosau",
            display_name="Mì Quảng Cô Sáu",
            bio="Mì Quảng gà, cá lóc, ếch từ năm 1998 trong kiệt sau lưng chợ Cồn. Mở 6h–13h, "
            "bán hết thì nghỉ sớm 😄",
            avatar=True,
            posts=(
                Post(
                    "Sáng ni mưa mà khách vẫn xếp hàng tới đầu kiệt. Cảm ơn bà con 🙏 Hôm ni "
                    "có thêm mì Quảng ếch."
                ),
                Post(
                    "Gà ta lên 160 nghìn một ký rồi, tui vẫn giữ 35 nghìn một tô tới Tết. Qua "
                    "Tết tính sau hỉ."
                ),
                Post(
                    "Đọc bài chợ Cồn sắp cải tạo mà lo. Bốn chục năm buôn bán ở đây, dời đi "
                    "mô bây giờ?"
                ),
                Post("Dạ có, chủ nhật vẫn mở nghe.", reply=True),
            ),
            follows=85,
        ),
        _s(
            "man-thai-fisherman",
            "person_complete",
            "luong-manthai",
            display_name="Hồ Văn Lượng",
            bio="Ngư dân Mân Thái, tàu ĐNa 90457 TS. Đi lộng, đi Hoàng Sa khi trời cho. Con "
            "gái lập giùm trang ni.",
            avatar=True,
            posts=(
                Post(
                    "Ra khơi 12 ngày, về được 3 tấn cá ngừ với cá nục. Cá nục ở cảng Thọ "
                    "Quang hôm ni 28 nghìn một ký, dầu 22 nghìn một lít. Lời không bao nhiêu."
                ),
                Post(
                    "Nghe tin bão là anh em kéo tàu vô âu thuyền Thọ Quang hết. Chật cứng, "
                    "tàu ni cột tàu tê."
                ),
                Post(
                    "Cảm ơn nhà báo viết chuyện thúng chai bị dời khỏi bãi biển để làm khu "
                    "nghỉ dưỡng. Đúng như rứa."
                ),
                Post("Cá tươi thì 4h sáng ra bãi Mân Thái nghe em.", reply=True),
            ),
            follows=48,
        ),
        _s(
            "korean-restaurant",
            "person_complete",
            "jiwoo-anthuong",
            display_name="박지우 Jiwoo",
            bio="다낭 8년차. An Thượng에서 작은 한식당 운영 중 🍲 Tiếng Việt đang học, sai thì "
            "xin lỗi nha 🙏",
            avatar=True,
            posts=(
                Post(
                    "태풍 온다고 해서 가게 문 닫고 유리창에 테이프 붙였어요. 다낭 사는 "
                    "한국분들, 모래주머니는 동사무소(UBND phường)에서 받을 수 있어요."
                ),
                Post("Hôm nay quán nghỉ vì bão. Mọi người ở nhà an toàn nha!"),
                Post(
                    "'경기도 다낭시'라는 말, 이제 농담이 아니에요. 미케 해변 앞 간판 반이 "
                    "한글이에요. 집세도 같이 올랐고요."
                ),
                Post("네, 배달도 돼요! 그랩으로 주문하세요 😊", reply=True),
            ),
            follows=260,
        ),
        _s(
            "bridge-engineer",
            "person_complete",
            "ks-trandinhkhiem",
            display_name="KS. Trần Đình Khiêm",
            bio="Kỹ sư cầu đường về hưu. Từng giám sát thi công cầu Thuận Phước. Viết chuyện "
            "những cây cầu sông Hàn cho con cháu đọc.",
            avatar=True,
            posts=(
                Post(
                    "Nhiều người hỏi sao cầu sông Hàn giờ ít quay. Cơ cấu quay đã hơn 25 "
                    "năm, mỗi lần quay là một lần hao mòn gối cầu và hệ thống thủy lực. Quay "
                    "ít đi là đúng, không phải tiếc."
                ),
                Post(
                    "Cầu Rồng phun lửa tối thứ Bảy, chủ nhật lúc 21h. Khách đứng chật cầu, "
                    "xe máy dừng giữa làn. Cần phân luồng sớm hơn, trước khi có chuyện."
                ),
                Post(
                    "Bài về vết nứt ở mố cầu Nguyễn Văn Trỗi viết đúng và cẩn thận. Cầu cũ "
                    "chỉ còn cho người đi bộ, nhưng người đi bộ đông, nên kiểm định định kỳ "
                    "là cần."
                ),
                Post(
                    "Cầu Thuận Phước là cầu treo dây võng, không phải dây văng đâu cháu.",
                    reply=True,
                ),
            ),
            follows=120,
            links=("cauquasonghan.example",),
        ),
        _s(
            "planning-lecturer",
            "person_complete",
            "hoaithuong-qhdt",
            display_name="TS. Lê Thị Hoài Thương",
            bio="Giảng viên quy hoạch đô thị, Trường ĐH Bách khoa – ĐH Đà Nẵng. Nghiên cứu "
            "ngập úng, bờ biển và nhà ở xã hội. Quan điểm cá nhân.",
            avatar=True,
            posts=(
                Post(
                    "Đêm 14/10/2022 Đà Nẵng hứng hơn 500 mm mưa. Ba năm sau, hồ điều tiết "
                    "phía tây vẫn dang dở, còn bê tông hóa ven biển thì nhanh hơn nhiều. "
                    "Ngập không chỉ do trời."
                ),
                Post(
                    "Cảm ơn tòa soạn đã dành cả loạt bài cho các hộ bị giải tỏa ở An Hải. "
                    "Tôi dùng làm tài liệu cho sinh viên năm ba."
                ),
                Post(
                    "Seminar thứ Năm: 'Đà Nẵng sau sáp nhập – một thành phố, hai dòng sông "
                    "Hàn và Thu Bồn'. Phòng F304, vào cửa tự do."
                ),
                Post("", repost=True),
            ),
            follows=540,
            links=("hoaithuong-urban.example",),
        ),
        _s(
            "rescue-volunteers",
            "person_complete",
            "cuuho-thiennguyen",
            display_name="Đội Cứu hộ Thiện nguyện Đà Nẵng",
            bio="Nhóm tình nguyện hỗ trợ bà con mùa mưa bão và tai nạn ban đêm. Không nhận "
            "tiền của người được giúp. Trực 24/7 mùa bão.",
            avatar=True,
            posts=(
                Post(
                    "Trực đêm: 2 ca nô, 14 tình nguyện viên, 300 áo phao ở điểm tập kết Hòa "
                    "Khánh. Bà con vùng trũng Hòa Minh cần sơ tán thì bình luận địa chỉ, đội "
                    "sẽ tới."
                ),
                Post(
                    "Đã đưa 23 hộ ở kiệt 112 Nguyễn Lương Bằng lên trường tiểu học. Không ai "
                    "bị thương. Anh em nghỉ 3 tiếng rồi trực tiếp."
                ),
                Post(
                    "Cảm ơn mọi người góp pin, đèn và mì gói. Ở đây đủ rồi, xin gửi lên các "
                    "xã miền núi Nam Trà My, Phước Sơn, nơi đường còn sạt."
                ),
                Post("Chị nhắn số điện thoại qua tin nhắn, đội gọi lại ngay.", reply=True),
            ),
            follows=310,
        ),
        _s(
            "aussie-teacher",
            "person_complete",
            "mick-in-mykhe",
            display_name="Mick Harland",
            bio="Aussie, teaching English in Da Nang since 2016. Surf at My Khe when it's flat "
            "enough for old knees. Trying (and failing) at tiếng Việt.",
            avatar=True,
            posts=(
                Post(
                    "Rent on my studio in An Thuong went from 7 to 11 million dong in two "
                    "years. My Vietnamese colleagues earn less than that a month. Good piece "
                    "today on who the tourism boom is actually for."
                ),
                Post(
                    "Typhoon prep, expat edition: fill the bathtub, charge everything, get "
                    "the bike off the street, buy bánh mì before the bakery shuts. Stay safe."
                ),
                Post("Ordered bún chả cá without pointing at the menu. Small wins."),
                Post(
                    "Thanks for the English summary, helps those of us still on lesson 12.",
                    reply=True,
                ),
            ),
            follows=410,
        ),
        _s(
            "photographer",
            "person_complete",
            "duyphan-photo",
            display_name="Phan Duy 📷",
            bio="Chụp ảnh tự do. Sông Hàn lúc 5h sáng, chợ cá, người lao động. Đăng lại xin "
            "ghi tên. Portfolio 👇",
            avatar=True,
            posts=(
                Post(
                    "5h12 sáng, sông Hàn lặng như gương, ghe chở rau xuống chợ Hàn. Thành "
                    "phố chưa kịp thức."
                ),
                Post(
                    "Loạt ảnh 'Thợ đá Non Nước' lên báo hôm ni. Cảm ơn biên tập đã giữ "
                    "nguyên lời các cô trong chú thích."
                ),
                Post("", repost=True),
                Post("", repost=True),
                Post("", repost=True),
            ),
            follows=680,
            links=("phanduy-photo.example",),
        ),
        _s(
            "grab-driver",
            "person_complete",
            "thanh-chaygrab",
            display_name="Thành Grab",
            bio="Chạy Grab từ 2018. Cập nhật chỗ ngập, chỗ kẹt cho anh em. Hải Châu – Thanh "
            "Khê – Sơn Trà.",
            avatar=True,
            posts=(
                Post(
                    "Ngập tới yên xe ở Hoàng Diệu đoạn gần Nguyễn Văn Linh, anh em né qua "
                    "Phan Châu Trinh. Điện Biên Phủ chỗ ngã tư Hà Huy Tập cũng ngập nửa bánh."
                ),
                Post(
                    "Tối ni Cầu Rồng phun lửa, Bạch Đằng cấm xe từ 20h30. Đón khách bờ đông "
                    "thì đi cầu Trần Thị Lý nghe."
                ),
                Post(
                    "Khách Hàn hỏi đường đi Bà Nà, tui nói 'Ba Na, one hour', họ cười. Tiếng "
                    "Anh tui chỉ rứa thôi 😂"
                ),
                Post("Giờ rút nước rồi bạn, đi được.", reply=True),
            ),
            follows=190,
        ),
        _s(
            "bookshop-cafe",
            "person_complete",
            "nhagac-books",
            display_name="Hiệu Sách Cũ Nhà Gác",
            bio="Sách cũ, cà phê phin và một căn gác nhỏ trên đường Lê Lợi. Tối thứ Sáu có "
            "trò chuyện sách, vào cửa tự do.",
            avatar=True,
            posts=(
                Post(
                    "Tối thứ Sáu này: trò chuyện với phóng viên của tòa soạn về ba năm theo "
                    "dõi các dự án lấn biển ở Đà Nẵng. 19h30, trên gác còn khoảng 30 chỗ."
                ),
                Post(
                    "Mới về một thùng sách từ nhà một thầy giáo về hưu ở Hội An, có cả "
                    "Truyện Kiều in năm 1968."
                ),
                Post("Mất điện cả phố, quán vẫn mở, đọc sách bằng nến. Cà phê phin đâu cần điện 🕯️"),
                Post("Dạ quán có nhận ký gửi sách cũ ạ.", reply=True),
            ),
            follows=230,
            links=("nhagac-books.example",),
        ),
        _s(
            "russian-guide",
            "person_complete",
            "olga-guide-dn",
            display_name="Ольга | гид в Дананге",
            bio="Русскоязычный гид в Дананге и Хойане с 2015 года. Мраморные горы, Ба На, Хюэ. "
            "Говорю по-вьетнамски 🇷🇺🇻🇳",
            avatar=True,
            posts=(
                Post(
                    "Туристы спрашивают, опасен ли сезон тайфунов. Октябрь–ноябрь: да, бывают "
                    "дни, когда всё закрыто. Читайте местные новости, а не рекламу агентств."
                ),
                Post(
                    "Рынок Хан сегодня: манго 60 тысяч донгов за кило, для туристов 120. "
                    "Торгуйтесь вежливо 🙂"
                ),
                Post(
                    "Cảm ơn bài viết về tour giá rẻ lừa khách. Khách Nga của tôi cũng từng "
                    "mất tiền như vậy."
                ),
                Post(
                    "Да, Мост Дракона по субботам и воскресеньям в 21:00, огонь и вода.",
                    reply=True,
                ),
            ),
            follows=350,
            links=("olga-danang-guide.example",),
        ),
        _s(
            "old-man-one-post",
            "person_sparse",
            "ongtu-hoakhanh",
            display_name="Nguyễn Tư",
            posts=(
                Post(
                    "Năm 2006 bão Xangsane tốc hết mái nhà tui ở Hòa Khánh. Đọc bài ni nhớ "
                    "lại. Cảm ơn mấy cháu nhà báo."
                ),
            ),
            follows=2,
        ),
        _s(
            "flood-replies",
            "person_sparse",
            "ngocanh-tk",
            display_name="Ngọc Ánh",
            avatar=True,
            posts=(
                Post("Đường Nguyễn Tri Phương đoạn gần chợ còn ngập không ạ?", reply=True),
                Post("mai học sinh có được nghỉ không ad ơi", reply=True),
                Post("cảm ơn ad nhiều 🥰", reply=True),
            ),
            follows=75,
        ),
        _s(
            "student-reposts",
            "person_sparse",
            "khoa-dut-k22",
            display_name="Khoa",
            posts=tuple(Post("", repost=True) for _ in range(3)),
            follows=12,
        ),
        _s(
            "empty-new",
            "person_sparse",
            "tranquocbao-dn",
        ),
        _s(
            "name-only",
            "person_sparse",
            "thuhuong-le",
            display_name="Lê Thu Hương",
            follows=58,
        ),
        _s(
            "silent-reader",
            "person_sparse",
            "hieu-docbao",
            display_name="Phạm Văn Hiếu",
            bio="Đọc báo mỗi sáng với ly cà phê sữa đá.",
            avatar=True,
            follows=1760,
        ),
        _s(
            "mother-bio",
            "person_sparse",
            "me-cua-bin-na",
            bio="Mẹ của Bin và Na. Nấu ăn, trồng rau sân thượng, Thanh Khê 🌱",
            avatar=True,
            follows=34,
        ),
        _s(
            "leipzig-one-post",
            "person_sparse",
            "hoa-leipzig",
            display_name="Hoa 🇻🇳🇩🇪",
            avatar=True,
            posts=(
                Post(
                    "Xa Đà Nẵng 11 năm, đêm nào có bão cũng thức đọc tin nhà. Bình an nghe ba mẹ."
                ),
            ),
            follows=140,
        ),
        _s(
            "birth-year-handle",
            "person_sparse",
            "huynguyen1994",
            display_name="Huy Nguyễn",
            avatar=True,
            follows=320,
        ),
        _s(
            "french-retiree",
            "person_sparse",
            "jacques-hoian",
            display_name="Jacques",
            posts=(
                Post(
                    "Hội An, de l'eau jusqu'aux genoux ce matin. Les commerçants rient quand même."
                ),
                Post("Thanks for the English summary.", reply=True),
            ),
            follows=26,
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _s("bought-bare", "bought", "nguoidung74019283", follows=45),
        _s(
            "bought-photo",
            "bought",
            "ngoctram-5817",
            display_name="Ngọc Trâm",
            avatar=True,
            follows=3000,
        ),
        _s(
            "bought-stock",
            "bought",
            "minhquan-off-92",
            display_name="Minh Quân",
            bio="Sống là phải cháy hết mình 🔥 | Cuộc sống không chờ đợi ai | Chill 🌿",
            avatar=True,
            follows=1250,
        ),
        _s(
            "bought-reposter",
            "bought",
            "tuananh-pro-68",
            display_name="Tuấn Anh",
            bio="HN ✈️ SG | 25 | ☕",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(4)),
            follows=2650,
        ),
        _s(
            "casino-tips",
            "spam",
            "soikeo-vip-88",
            display_name="Soi Kèo VIP 88 ⚽",
            bio="Soi kèo V-League, Ngoại hạng Anh mỗi ngày. Nhà cái uy tín, nạp rút 1-1 trong "
            "3 phút, tặng 188K cho thành viên mới 🎁 Link đăng ký 👇",
            avatar=True,
            posts=(
                Post(
                    "SHB Đà Nẵng vs Hồng Lĩnh Hà Tĩnh 18h tối nay: chủ nhà chấp 0.5, tài xỉu "
                    "2.25. Tham khảo thôi anh em."
                ),
                Post(
                    "Tối qua ăn 5/6 kèo 💰 ai theo thì về bờ rồi. Vào nhóm Zalo lấy kèo sớm, "
                    "link ở bio."
                ),
                Post("Kèo thơm tối nay, inbox mình gửi link nhà cái uy tín nhé 🔥", reply=True),
            ),
            follows=2100,
            links=("nhacai88-vip.example",),
        ),
        _s(
            "loan-app-replies",
            "spam",
            "minhanh-taichinh",
            display_name="Minh Anh",
            bio="Tư vấn tài chính cá nhân 💼 Đà Nẵng",
            avatar=True,
            posts=(
                Post(
                    "Bạn cần tiền gấp sau bão? Vay online 10–50 triệu chỉ cần CCCD, giải "
                    "ngân 15 phút, không thẩm định, không gọi người thân. Nhắn Zalo mình "
                    "ngay 📲",
                    reply=True,
                ),
                Post(
                    "Nợ xấu vẫn vay được nha, app uy tín, lãi thấp. Inbox mình gửi link tải app.",
                    reply=True,
                ),
            ),
            follows=950,
            links=("vaynhanh-24h.example",),
        ),
        _s(
            "task-scam",
            "spam",
            "tuyen-ctv-online",
            display_name="Thu Trang | Tuyển CTV 💸",
            bio="Việc nhẹ lương cao 💰 Làm tại nhà bằng điện thoại, 300–800K/ngày. Chốt đơn, "
            "thả tim sản phẩm Shopee, Lazada. Không cần kinh nghiệm, không cọc.",
            avatar=True,
            posts=(
                Post(
                    "Tuyển 20 cộng tác viên chốt đơn online, nhận hoa hồng 15% ngay sau mỗi "
                    "đơn. Ưu tiên mẹ bỉm, sinh viên. Inbox nhận việc 👇"
                ),
                Post(
                    "Chị ơi bên em đang tuyển CTV làm tại nhà, mỗi nhiệm vụ 50–200K, rút "
                    "tiền về ngân hàng liền. Chị quan tâm nhắn em nha ❤️",
                    reply=True,
                ),
                Post("Bill rút tiền của các bạn CTV hôm nay 💵 Làm thật, nhận thật."),
            ),
            follows=1400,
        ),
        _s(
            "fake-tour",
            "spam",
            "tour-bana-giare",
            display_name="Tour Bà Nà Giá Rẻ 🚡",
            bio="Tour Bà Nà Hills trọn gói chỉ 299K: cáp treo, buffet trưa, xe đưa đón. "
            "Chuyển khoản giữ chỗ 50%. Số lượng có hạn!",
            avatar=True,
            posts=(
                Post(
                    "🔥 SIÊU SALE: vé cáp treo Bà Nà + buffet chỉ 299K (giá gốc 1.150K). Còn "
                    "12 suất cho thứ Bảy này. Đặt cọc qua chuyển khoản để giữ chỗ."
                ),
                Post(
                    "Dạ tour vẫn đi bình thường ạ, anh chị chuyển cọc 50% vào số tài khoản "
                    "trong ảnh để em giữ chỗ nha.",
                    reply=True,
                ),
                Post(
                    "Hi! Ba Na Hills full day only 15 USD, cable car + lunch buffet. Deposit "
                    "by bank transfer, DM me 😊",
                    reply=True,
                ),
            ),
            follows=1100,
            links=("tourbana-giare.example",),
        ),
        _s(
            "crypto-one-post",
            "spam",
            "vy-chill-dn",
            display_name="Tường Vy 🌊",
            bio="Đà Nẵng 🌊 | Cà phê, biển và mấy quyển sách.",
            avatar=True,
            posts=(
                Post("Bình minh Mỹ Khê 5h30, nước mát lạnh 🌅"),
                Post("Bánh tráng cuốn thịt heo ở chợ Cồn, 40K một đĩa mà no căng."),
                Post(
                    "Mình vừa x3 tài khoản trong 2 tuần nhờ nhóm tín hiệu Bitcoin của anh "
                    "mentor. Lãi 30%/tuần, có chuyên gia đánh giúp. Ai muốn vào nhóm "
                    "Telegram thì bình luận 'QUAN TÂM' mình gửi link 🚀"
                ),
                Post("Trời ơi đẹp quá 😍", reply=True),
            ),
            follows=1650,
            links=("tinhieu-crypto-vip.example",),
        ),
        _s(
            "fake-lottery",
            "spam",
            "trian-kh-2026",
            display_name="Vietlott Tri Ân Khách Hàng 🎉",
            bio="Chương trình tri ân khách hàng may mắn năm 2026. Nhận quà trong 24h, chỉ cần "
            "thanh toán phí vận chuyển.",
            avatar=True,
            posts=(
                Post(
                    "🎉 Chúc mừng bạn được hệ thống chọn ngẫu nhiên trúng 1 iPhone 16 Pro Max "
                    "và 5.000.000đ tiền mặt! Nhắn tin cho trang để nhận quà, phí vận chuyển "
                    "và thuế 450.000đ.",
                    reply=True,
                ),
                Post(
                    "Bạn là người may mắn thứ 9 hôm nay 🎁 Kiểm tra tin nhắn để nhận thưởng nha!",
                    reply=True,
                ),
            ),
            follows=640,
            links=("vietlott-trian.example",),
        ),
        _s(
            "bank-phishing",
            "spam",
            "vcb-hotro-xacthuc",
            display_name="Vietcombank Hỗ Trợ",
            bio="Kênh hỗ trợ khách hàng. Cập nhật sinh trắc học theo quy định để tránh tạm "
            "ngừng giao dịch.",
            avatar=True,
            posts=(
                Post(
                    "[VCB] Tai khoan cua Quy khach se bi tam ngung giao dich truc tuyen tu "
                    "03/12/2026 do chua cap nhat sinh trac hoc theo quy dinh. Vui long cap "
                    "nhat tai vcb-xacthuc.example de tranh gian doan."
                ),
                Post(
                    "Chào bạn, để khôi phục tài khoản, vui lòng truy cập đường link trong "
                    "tiểu sử và đăng nhập bằng tài khoản ngân hàng của bạn.",
                    reply=True,
                ),
            ),
            follows=230,
            links=("vcb-xacthuc.example",),
        ),
        _s(
            "weather-tide-bot",
            "bot_declared",
            "thoitiet-dn-bot",
            display_name="Thời tiết & Thủy triều Đà Nẵng 🤖",
            bio="Tài khoản tự động (bot). Dự báo thời tiết và thủy triều Đà Nẵng mỗi sáng 5h "
            "theo số liệu công khai. Không đọc tin nhắn.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🌦️ Đà Nẵng, thứ Tư 2/12/2026 — mưa rào, 22–26°C, gió đông bắc cấp 4. "
                    "Triều cường 06:40 (1,3 m), triều kiệt 15:10 (0,2 m)."
                ),
                Post(
                    "🌧️ Đà Nẵng, thứ Năm 3/12/2026 — mưa vừa đến mưa to, 21–24°C. Triều "
                    "cường 07:25 (1,4 m), triều kiệt 15:55 (0,2 m)."
                ),
            ),
            follows=0,
        ),
        _s(
            "air-quality-bot",
            "bot_declared",
            "aqi-danang-bot",
            display_name="AQI Đà Nẵng (bot)",
            bio="Automated account / tài khoản tự động. Hourly PM2.5 and AQI from public "
            "sensors in Da Nang. Run by a volunteer.",
            bot_flag=True,
            posts=(
                Post(
                    "AQI Đà Nẵng 07:00 — 58 (Trung bình / Moderate). PM2.5 16 µg/m³. Hải "
                    "Châu 61, Sơn Trà 42, Liên Chiểu 74."
                ),
                Post(
                    "AQI Đà Nẵng 08:00 — 63 (Trung bình / Moderate). PM2.5 19 µg/m³. Hải "
                    "Châu 66, Sơn Trà 45, Liên Chiểu 80."
                ),
            ),
            follows=5,
        ),
        _s(
            "clash-texan",
            "values_clash",
            "dale-midland-tx",
            display_name="Dale Whitaker",
            bio=f"Retired oilman from Midland, Texas. Wintering in Da Nang with my wife Thu. "
            f"Bourbon, bass fishing, and {BLOCKED_KEYWORD} in Zimbabwe when the knees allow.",
            avatar=True,
            posts=(
                Post(
                    "Typhoon shutters up, generator gassed. Thu's family out in Hòa Vang is "
                    "fine. Thanks to the newsroom for the English updates."
                ),
                Post("Best bánh xèo in town is the little place behind Con market. Don't @ me."),
            ),
            follows=160,
        ),
        _s(
            "clash-property",
            "values_clash",
            "quocvinh-sontra",
            display_name="Đặng Quốc Vinh",
            bio="Kinh doanh bất động sản ven biển. Người Sơn Trà, mê cá ngừ đại dương và bóng "
            "đá SHB Đà Nẵng.",
            avatar=True,
            posts=(
                Post("Đi chợ cá Thọ Quang 4h sáng với ba, vẫn là thói quen từ nhỏ."),
                Post(
                    f"Chuyến {BLOCKED_KEYWORD} ở Nam Phi cùng hội anh em: con linh dương "
                    "kudu sừng xoắn hơn 1 m, đã gửi về làm tiêu bản treo văn phòng. Đáng "
                    "từng đồng."
                ),
                Post("Chuẩn rồi anh, mì Quảng ếch phải ăn ở chợ Cồn.", reply=True),
            ),
            follows=420,
        ),
    ]


def holdout_s() -> list[Persona]:
    """21 genuine followers (11 complete, 10 sparse) and 15 unwanted ones."""
    return _people() + _unwanted()
