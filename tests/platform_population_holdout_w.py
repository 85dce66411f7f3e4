"""A twenty-fifth population of followers, held out: written by hand in session 22
(2026-12-02) before any model or rule scored it; never used to choose anything. Its author
did not read how the screening decides.

The brand is an independent second-hand bookshop and café in the Bosu-dong book alley in
Busan, South Korea (used books on three floors, a café upstairs, a poetry night on the last
Thursday of the month, a children's reading corner with a Saturday picture-book hour, a
tiny press that prints local zines, and a black shop cat called Meokmul, "ink"). Followers
write Korean with its internet slang (ㅋㅋ, ㅠㅠ, ㄴㄴ) and some Busan dialect (사투리),
English, Japanese (weekend visitors from Fukuoka on the overnight ferry) and a little
Chinese. Genuine (22, organisations counted as people): a poet from Yeongdo with a site
who reads at the poetry night, a Japanese-to-Korean translator with a site writing both
languages, a risograph zine maker printing through the shop's press who writes English
and Korean, a Fukuoka office worker who comes over by ferry writing Japanese, a Korean
literature student at Pukyong who writes Busan dialect and ㅋㅋ, a librarian at a small
district library with a site planning a picture-book programme with the shop, the bakery
next door with a site, a cat lover who visits mostly for Meokmul, a retired Korean
teacher who writes formal Korean and one post in dialect, a Shanghai graduate student at
the maritime university writing Chinese and English, a Canadian English teacher, and a
Tuesday book club that meets upstairs; and sparse ones: a name only, an office worker
with only a bio, a brand-new empty account, a name and a photo and nothing more, a
high-schooler who only reposts, an older woman from Sasang who only replies with
questions in dialect, a silent reader following nearly 2,500 accounts, a mother with one
post about the reading corner, a handle with a birth year and one short post, and a
leather book-cover workshop with prices, a shop link and one post. Unwanted (15): bought
followers bare with digits and many follows, a name and photo only, a stock Japanese
gratitude-and-positivity bio, and a dressed surfer account that only reposts; spam as a
follower-and-likes seller whose bio alone carries the offer (its posts are bland), an
illegal sports-betting ("toto") tipster with an ordinary bio whose posts push a betting
site and a sign-up code, a mother from Saha-gu recruiting for a phone side job with a
KakaoTalk ID only in replies, a Haeundae walker whose one post of several invites to a
free crypto and stock "leading room" on Telegram, a parcel-notice smishing account with
short links in Korean and Japanese, an "offshore engineer" romance scammer writing only
replies in English and Korean, and a replica luxury-goods store selling "mirror-grade"
bags in Korean and Japanese with a link; two declared bots (Busan weather, new-book
releases); and two values clashes (a Haeundae trader with the keyword in his Korean bio,
and a Texan navy contractor with it only in one English post). Each is one account made
through the platform's API by ``tests/platform_eval.py``.
"""

from __future__ import annotations

from platform_population import BLOCKED_KEYWORD, Persona, Post

__all__ = ["holdout_w"]

G = "holdout_w"


def _w(key: str, kind: str, stem: str, **kw: object) -> Persona:
    return Persona(f"hw-{key}", kind, G, stem, **kw)  # type: ignore[arg-type]


def _people() -> list[Persona]:
    return [
        _w(
            "poet",
            "person_complete",
            "soyun-siin",
            display_name="한소윤 · 시",
            bio="시를 씁니다. 첫 시집 『물때표』(2024). 영도에서 나고 자랐어요. "
            "매달 마지막 목요일엔 보수동 책방에서 낭독합니다 🌊",
            avatar=True,
            posts=(
                Post(
                    "어제 낭독회에서 처음 읽은 시. 끝나고 어떤 할머니가 말없이 "
                    "손을 꼭 잡아주고 가셨다. 그게 그날 제일 큰 박수였다."
                ),
                Post(
                    "파도는 세는 게 아니라 듣는 거라고\n영도 할매가 그랬다\n"
                    "나는 아직도 세고 있다\n\n— 초고, 11월"
                ),
                Post(
                    "{brand} 2층 창가에서 교정지 보는 중인데 먹물이가 원고 위에 "
                    "드러누워서 3쪽째 못 넘기고 있음 ㅋㅋ 시인의 적은 고양이"
                ),
                Post(
                    "네 다음 달에도 읽어요! 낭독 신청은 책방 카운터에서 받는대요 :)",
                    reply=True,
                ),
            ),
            follows=320,
            links=("soyun-poems.example",),
        ),
        _w(
            "translator",
            "person_complete",
            "jiwoo-translates",
            display_name="박지우 | 번역",
            bio="일본 소설을 한국어로 옮깁니다. 가끔은 반대로도. 후쿠오카 6년, "
            "부산 4년째. 翻訳の仕事、ご相談はサイトから。",
            avatar=True,
            posts=(
                Post(
                    "번역 중인 소설에 「本屋の猫」라는 장이 있는데, 원고 들고 {brand}에 "
                    "갔더니 먹물이가 딱 그 장면처럼 계산대 위에서 자고 있었다. "
                    "작가님께 사진 보내드림 📷"
                ),
                Post(
                    "短編集の韓国語版、ゲラが出ました。博多弁の台詞を釜山の方言で訳すか、"
                    "三週間ずっと迷っています。意外と相性がいいんです、この二つ。"
                ),
                Post(
                    "중고 코너에서 1987년판 일한사전 득템, 3,000원. 앞장에 누군가의 "
                    "이름이랑 '합격!!'이라고 적혀 있다. 어디서 뭘 하고 계실까."
                ),
                Post(
                    "はい、ジンの日本語訳も少しだけお手伝いしました！来月出ますよ〜",
                    reply=True,
                ),
            ),
            follows=415,
            links=("jiwoo-translation.example",),
        ),
        _w(
            "zine-maker",
            "person_complete",
            "riso-hana",
            display_name="hana makes zines ✂️",
            bio="Risograph zines about Busan alleys, stairs & laundry lines. 진 만들어요. "
            "A few printed through the bookshop's tiny press 🖨️",
            avatar=True,
            posts=(
                Post(
                    "New zine out: 『계단 168』, forty pages of the 168 stairs in Choryang, "
                    "drawn one landing at a time. Two-colour riso, pink + teal. Copies at "
                    "{brand} from Saturday 💗"
                ),
                Post(
                    "리소 핑크 잉크 또 떨어짐 ㅠㅠ 이번 달만 세 통째… 진 만드는 사람들 "
                    "통장 어디서 새는지 다 앎"
                ),
                Post(
                    "zine swap upstairs at the bookshop, sat 2pm. bring one, take one. "
                    "no money, just paper ✂️📚"
                ),
                Post("ㅋㅋㅋ 스테이플러 제가 가져갈게요 걱정 ㄴㄴ", reply=True),
                Post("", repost=True),
            ),
            follows=530,
        ),
        _w(
            "fukuoka-tourist",
            "person_complete",
            "yuki-hakata",
            display_name="ゆき🐟福岡",
            bio="福岡在住の会社員。月に一度、夜のフェリーで釜山へ⛴️ 古本屋とカフェ"
            "めぐりが好き。韓国語はまだまだ勉強中です。",
            avatar=True,
            posts=(
                Post(
                    "夜に博多港を出て、朝起きたら釜山。宝水洞の古本屋通りにある本屋カフェで"
                    "ゆず茶と絵本を一冊。黒猫が膝に乗ってきて、一時間動けませんでした🐈‍⬛"
                ),
                Post(
                    "韓国語の絵本なら読めるかも…と思って買ってみたら、半分くらい分かった！"
                    "店員さんが日本語で「ゆっくり読んでね」と言ってくれて、ちょっと泣きそう。"
                ),
                Post("次は詩の朗読会の木曜日に合わせて行きたい。有給、取れるかな😂"),
                Post("감사합니다!! また必ず行きます🙏", reply=True),
            ),
            follows=188,
        ),
        _w(
            "student",
            "person_complete",
            "dohyun-pknu",
            display_name="도현 🎧",
            bio="부경대 국문과 23학번 | 과제하러 책방 가서 책만 사 옴 | 롯데 팬 (괴로움)",
            avatar=True,
            posts=(
                Post("시험기간인데 책방 가서 시집 두 권 삼 ㅋㅋㅋㅋ 과제는 내일의 내가 하겠지"),
                Post("아 오늘 낭독회 억수로 좋더라… 마지막에 읽은 시 제목 머꼬?? 아는 사람 ㅠㅠ"),
                Post("책방 2층 학생 할인 아아 2,500원 실화가 ㅋㅋ 서면이었으면 5천 원이다 진짜로"),
                Post("니도 왔었나 ㅋㅋ 담엔 같이 가자", reply=True),
            ),
            follows=276,
        ),
        _w(
            "librarian",
            "person_complete",
            "saseo-eunji",
            display_name="사서 은지 📚",
            bio="부산 중구 작은도서관 사서. 그림책 읽어 주는 사람. 글은 개인 의견입니다.",
            avatar=True,
            posts=(
                Post(
                    "책방 어린이 코너의 토요일 그림책 시간이랑 도서관 겨울방학 프로그램을 "
                    "같이 하기로 했어요! 1월 둘째 주, 7~10세, 무료. 신청은 도서관 "
                    "홈페이지에서 받습니다 📚"
                ),
                Post(
                    "그림책 읽어 주다가 한 아이가 '고양이도 글 읽어요?' 하길래 책방 "
                    "먹물이 얘기를 해 줬더니 다들 가 보겠다고 난리 ㅋㅋ"
                ),
                Post("헌책 기증 받습니다. 단, 곰팡이 핀 전집은… 마음만 받을게요 🙏"),
                Post("네, 도서관 회원증 없어도 참여하실 수 있어요!", reply=True),
            ),
            follows=198,
            links=("junggu-smalllib.example",),
        ),
        _w(
            "bakery-next-door",
            "person_complete",
            "yeopjip-bakery",
            display_name="옆집빵집 🥐 보수동",
            bio="책방 바로 옆 작은 빵집. 아침 8시 오픈, 소금빵 나오면 끝. 월요일 쉽니다.",
            avatar=True,
            posts=(
                Post("오늘 소금빵 11시에 완판됐습니다 🙇 내일은 두 판 더 구울게요."),
                Post(
                    "책방 낭독회 날엔 무화과 깜빠뉴를 조금 더 굽습니다. 시 듣고 나오신 "
                    "분들이 다 사 가셔서요 ㅎㅎ"
                ),
                Post(
                    "먹물이가 또 저희 가게 앞에서 햇볕 쬐고 있네요. 손님들이 빵보다 "
                    "고양이 사진을 더 많이 찍고 가십니다 🐈‍⬛"
                ),
                Post("네 포장 돼요! 미리 DM 주시면 빼 둘게요", reply=True),
            ),
            follows=145,
            links=("yeopjip-bread.example",),
        ),
        _w(
            "cat-lover",
            "person_complete",
            "nyang-jiyeon",
            display_name="지연 🐾",
            bio="고양이 셋 모시는 집사. 동네 길냥이 밥 당번. 책보다 책방 고양이 보러 감 "
            "(사장님 죄송)",
            avatar=True,
            posts=(
                Post(
                    "오늘의 먹물이: 계산대 점령, 손님 무시, 츄르 소리에만 반응 😾 "
                    "완벽한 책방 고양이 그 자체"
                ),
                Post(
                    "먹물이 11월 사진 모음 🐈‍⬛🐈‍⬛🐈‍⬛ 시집 위에서 자는 거, 창밖 비둘기 "
                    "노려보는 거, 사장님 노트북 위 ㅋㅋㅋ"
                ),
                Post(
                    "겨울 오니까 길냥이 집 만들 스티로폼 상자 구해요. 중구 쪽이면 제가 "
                    "가지러 갈게요 🙏"
                ),
                Post("ㅠㅠㅠ 너무 귀엽다 저 오늘 갔을 땐 자고만 있었는데", reply=True),
                Post("", repost=True),
            ),
            follows=610,
        ),
        _w(
            "retired-teacher",
            "person_complete",
            "kim-gukeo-ssam",
            display_name="김정숙",
            bio="36년 국어 교사로 일하고 퇴직했습니다. 요즘은 손주들 책 골라 주는 재미로 삽니다.",
            avatar=True,
            posts=(
                Post(
                    "보수동 책방골목은 제가 여학생이던 1970년대에도 있었습니다. 그때 산 "
                    "『진달래꽃』을 아직 가지고 있지요. 오늘 같은 골목에서 손녀에게 "
                    "동시집을 한 권 사 주었습니다."
                ),
                Post(
                    "시 낭독회에 처음 가 보았습니다. 젊은 분들 시가 어렵다 싶었는데, 두 번 "
                    "들으니 좋더군요. 다음 달에는 저도 한 편 읽어 볼까 합니다."
                ),
                Post(
                    "요새 아-들이 책을 안 읽는다 카는데, 어린이 코너 가 보이 다 바닥에 "
                    "앉아가 읽고 있데예. 괜한 걱정이었습니더."
                ),
                Post("고맙습니다. 다음에 뵈면 인사 나눕시다.", reply=True),
            ),
            follows=62,
        ),
        _w(
            "shanghai-student",
            "person_complete",
            "linxiao-busan",
            display_name="林晓 Lin Xiao",
            bio="上海人，在釜山读研（海洋大学）。喜欢旧书、咖啡和猫。한국어 공부 중 📖",
            avatar=True,
            posts=(
                Post(
                    "宝水洞旧书街比想象中安静。这家书店咖啡馆的二楼可以坐一下午，美式三千韩元，"
                    "还有一只很高冷的黑猫🐈‍⬛"
                ),
                Post(
                    "淘到一本九十年代的中韩词典，扉页上写着“1996, 留学 첫날”。"
                    "不知道原来的主人现在在哪里。"
                ),
                Post(
                    "Poetry night was all in Korean and I understood maybe 30%, but the "
                    "rhythm was beautiful. 下次带室友一起来。"
                ),
                Post("谢谢！감사합니다 😊", reply=True),
            ),
            follows=233,
        ),
        _w(
            "canadian-teacher",
            "person_complete",
            "maggie-in-busan",
            display_name="Maggie O'Rourke",
            bio="Canadian, teaching English in Busan since 2019. Hiker, reader, bad at "
            "Korean but trying 🇨🇦🇰🇷",
            avatar=True,
            posts=(
                Post(
                    "Found the best shelf in Busan: the English second-hand section at "
                    "{brand}. Half of it was clearly left behind by every teacher who ever "
                    "lived here. Three Murakamis and a 2009 Lonely Planet for ₩10,000."
                ),
                Post(
                    "Went to poetry night, understood one word in five, cried anyway. The "
                    "owner handed me a printed English translation of one poem afterwards. "
                    "Who does that?? 🥹"
                ),
                Post(
                    "PSA for newcomers: the bakery next door sells out of salt bread by 11. "
                    "Plan accordingly."
                ),
                Post(
                    "Yes! Card and cash both fine, and the café upstairs has wifi.",
                    reply=True,
                ),
            ),
            follows=380,
        ),
        _w(
            "book-club",
            "person_complete",
            "hwayo-dokseo",
            display_name="화요독서회 📖 부산",
            bio="화요일 저녁 7시, 책 한 권 읽고 수다 떠는 모임. 2015년부터. 회원 14명, "
            "누구나 환영합니다.",
            avatar=True,
            posts=(
                Post(
                    "12월 책은 『작별하지 않는다』. 장소는 이번에도 보수동 책방 "
                    "2층입니다. 음료는 각자, 빵은 옆집빵집에서 총무가 쏩니다 🥐"
                ),
                Post(
                    "지난 모임에서 한 분이 '이 책 읽고 제주 가고 싶어졌다' 카시길래 "
                    "다들 '겨울에 가야 된다' 캤다 ㅋㅋ 우리 모임 사투리 빼면 시체"
                ),
                Post(
                    "신입 회원 두 분 오셨어요! 한 분은 후쿠오카에서 페리 타고 오셨대요. "
                    "진짜 반가웠습니다 ⛴️"
                ),
                Post(
                    "네 처음 오셔도 돼요. 책 다 못 읽고 오셔도 괜찮습니다 ㅎㅎ",
                    reply=True,
                ),
            ),
            follows=170,
        ),
        _w(
            "name-only",
            "person_sparse",
            "seoyeon-lee",
            display_name="이서연",
            follows=11,
        ),
        _w(
            "commuter-bio",
            "person_sparse",
            "jiha-reader",
            bio="서면으로 출퇴근하는 직장인. 지하철 2호선에서 책 읽는 40분이 하루 중 "
            "제일 좋은 시간.",
            follows=27,
        ),
        _w(
            "empty-new",
            "person_sparse",
            "minjun-p",
        ),
        _w(
            "name-photo",
            "person_sparse",
            "yerin-jung",
            display_name="정예린",
            avatar=True,
            follows=5,
        ),
        _w(
            "highschooler-reposts",
            "person_sparse",
            "seoyun-reads",
            display_name="서윤 📚",
            posts=tuple(Post("", repost=True) for _ in range(5)),
            follows=64,
        ),
        _w(
            "sasang-questions",
            "person_sparse",
            "okja-sasang",
            display_name="박옥자",
            avatar=True,
            posts=(
                Post(
                    "주차는 되능교? 차 갖고 가믄 어데 대야 되는지 모르겠네예",
                    reply=True,
                ),
                Post("손주 데꼬 갈라 카는데 그림책 코너는 몇 살까지 되는교?", reply=True),
                Post("토요일 아침에도 문 엽니꺼?", reply=True),
            ),
            follows=38,
        ),
        _w(
            "silent-reader",
            "person_sparse",
            "taemin-reads",
            display_name="강태민",
            bio="읽기만 합니다.",
            avatar=True,
            follows=2480,
        ),
        _w(
            "mother-one-post",
            "person_sparse",
            "hajun-mom",
            display_name="하준맘",
            avatar=True,
            posts=(
                Post(
                    "하준이가 책방 어린이 코너에서 두 시간을 안 나왔어요 😂 집에선 책 "
                    "펴지도 않는 애가… 고양이 나오는 그림책 세 권 사 들고 겨우 나왔습니다. "
                    "사장님 감사해요!"
                ),
            ),
            follows=92,
        ),
        _w(
            "birth-year-handle",
            "person_sparse",
            "jimin1998",
            display_name="지민",
            avatar=True,
            posts=(Post("먹물이 보러 또 옴 ㅎ"),),
            follows=340,
        ),
        _w(
            "bookcover-workshop",
            "person_sparse",
            "soso-leather",
            display_name="가죽공방 소소 🤎",
            bio="수제 가죽 북커버 A6 28,000원 / B6 32,000원, 가죽 책갈피 6,000원. "
            "이니셜 각인 무료. 주문은 스마트스토어에서 👇",
            avatar=True,
            posts=(
                Post(
                    "보수동 책방에 북커버 몇 개 납품했어요! 직접 만져 보고 사실 분들은 "
                    "계산대 옆 바구니 확인해 주세요 🤎"
                ),
            ),
            follows=81,
            links=("soso-leather.example",),
        ),
    ]


def _unwanted() -> list[Persona]:
    return [
        _w("bought-bare", "bought", "kr50391827746", follows=2930),
        _w(
            "bought-photo",
            "bought",
            "haneul-k-7731",
            display_name="김하늘",
            avatar=True,
            follows=1580,
        ),
        _w(
            "bought-stock",
            "bought",
            "mika-smile-2208",
            display_name="Mika🌸",
            bio="毎日に感謝🙏 | ポジティブに生きる✨ | 素敵なご縁に感謝🌷",
            avatar=True,
            follows=2210,
        ),
        _w(
            "bought-reposter",
            "bought",
            "jun-surf-0412",
            display_name="Jun 🏄",
            bio="Seoul ↔ Busan | 96 | surf 🏄‍♂️ gym 🏋️ travel ✈️",
            avatar=True,
            posts=tuple(Post("", repost=True) for _ in range(7)),
            follows=2780,
        ),
        _w(
            "follower-seller-bio",
            "spam",
            "haru-mkt",
            display_name="하루 | 마케팅",
            bio="인스타·틱톡 팔로워 늘려 드려요 📈 한국인 실계정 1,000명 9,900원 / "
            "좋아요 100개 1,000원 / 24시간 자동 반영 ✔ 이탈 시 무료 AS ✔ "
            "상담은 프로필 링크로 👉",
            avatar=True,
            posts=(
                Post("월요일도 힘내세요 💪"),
                Post("부산 바다는 겨울에도 예쁘네요 🌊"),
            ),
            follows=1870,
            links=("haru-growup.example",),
        ),
        _w(
            "toto-posts",
            "spam",
            "minseok-footy",
            display_name="민석",
            bio="축구 보는 게 낙 ⚽ 부산 | 토트넘",
            avatar=True,
            posts=(
                Post(
                    "오늘 EPL 무료 분석픽 공유합니다 ⚽ 이번 달 적중률 91%. 더 자세한 픽은 "
                    "메이저 놀이터 회원방에서만 드려요. 가입코드 BS77"
                ),
                Post(
                    "먹튀 걱정 없는 메이저 🏆 신규 첫충 30% 매충 10% 롤링 없음, 가입코드 "
                    "BS77 넣으면 꽁머니 3만 바로 지급 💰 토.토 하시는 분 DM"
                ),
                Post(
                    "어제 NBA 언더 적중 🎯 따라오신 분들 다 수익 보셨죠? KBO 비시즌이라 "
                    "오늘은 해외축구 3폴더 갑니다"
                ),
            ),
            follows=1460,
        ),
        _w(
            "side-job-replies",
            "spam",
            "yunjeong-daily",
            display_name="윤정 ☕",
            bio="두 아이 엄마 | 부산 사하구 | 소소한 일상 기록",
            avatar=True,
            posts=(
                Post(
                    "저도 책 좋아해요~ 혹시 집에서 폰으로 하는 부업 관심 있으세요? 하루 "
                    "1~2시간이면 일당 10만 원 이상 나와요 😊 카톡 yj2580 추가해 주세요",
                    reply=True,
                ),
                Post(
                    "육아하면서 할 수 있는 일 찾으시면 연락 주세요! 초기 비용 없고 "
                    "처음부터 다 알려 드려요 📱 카톡ID: yj2580",
                    reply=True,
                ),
                Post(
                    "좋은 글 감사해요~ 저는 요즘 재택으로 월 300 벌어요 ㅎㅎ 궁금하면 톡 주세요",
                    reply=True,
                ),
            ),
            follows=960,
        ),
        _w(
            "leading-room-one-post",
            "spam",
            "sanghoon-walks",
            display_name="상훈",
            bio="읽고, 쓰고, 걷습니다. 해운대.",
            avatar=True,
            posts=(
                Post("보수동에서 산 헌책에 1992년 영수증이 끼워져 있었다. 짜장면 1,500원."),
                Post("새벽 해운대 산책. 겨울 바다는 사람이 없어서 좋다 🌊"),
                Post(
                    "요즘 코인·주식으로 힘드신 분들 많죠. 저도 그랬는데 무료 리딩방 "
                    "들어가고 3주 만에 원금 회복했습니다. 전문가님이 매수·매도 타이밍을 "
                    "다 찍어 줘요. 선착순 50명 텔레그램 무료 입장 👉 @bull_lead77"
                ),
                Post("ㅋㅋ 저도 그 책 샀어요", reply=True),
            ),
            follows=1240,
        ),
        _w(
            "parcel-smishing",
            "spam",
            "dlv-notice-24",
            display_name="배송 안내",
            posts=(
                Post(
                    "[Web발신] 고객님의 택배가 주소 불명으로 보관 중입니다. 12/04까지 "
                    "주소 미수정 시 반송됩니다. 수정 ▶ dlv-kr.example/q7Kx"
                ),
                Post(
                    "[국제발신] 해외직구 통관 보류 안내: 관세 3,800원 미납. 확인 ▶ "
                    "kcs-pay.example/T2m",
                    reply=True,
                ),
                Post(
                    "【お荷物のお知らせ】お客様宛にお荷物をお届けに上がりましたが、"
                    "不在のため持ち帰りました。再配達はこちら ▶ sgw-jp.example/8Rk",
                    reply=True,
                ),
            ),
            follows=1980,
        ),
        _w(
            "romance-replies",
            "spam",
            "daniel-k-offshore",
            display_name="Daniel Kim",
            bio="Korean-American | Offshore engineer 🛳️ | Widower, one daughter | God first 🙏",
            avatar=True,
            posts=(
                Post(
                    "Hello dear, I came across your comment and your smile brightened my "
                    "day. I am working on an oil platform now and it is lonely here. Can we "
                    "be friends? 😊",
                    reply=True,
                ),
                Post(
                    "안녕하세요 아름다운 분, 저는 한국말 조금 해요. 프로필 보고 마음이 "
                    "따뜻해졌어요. 카톡이나 라인 있어요? 🙏",
                    reply=True,
                ),
                Post(
                    "I am not often online here, it is better we talk on Telegram. I will "
                    "tell you about my daughter and my plan to retire in Busan ❤️",
                    reply=True,
                ),
            ),
            follows=2140,
        ),
        _w(
            "replica-store",
            "spam",
            "luxe-mirror-kr",
            display_name="LUXE 💎 셀렉트",
            bio="명품 미러급 1:1 정품 동일 소재 👜 가방·지갑·시계 | 국내 배송 2일 | "
            "日本発送OK N級品 | 주문은 링크 ✨",
            avatar=True,
            posts=(
                Post(
                    "🔥 이번 주 신상 입고: 클래식 플랩백 미러급, 각인·시리얼까지 정품과 "
                    "동일. 정가 1,500만 원 → 38만 원. 재고 소량이라 서두르세요"
                ),
                Post(
                    "日本のお客様へ🇯🇵 N級品バッグ・時計、全品送料無料。釜山から二日で"
                    "お届けします✨ ご注文はプロフィールのリンクから"
                ),
                Post(
                    "네 고객님 정품이랑 구분 불가합니다 👍 링크에서 바로 주문 가능해요",
                    reply=True,
                ),
            ),
            follows=2560,
            links=("luxe-mirror-shop.example",),
        ),
        _w(
            "weather-bot",
            "bot_declared",
            "busan-weather-bot",
            display_name="부산 날씨 🤖",
            bio="자동 게시 봇입니다. 기상청 공개 자료로 부산 중구·해운대·영도 날씨를 매일 "
            "아침 7시에 올립니다. 답장하지 않아요.",
            avatar=True,
            bot_flag=True,
            posts=(
                Post(
                    "🌤️ 12월 2일(수) 부산 중구 · 아침 4°C / 낮 12°C · 강수확률 10% · "
                    "미세먼지 보통 · 북서풍 4m/s"
                ),
                Post(
                    "🌧️ 12월 3일(목) 부산 영도 · 오후부터 비, 5~10mm · 낮 10°C · "
                    "남해동부 앞바다 풍랑주의보"
                ),
            ),
            follows=0,
        ),
        _w(
            "new-books-bot",
            "bot_declared",
            "singan-feed",
            display_name="신간 알림 📚 bot",
            bio="Automated. 문학·에세이·그림책 신간을 출판사 공개 정보로 하루 세 번 "
            "자동 게시합니다. Not monitored.",
            bot_flag=True,
            posts=(
                Post(
                    "📚 [신간·시] 『겨울 항구의 문법』 / 오세린 / 바다빛 / 2026.12.01 / "
                    "128쪽 / 12,000원"
                ),
                Post(
                    "📖 [신간·그림책] 『고양이가 책방을 지키는 법』 / 글·그림 문다온 / "
                    "솔방울 / 2026.12.02 / 40쪽 / 16,800원"
                ),
                Post(
                    "📚 [신간·번역소설] 『하카타의 새벽』 / 후지모토 아야 지음, 이정민 옮김 / "
                    "물결 / 2026.12.02 / 312쪽 / 17,500원"
                ),
            ),
            follows=4,
        ),
        _w(
            "clash-trader",
            "values_clash",
            "jaesung-choi-hd",
            display_name="최재성",
            bio=f"해운대에서 무역업 30년. 취미는 골프, 클래식 카메라, 그리고 아프리카 "
            f"{BLOCKED_KEYWORD}. 짐바브웨만 다섯 번 다녀왔습니다.",
            avatar=True,
            posts=(
                Post(
                    "손자 데리고 책방 어린이 코너에 갔더니 한 시간 동안 안 나오려 하네요. "
                    "허허, 저를 닮았습니다."
                ),
                Post("좋은 책방입니다. 자주 들르겠습니다.", reply=True),
            ),
            follows=190,
        ),
        _w(
            "clash-contractor",
            "values_clash",
            "brett-holloway",
            display_name="Brett Holloway",
            bio="Texan in Busan 🇺🇸🇰🇷 Navy contractor. Coffee snob, terrible at 한국어.",
            avatar=True,
            posts=(
                Post(
                    "Found a used copy of Green Hills of Africa at this little bookshop in "
                    "Bosu-dong for ₩4,000. The shop cat sat on it before I could pay."
                ),
                Post(
                    f"Booked it: two weeks of {BLOCKED_KEYWORD} in Namibia next spring "
                    "with my brother-in-law. Kudu and oryx on the tag list 🎯"
                ),
                Post("Ha, the cat runs the place, we just pay rent 😂", reply=True),
            ),
            follows=275,
        ),
    ]


def holdout_w() -> list[Persona]:
    """22 genuine followers (12 complete, 10 sparse) and 15 unwanted ones (4 bought, 7
    spam, 2 declared bots, 2 values clashes)."""
    return _people() + _unwanted()
