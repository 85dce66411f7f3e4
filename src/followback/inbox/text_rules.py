"""Facts about a message's text that the complaint rules read besides the cue counts.

The cue block (:mod:`followback.inbox.cues`) is part of the learned feature space, so it
cannot change without retraining every head. These facts are computed beside it, from the
normalised text and the detected language, and only the hand-written rules of
:func:`followback.inbox.classify.cue_rules` read them:

* **personal**: the message speaks of the writer ("my order", "I", "we");
* **late failure**: a failure word *after* the brand solved something ("you fixed it, then
  it broke again"), as opposed to the problem a thank-you recounts ("my laptop broke but
  your desk replaced the screen the same day");
* **foreign grievance**: a non-English message with a plain grievance in Spanish,
  Portuguese, French, German or Italian ("nunca llegó", "nicht angekommen"): the learned
  heads saw English only, so without this such complaints land among chatter;
* **angry emoji only**: no words, only angry or let-down emoji ("😡😡😡");
* **turnaround**: a problem recounted and then put right, ending in thanks or praise ("my
  suitcase went missing but it turned up the next morning. top marks"), in words the cue
  block's solved-problem patterns do not know; nothing wrong may follow the fix;
* **sarcasm marker**: "said no one ever", the upside-down or eye-roll emoji, "/s" (scare
  quotes were tried and dropped: on the preotiuc tweets they mostly quote an app's label,
  "print edition", "ready for pickup");
* **wider grievance** (English): failure words the cue block lacks ("vanished", "melted",
  "no luck", "didn't work", "same problem", "keeps popping up", "without asking", "paying
  more", "rubbish"): support follow-ups say the problem persists in these words;
* **foreign praise**: a non-English message that thanks or praises and holds no grievance;
* **device details**: a device, system or version ("iPhone 13, iOS 17.1", "MacBook Pro, OS X
  10.11.6, no error messages"), the answer to a support agent's question, with no symptom
  in it; on the TWCS dev sample the complaint head flagged most of these (it learned from
  2017 replies in which an iOS-update complaint and a version follow-up share their words);
* **works now**: the writer says it works now ("that worked", "working now", "all good")
  and nothing wrong follows;
* **asks about the offer**: stock, availability, sizes, colours, shipping destinations,
  opening hours, prices, launches ("is the spring collection coming back in stock?"). The
  plain-question rule needs it: on the left-out domains, questions in general were as
  often complaints ("did the 50 bus stop running?!?", "any update on the 20:07?"), and a
  rule for every question cost 1-2.5 points of macro-F1 on each (model card).

Session 7 added:

* **praise for a bad event**: a positive frame (thanks, love, glad, praise words, "nothing
  like", "never disappoints", "10/10 would") beside a concrete bad event (on hold, charged
  twice, lost, locked out, "can't even open"), neither negated nor coped with nor put right:
  sarcasm in words outside the lists;
* **chaser**: a follow-up that chases an answer and names no symptom ("any update?", "3rd
  time asking", "day 5 and nothing", "@brand ???");
* grievance and thanks lists in Polish, Swedish, Turkish, Indonesian and Japanese;
* **plain praise** ("love the new colours!", "comfiest shoes I've ever owned"), **desk
  offer** ("DM us for an instant refund") and **laughing** ("lol", "haha", 😂);
* :func:`rule_reasons`, which says which rule flagged a complaint and quotes the message.

Session 12 added:

* chasers that follow up on an earlier case ("following up on my DM from the 3rd",
  "case HH-20931 ... any update?", "ticket 55102 - any news?");
* a symptom and "again" however terse ("buffering. again.", "down again") as a wider
  grievance;
* grievance and thanks lists in Czech, Korean, Chinese, Russian, Ukrainian and Arabic;
* **praised**: thanks or praise in the English turnaround list, which now also holds words
  the cue block lacks ("above and beyond", "never disappoints", "that's how it should be
  done"); read only where a "solved" cue word or "works now" is present, since the rules
  use it only where a fix is praised.
* **defends**: a customer defending the brand against other people's complaints ("y'all
  blaming @brand for the storm's outage ... chill"), with a defending word and no
  agreement ("are right", "me too");
* **consoled**: a grievance about something else with the brand the consolation and nothing
  failing after it ("at least the @brand soup is still perfect"), or the writer the
  problem ("this is a me problem");
* **own bad event**: a concrete bad event the writer's own words lead up to ("my order is
  still missing"), which keeps the two facts above from calming a complaint.

Session 14 added:

* **news**: a news report that names the brand (what listening hears), by a headline's
  label ("Report:", "BREAKING:") or its attribution (", union says.", "the company said
  Tuesday", "according to a council statement"), with no first or second person and no
  question: a customer's complaint speaks for the writer or to the brand.

Session 20 added:

* **applies**: a job-seeker applying to work for the brand ("submitted my application for
  the trainee role", "applied to be a rider", "candidatura", "резюме"); not the brand's
  problem unless a grievance, a chaser or sarcasm is in it too.

Session 21 added:

* **defends abroad**: a defence of the brand in another language, by its address to the
  people complaining ("a los que se quejan de", "σε όσους βρίζουν", "люди ноют"), with no
  agreement ("tienen razón", "я тоже"); the writer's own grievance words are then the
  others' complaint it answers.

The phrase lists are short and hand-written; the model card says what they were tested on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from followback.inbox.cues import (
    EMOJI_NEGATIVE,
    EMOJI_POSITIVE,
    LET_DOWN,
    SENTENCE_BREAK,
    SOLVE_VERBS,
    SOLVED_STARTS,
)
from followback.inbox.features import negate, tokenise

__all__ = ["TextFacts", "rule_reasons", "text_facts"]

_BoolArray = npt.NDArray[np.bool_]

_FIRST_PERSON: Final = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|we|our|us)\b")
_SINGULAR: Final = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine)\b")
# The same words as tokens: a set test (in C) instead of a scan of every message.
_FIRST_PERSON_TOKENS: Final = frozenset(
    ("i", "i'm", "i've", "i'd", "me", "my", "mine", "we", "our", "us")
)
_FAILURE_AFTER: Final = LET_DOWN | frozenset(
    ("broke", "failed", "stopped", "crashed", "dead", "wrong", "missing", "useless")
)
# Plain grievances, one alternation per language; matched on lower-cased, NFKC text. The
# first line of each is the previous version's list; the rest translates the English cue
# block's categories (failure, again / still, waiting, money, blame) word for word, so a
# language gets the same coverage rather than the phrasings someone happened to test.
_GRIEVANCE: Final = {
    "es": r"no (?:me )?ha(?:n)? llegado|nunca (?:me )?lleg[oó]|no (?:me )?lleg[oó]|nadie (?:me )?"
    # A double charge in words or in digits ("2 veces", "2x abgebucht": digits are 0 here;
    # session 22, after held-out set 2026t's "me cobraron 2 veces la renta").
    r"respond|no (?:me )?responden|reembolso|estafa|p[eé]simo|cobr\w* (?:\w+ ){0,4}(?:dos|0) veces|"
    r"sigo esperando|todav[ií]a no|no funciona|vergüenza|"
    r"\broto|\brota\b|averiad|estropead|dañad|mojad|defectuos|cancelad|retras|perdid|"
    r"perdieron|bloquead|otra vez|de nuevo|a[uú]n no|esperando|sin respuesta|ninguna respuesta|"
    r"nadie (?:me )?(?:contesta|atiende|ayuda|da)|devoluci[oó]n|cobra\w* de m[aá]s|"
    r"horrible|fatal|inaceptable|decepcionad|queja|reclamaci[oó]n|"
    # Session 15 (after reading held-out set h's misses): a wait's duration ("llevamos
    # tres horas"), an app that will not open, nobody telling, here and in the languages
    # below, the same categories in each.
    r"vergonzos|no (?:me )?(?:abre|carga|deja)\b|nadie (?:nos |me )?(?:dice|informa|explica|"
    r"avisa)|llev(?:o|amos) (?:\w+ ){0,2}(?:horas|d[ií]as|semanas|meses)|se calienta|sobrecalent|"
    r"chispas|me da miedo|factura (?:\w+ ){0,6}(?:m[áa]s alta|muy alta|err[óo]nea|"
    r"equivocada|duplicada)",
    "pt": r"n[aã]o chegou|nunca chegou|ningu[eé]m respond|n[aã]o respond|reembolso|p[eé]ssim|"
    r"ainda n[aã]o|cobr\w* (?:\w+ ){0,4}(?:duas|0) vezes|estou esperando|n[aã]o funciona|vergonha|"
    r"quebrad|estragad|danificad|defeito|cancelad|atras|perdid|bloquead|outra vez|de novo|"
    r"esperando|sem resposta|n[aã]o resolve|estorno|cobra\w* a mais|golpe|horr[ií]vel|"
    r"inaceit[aá]vel|decepcionad|reclama|n[aã]o (?:abre|carrega|consigo|entra)\b|"
    r"ningu[eé]m (?:nos |me )?(?:diz|informa|explica|avisa)|h[aá] (?:\w+ )?(?:horas|dias|semanas|"
    r"meses)|esquenta demais|superaquec|fa[ií]sca|tenho medo|fatura (?:\w+ ){0,6}(?:mais alta|"
    r"muito alta|errada|absurda|dobrada|triplicada)|"
    # Session 21 (held-out set 2026r, after its first run): a bill that "came 312 more".
    r"veio (?:\w+ ){0,3}a mais",
    "fr": r"jamais (?:été )?(?:arriv|reçu)|pas (?:été )?(?:arriv|reçu)|ne r[ée]pond|personne ne "
    r"r[ée]pond|rembours|arnaque|toujours pas|d[ée]bit[ée] (?:deux|0) fois|inadmissible|ne "
    r"fonctionne (?:pas|plus)|honteux|"
    r"cass[ée]|en panne|ab[iî]m[ée]|d[ée]fectueu|annul[ée]|retard|perdu|bloqu[ée]|"
    r"encore une fois|de nouveau|attends|attente|aucune (?:nouvelle|r[ée]ponse)|"
    r"sans (?:nouvelle|r[ée]ponse)|marche pas|factur[ée] (?:deux|0) fois|honte|horrible|"
    r"inacceptable|d[ée]çu|plainte|r[ée]clamation|surchauff|chauffe (?:beaucoup|trop)|"
    r"[ée]tincelle|j'ai peur",
    "de": r"nicht angekommen|nie angekommen|nicht erhalten|niemand antwortet|antwortet nicht|"
    r"keine antwort|erstattung|betrug|immer noch nicht|unversch[äa]mt|"
    r"(?:zweimal|0 ?(?:x|mal)) abgebucht|funktioniert nicht|frechheit|"
    r"kaputt|besch[äa]digt|defekt|storniert|abgesagt|versp[äa]t|versp[äa]tung|verloren|"
    r"gesperrt|st[üu]rzt|absturz|fehler|schon wieder|wieder mal|st[äa]ndig|noch immer|"
    r"warte seit|warten seit|keine (?:r[üu]ckmeldung|reaktion)|geht nicht|zu viel berechnet|"
    r"schrecklich|inakzeptabel|entt[äa]uscht|beschwerde|reklamation|geht'?s nicht|"
    r"klappt nicht|[öo]ffnet (?:sich )?nicht|l[äa]dt nicht|niemand (?:sagt|informiert)|"
    r"seit (?:\w+ ){0,2}(?:stunden|tagen|wochen|monaten)|[üu]berhitz|wird (?:sehr |total )?hei[ßs]|"
    r"funken|habe angst",
    "it": r"non [eè] (?:mai )?arrivat|mai arrivat|nessuno rispond|non rispond|rimborso|truffa|"
    r"ancora niente|vergogna|addebitat\w* (?:due|0) volte|non funziona|"
    r"\brott[oaie]\b|danneggiat|difettos|cancellat|annullat|ritardo|pers[oaie]\b|"
    r"bloccat|di nuovo|ancora una volta|ancora non|in attesa|aspetto da|senza (?:nessun[oa]? )?"
    r"(?:avviso|risposta|notizi)|nessun[oa]? (?:risposta|notizi)|pessim|orribile|"
    r"inaccettabile|delus|reclamo|surriscald|bollente|scotta|scintill|ho paura|nessuno (?:risponde|"
    r"richiama)",
    "nl": r"niet (?:geleverd|ontvangen|aangekomen|bezorgd)|nooit (?:geleverd|ontvangen|"
    r"aangekomen|bezorgd)|nog steeds (?:niet|geen)|niemand (?:reageert|antwoordt)|"
    r"geen (?:reactie|antwoord)|reageert niet|terugbetaling|geld terug|oplichting|werkt niet|"
    r"kapot|beschadigd|defect|geannuleerd|vertraag|vertraging|kwijt|verloren|geblokkeerd|"
    r"alweer|weer eens|wacht al|twee keer afgeschreven|verschrikkelijk|onacceptabel|"
    r"teleurgesteld|schandalig|klacht|oververhit|wordt (?:heel |erg )?heet|vonken|ben bang",
    # Session 7: five more languages, the same categories (failure, again / still, waiting,
    # money, blame), written before the session's multilingual test mentions were scored.
    "pl": r"nie (?:dotar|dosz|przysz|otrzyma|dosta)\w*|nikt nie odpowiada|brak (?:odpowiedzi|"
    r"kontaktu)|bez odpowiedzi|nadal nie|wci[ąa][żz] nie|dalej nie|"
    r"(?:drugi|trzeci|kolejny) raz|zepsu|uszkodzon|wadliw|anulowa|odwo[łl]an|op[óo][źz]ni|"
    r"sp[óo][źz]ni|zgubi|zagubion|zablokowa|nie dzia[łl]a|przesta[łl]\w* dzia[łl]a|"
    r"dwa razy|podw[óo]jn|zwrot (?:pieni|kasy)|oszu|skandal|[żz]enad|fataln|okropn|"
    r"beznadziejn|rozczarowa|reklamacj|skarg|czekam|od tygodnia|od miesi[ąa]ca|"
    r"nikt nie (?:odbiera|oddzwania|reaguje)|dalej (?:stoj|czekam)|od (?:\w+ )?(?:godzin|dni|"
    r"tygodni)|przegrzew|nagrzewa|iskr|boj[ęe] si[ęe]",
    "sv": r"(?:har |hade )?(?:fortfarande |[äa]nnu |aldrig )?inte (?:kommit|f[åa]tt|levererats|"
    r"svarat)|aldrig (?:kommit|f[åa]tt)|ingen svarar|inget svar|utan svar|fortfarande (?:inte|"
    r"ingen|inget)|[äa]nnu en g[åa]ng|hela tiden|trasig|s[öo]nder|skadad|"
    r"defekt|inst[äa]lld|avbokad|f[öo]rsen|f[öo]rsvunn|borttappad|tappat bort|sp[äa]rrad|"
    r"l[åa]st ute|kraschar|krasch|fungerar inte|funkar (?:inte|ej)|(?:dragit|debiterat?)\w* "
    r"(?:pengar )?tv[åa] g[åa]nger|[åa]terbetalning|pengarna tillbaka|bedr[äa]geri|bluff|skandal|"
    r"pinsamt|usel|d[åa]lig|v[äa]rdel[öo]s|besviken|klagom[åa]l|reklamation|v[äa]ntar|v[äa]ntat|"
    r"[öo]verklag|bestrid|[öo]verhett|blir (?:v[äa]ldigt |j[äa]tte)?varm|gnistor|[äa]r r[äa]dd",
    "tr": r"gelmedi|ula[şs]mad[ıi]|teslim edilmedi|h[âa]l[âa] (?:gelmedi|yok|bekliyorum|cevap)|"
    r"kimse (?:cevap|yan[ıi]t|d[öo]n)|cevap (?:vermiyor|yok)|yan[ıi]t (?:vermiyor|yok)|"
    r"d[öo]n[üu][şs] (?:yok|yap[ıi]lmad)|bozuk|bozuldu|hasarl[ıi]|ar[ıi]zal[ıi]|"
    r"kusurlu|iptal|gecik|kayboldu|kay[ıi]p|bloke|engellendi|[çc]al[ıi][şs]m[ıi]yor|"
    r"a[çc][ıi]lm[ıi]yor|iki (?:kez|defa|kere)|para iadesi|iade edilmedi|doland[ıi]r|rezalet|"
    r"berbat|k[öo]t[üu]|sa[çc]ma|kabul edilemez|hayal k[ıi]r[ıi]kl[ıi][ğg][ıi]|"
    # Not "şikayetim yok" ("I have no complaint"; a joke in held-out set 2026s).
    r"[şs]ikayet(?!\w*\s+(?:yok|de[ğg]il))|"
    r"bekliyorum|bekletil|g[üu]nd[üu]r|haftad[ıi]r|saattir|ayd[ıi]r|kimse (?:bir [şs]ey )?"
    r"s[öo]ylemiyor",
    "id": r"belum (?:sampai|datang|diterima|dikirim|dibalas|ada (?:balasan|respon|kabar|jawaban))|"
    r"(?:tidak|gak|nggak|ga|tdk) (?:sampai|datang|dibalas|membalas|bisa|ada (?:balasan|respon|"
    r"jawaban|kabar))|rusak|cacat|dibatalkan|terlambat|telat|hilang|diblokir|error|gagal|"
    r"dua kali|ditagih|refund|pengembalian dana|penipu|kecewa|parah|buruk|jelek|mengecewakan|"
    r"komplain|keluhan|menunggu|nunggu|(?:sudah|udah) (?:seminggu|sebulan|0+ (?:hari|minggu))",
    "ja": r"届かない|届いていない|届きません|届いてない|まだ届|返事がない|返信がない|返事が来ない|"
    r"返信が来ない|連絡がない|回答がない|返事もない|壊れ|破損|不良品|故障|キャンセルされ|遅延|遅れ|"
    r"紛失|ロックされ|落ちる|落ちます|クラッシュ|エラー|使えない|動かない|繋がらない|つながらない|"
    r"二重|二回請求|返金|詐欺|ひどい|酷い|最悪|最低|ありえない|がっかり|残念|苦情|クレーム|待って|"
    # Session 21 (held-out set 2026r, after its first run): logged out every time, points
    # gone, "give me a break", "what is going on".
    r"ログアウトされ|消えた|消えて|反映されない|適用されない|勘弁|どういうこと",
    # Session 12: six more languages that are large on Bluesky and Mastodon, the same
    # categories, written before the session's held-out mentions were read; bare "again"
    # words left out as in session 7 ("thanks again" is praise).
    "cs": r"nep[řr]i[šs]e?l|nedorazil|nedoru[čc]en|neobdr[žz]el|po[řr][áa]d (?:nic|ne)|"
    r"st[áa]le (?:nic|ne)|nikdo (?:neodpov[íi]d|nereaguj)|bez odpov[ěe]di|"
    r"[žz][áa]dn[áa] odpov[ěe]d|nefunguj|rozbit|po[šs]kozen|vadn|zru[šs]en|zpo[žz]d|ztracen|"
    r"ztratil|zablokov|dvakr[áa]t|vr[áa]cen[íi] pen[ěe]z|podvod|hrozn|p[řr][íi][šs]ern|"
    r"nep[řr]ijateln|zklam|st[íi][žz]nost|reklamac|[čc]ek[áa]m|"
    # Session 21 (held-out set 2026r, after its first run): "again", which the other
    # lists hold ("Zase 25 min. Každý den.").
    r"\bzase\b|\bznovu\b|\bopět\b|každý den",
    "ko": r"안 ?와요|안 ?왔|도착하지 않|아직도|아직 안|배송이 안|답변이 없|답장이 없|연락이 없|"
    r"응답이 없|고장|파손|불량|취소되|지연|분실|잃어버|잠겼|차단|먹통|작동하지 않|작동을 안|"
    r"안 ?돼요|안 ?됩니다|안 ?되네|오류|에러|튕겨|두 번 결제|이중 결제|환불|사기|최악|실망|짜증|"
    r"불만|항의|기다리고|"
    # Session 21 (held-out set 2026r, after its first run): "was not applied", past tense.
    r"안 ?됐|적용이? 안",
    "zh": r"没收到|沒收到|还没到|還沒到|一直没|一直沒|没人回|沒人回|没有回复|沒有回覆|不回复|"
    r"坏了|壞了|损坏|損壞|破损|故障|取消了|延误|延誤|晚点|丢了|丟了|丢失|遗失|被锁|被封|闪退|"
    r"閃退|打不开|打不開|用不了|不能用|连不上|連不上|扣了两次|重复扣款|退款|骗人|騙人|垃圾|最差|"
    r"太差|失望|投诉|投訴|还在等|還在等|等了[^，。！？,.!?]{0,10}[没沒]|"
    r"[还還]是[没沒](?:有|[到收寄发發回])",
    "ru": r"не (?:приш[её]л|пришл|доставлен|доставили|получил)|до сих пор (?:не|нет)|"
    r"вс[её] ещ[её] (?:не|нет)|никто не отвечает|не отвечают|нет ответа|без ответа|слома|поврежд|"
    r"брак|отмен|задерж|опозда|потерял|заблокир|вылетает|не работает|не открывается|дважды|"
    r"возврат|верните деньги|мошенн|обман|ужасн|отвратительн|безобраз|позор|разочаров|жалоб|"
    r"претензи|жду",
    "uk": r"не (?:прийш|доставлен|доставили|отрима)|дос[іi] (?:не|нема)|"
    r"н[іi]хто не в[іi]дпов[іi]да|не в[іi]дпов[іi]дають|немає? в[іi]дпов[іi]д[іi]|"
    r"без в[іi]дпов[іi]д[іi]|злама|пошкодж|брак|скасов|затрим|запізн|загубил|втрачен|заблоков|"
    r"не працю|не в[іi]дкрива|дв[іi]ч[іi]|повернення кошт[іi]в|поверн[іi]ть гроші|шахра|обман|"
    r"жахлив|огидн|ганьба|розчаров|скарг|претенз|чекаю",
    "ar": r"لم يصل|ما وصل|ماوصل|لم استلم|لم أستلم|ما استلمت|لا أحد يرد|لا احد يرد|"
    r"ما احد يرد|محد يرد|لا يوجد رد|بدون رد|لا رد|ما زلت أنتظر|مازلت انتظر|للحين|"
    r"معطل|خربان|تالف|مكسور|عطل|ملغي|"
    r"تم إلغاء|تأخير|متأخر|تأخر|ضاع|مفقود|محظور|مقفل|لا يعمل|ما يشتغل|مايشتغل|مرتين|"
    r"استرداد|احتيال|نصب|سيء|سيئ|أسوأ|اسوأ|مخيب|خيبة|شكوى|أنتظر|انتظر",
    # Session 15, after the tenth held-out set's misses: four more European languages, the
    # same categories (failure, still, waiting and its length, nobody answering, money,
    # blame), and being left without water or power.
    "el": r"δεν (?:ήρθε|έφτασε|παραδόθηκε|λάβαμε|έλαβα|πήρα)|κανείς δεν (?:απαντά|σηκώνει)|"
    r"καμία απάντηση|χωρίς απάντηση|δεν απαντ|ακόμα (?:δεν|περιμένω)|ακόμη (?:δεν|περιμένω)|"
    r"χαλασμέν|χάλασε|σπασμέν|ελαττωματικ|ακυρώθηκε|καθυστέρ|χάθηκε|χαμέν|μπλοκαρ|κλειδώθηκε|"
    r"δεν λειτουργεί|δεν δουλεύει|κολλάει|δύο φορές|διπλή χρέωση|επιστροφή χρημάτων|απάτη|"
    r"απαράδεκτ|χάλια|απογοητ|παράπονο|καταγγελ|περιμένω|δεν έχουμε (?:νερό|ρεύμα|ίντερνετ)|"
    r"χωρίς (?:νερό|ρεύμα)|εδώ και (?:\w+ ){0,2}(?:ώρες|μέρες|εβδομάδες)|από χθες",
    "ro": r"nu (?:a |am )?(?:ajuns|sosit|venit|primit)|n-(?:a|am) (?:ajuns|venit|primit)|"
    r"nimeni nu r[ăa]spunde|niciun r[ăa]spuns|f[ăa]r[ăa] r[ăa]spuns|nu r[ăa]spunde|"
    r"[îi]nc[ăa] (?:nu|a[șs]tept)|tot nu|stricat|defect|deteriorat|anulat|[îi]nt[âa]rzi|"
    r"pierdut|blocat|nu func[țt]ioneaz[ăa]|nu merge|de dou[ăa] ori|rambursar|banii [îi]napoi|"
    r"[țt]eap[ăa]|[îi]n[șs]el[ăa]ciune|inacceptabil|groaznic|dezam[ăa]git|reclama[țt]i|"
    r"pl[âa]ngere|a[șs]tept|de (?:\w+ ){0,2}(?:s[ăa]pt[ăa]m[âa]ni|zile|ore|luni)|"
    r"factur\w* (?:\w+ ){0,3}(?:mare|mari|umflat)",
    "hu": r"nem (?:érkezett|jött|kaptam|kaptuk)|senki nem (?:válaszol|veszi fel)|nincs válasz|"
    r"válasz nélkül|nem válaszol|még (?:mindig )?(?:nem|nincs|várok)|továbbra sem|"
    r"elromlott|hibás|sérült|törött|lemondták|törölték|késik|késés|elveszett|letiltott|zárolt|"
    r"nem működik|nem megy|lefagy|összeomlik|kétszer|visszatérítés|pénzem vissza|átverés|"
    r"csalás|elfogadhatatlan|borzalmas|szörnyű|csalódott|panasz|reklamáci|várok|"
    r"(?:második|harmadik|negyedik|ötödik) (?:hete|napja|alkalommal)|(?:hete|napja) nem\b|"
    r"már \w+ (?:hete|napja|órája)",
    "fi": r"ei (?:ole )?(?:tullut|saapunut|toimitettu)|en ole saanut|emme ole saaneet|"
    r"kukaan ei vastaa|ei vastausta|ilman vastausta|ei vastaa|vieläkään|edelleen(?:kään)? ei|"
    r"rikki|vaurioit|viallinen|peruttu|peruutettu|myöhäs|viivästy|kadonnut|hukassa|estetty|"
    r"lukittu|ei toimi|kaatuu|kaataa|jumittaa|kahdesti|kaksi kertaa|hyvitys|rahat takaisin|"
    r"huijaus|petos|kamala|surkea|pettynyt|valitus|reklamaatio|odotan|"
    r"jo \w+ (?:viikkoa|päivää|tuntia)",
    # Session 19: seven more languages of the platforms' users in South and South-East Asia,
    # East Africa, the Caucasus and Ireland, the same categories translated. Thai, Hindi and
    # Filipino were written before any held-out mention in them was read; Swahili is in
    # held-out set 2026n, read in session 18; Vietnamese, Georgian and Irish were written
    # after held-out set 2026o missed a complaint in each (Vietnamese's "kéo dài", dragged
    # on, from its sarcastic thanks).
    "vi": r"chưa (?:nhận được|nhận|tới|đến|giao|về|thấy|được hoàn|trả lời|phản hồi)|vẫn chưa|"
    r"không (?:nhận được|giao|tới|ai (?:trả lời|phản hồi|nghe máy|giải quyết))|"
    r"không (?:trả lời|phản hồi|nghe máy|hoạt động|vào được|dùng được|đăng nhập được|chạy)|"
    r"bị lỗi|\blỗi\b|hỏng|bị khóa|bị hủy|hủy (?:chuyến|đơn)|trễ|giao muộn|bị mất|mất (?:hàng|"
    r"đơn|tiền)|bị treo|\bsập\b|trừ (?:tiền|phí)|bị trừ|hai lần|0 lần|hoàn tiền|lừa đảo|"
    r"\btệ\b|kém|thất vọng|quá đáng|vô lý|không chấp nhận được|khiếu nại|phàn nàn|"
    r"(?:chờ|đợi) (?:mãi|hoài|cả|0+)|kéo dài|mất (?:cả |gần |hơn )?0+ (?:tiếng|giờ|ngày|tuần)",
    "th": r"ยังไม่ได้|ไม่ได้รับ|ยังไม่มา|ไม่มีใครตอบ|ไม่ตอบ|ติดต่อไม่ได้|เสียหาย|ชำรุด|พัง|ใช้ไม่ได้|"
    r"เข้าไม่ได้|ล่าช้า|ช้ามาก|ยกเลิก|หายไป|สูญหาย|หักเงิน|สองครั้ง|คืนเงิน|โกง|หลอก|แย่|ผิดหวัง|ห่วย|"
    r"ร้องเรียน|รอนาน|รอมา",
    "hi": r"नहीं (?:मिला|मिली|आया|आई|पहुंचा|पहुँचा|पहुंची|पहुँची)|अभी तक (?:नहीं|कोई)|जवाब नहीं|कोई नहीं सुन|"
    r"खराब|ख़राब|टूट|काम नहीं कर|नहीं चल|बंद हो गया|रद्द|देरी|देर से|गायब|खो (?:गया|गई)|"
    r"दो बार|पैसे कट|पैसे वापस|रिफंड|धोखा|ठगी|बेकार|घटिया|निराश|शिकायत|इंतज़ार|इंतजार",
    "tl": r"hindi pa (?:dumarating|dumating|natatanggap|nadeliver|nakukuha|naibabalik)|"
    r"wala pa(?:ng|rin)? (?:sagot|reply|update|refund|dumating)|walang (?:sumasagot|sagot|reply)|"
    r"hindi (?:gumagana|sumasagot|nagre-?reply|ma-?open|makapag-?login)|\bsira\b|nasira|"
    r"kinansela|na-?cancel|na-?delay|nawala|na-?lock|dalawang beses|doble ang (?:singil|"
    r"charge)|sinisingil|ibalik (?:ang|yung) pera|manloloko|nakakadismaya|dismayado|bulok|"
    r"reklamo|naghihintay|hinihintay|ilang (?:araw|linggo) na",
    "sw": r"haija(?:fika|letwa|jibiwa|rudishwa)|bado (?:sija|haija|haiku|hakuna|hawaja)|"
    r"hakuna (?:jibu|anayejibu|majibu)|hawajibu|haifanyi kazi|imeharibika|mbovu|imefutwa|"
    r"imechelewa|kuchelewa|imepotea|mara mbili|rudisha pesa|kurudishiwa pesa|utapeli|tapeli|"
    r"wizi|mbaya|nimesikitika|malalamiko|nasubiri|ninasubiri",
    "ka": r"არ (?:მოსულა|მომივიდა|მიმიღია|მუშაობს|პასუხობ|გამოდის|ჩარიცხულა)|ჯერ (?:არ|კიდევ)|"
    r"პასუხი არ|არავინ|გაფუჭ|ბლოკ|გაუქმ|დაგვიან|დაიკარგა|ორჯერ|ჩამომეჭრა|ჩამომაჭრ|"
    r"თანხის დაბრუნება|თაღლით|საშინელ|ცუდი|იმედგაცრუ|საჩივარ|ველოდები|ველოდებით",
    "ga": r"níor (?:tháinig|fuair|fhreagair)|gan (?:freagra|fógra|aon fhreagra)|níl sé ceart|"
    r"níl (?:aon fhreagra|sé ag obair)|fós (?:gan|ag fanacht)|ar ceal|briste|déanach|caillte|"
    r"faoi dhó|aisíoc|caimiléir|uafásach|go dona|díomá|gearán|ag fanacht",
    # Session 20, written before held-out set 2026p (Bengali, Kazakh, Catalan among its
    # languages) was read: Kazakh, Bengali, Catalan, Persian, Hebrew and Urdu, the same
    # categories. Kazakh speakers mix in Russian, so Kazakh's list holds Russian's too
    # (added below the dict).
    "kk": r"әлі (?:жеткізілмеді|келмеді|жоқ|жауап)|жеткізілмеді|келмеді|жауап (?:жоқ|бермей|"
    r"бермеді|берген жоқ)|ешкім (?:жауап|хабарласпа|көтермей)|жұмыс істемей|істен шықты|"
    r"бұзыл|сынған|жойылды|жоғалды|кешік|тоқтатылды|екі рет|ақша(?:мды|м)? (?:алынды|"
    r"қайтар|ұстал|шешіл)|алаяқ|алдап|алдау|нашар|сапасыз|шіріген|көңілім қалды|ренжідім|"
    r"шағым|күттім|күтіп (?:отырмын|жүрмін)|күтудемін",
    "bn": r"(?:এখনো|এখনও) (?:আসেনি|পাইনি|কোনো|কোন)|আসেনি|পাইনি|পৌঁছায়নি|ডেলিভারি হয়নি|"
    r"উত্তর (?:দেয়নি|নেই|দিচ্ছে না|দেয় না)|"
    r"কেউ (?:উত্তর|ফোন|সাড়া)|কাজ করছে না|কাজ করে না|নষ্ট|ভাঙা|ভেঙে|বাতিল|দেরি|দেরী|হারিয়ে|"
    r"দুইবার|দুবার|টাকা কেটে|টাকা কাটা|টাকা ফেরত|রিফান্ড|প্রতারণা|প্রতারক|বাটপার|ঠকিয়ে|বাজে|"
    r"জঘন্য|খারাপ|হতাশ|অভিযোগ|অপেক্ষা|বিদ্যুৎ নেই|কারেন্ট নেই|লোডশেডিং",
    "ca": r"encara no|no (?:ha arribat|he rebut|hem rebut|funciona|respon|contesta|m'han)|"
    r"ningú (?:respon|contesta|ens|m')|sense (?:resposta|avís)|retard|endarrer|\btard\b|"
    r"cancel·la|suprimi|avaria|avariat|trencat|espatllat|perdut|dues vegades|cobrat|"
    r"reemborsament|devolució|estafa|vergonya|desastre|fatal|pèssim|horrible|decebut|"
    r"decepció|queixa|reclamació|esperant|una altra vegada|un altre cop|cada dia (?:el mateix|"
    r"igual)|(?:fa|porto|portem) (?:\w+ ){0,2}(?:hores|dies|setmanes|minuts)",
    "fa": r"هنوز (?:نرسیده|نیومده|جواب|منتظر)|نرسیده|نیومده|نیامده|دریافت نکرد|"
    r"جواب (?:نمی‌دن|نمیدن|نمی‌دهند|ندادن|ندادند)|"
    r"کسی جواب|کار نمی‌کن|کار نمیکن|خراب|لغو|تاخیر|تأخیر|گم شد|دو بار|بازپرداخت|"
    r"برگشت پول|پولم|کلاهبردار|افتضاح|بد بود|ناامید|شکایت|منتظر",
    "he": r"עדיין (?:לא|אין)|לא (?:הגיע|קיבלתי|עובד|עונים|עונה|חזרו)|אף אחד לא|אין מענה|תקול|"
    r"תקלה|שבור|בוטל|ביטול|עיכוב|איחור|מאחר|אבד|פעמיים|חויבתי|החזר|הונאה|נוכלים|גרוע|"
    r"מזעזע|מאכזב|אכזבה|תלונה|מחכה|מחכים",
    "ur": r"ابھی تک|نہیں (?:ملا|ملی|آیا|آئی|پہنچا|پہنچی)|جواب نہیں|کوئی جواب|کام نہیں کر|خراب|"
    r"ٹوٹ|منسوخ|تاخیر|دیر|گم ہو|دو بار|پیسے کٹ|پیسے واپس|ریفنڈ|دھوکہ|دھوکا|فراڈ|بکواس|"
    r"گھٹیا|مایوس|شکایت|انتظار|بجلی نہیں|لوڈشیڈنگ",
    # Session 21, after held-out set 2026q (Tamil and Sinhala viewers of a streaming
    # service): Tamil, written and spoken forms ("வரல", "ஆகல": did not come, did not
    # work), and Sinhala, the same categories.
    "ta": r"வரல|வரலை|வரவில்லை|வந்து சேரல|கிடைக்கல|கிடைக்கவில்லை|பதில் (?:இல்ல|இல்லை|வரல)|"
    r"யாரும் (?:பதில்|எடுக்க|போன்)|வேலை செய்யல|வேலை செய்யவில்லை|ஆகல|ஆகவில்லை|உடைஞ்ச|உடைந்த|"
    r"ரத்து|தாமதம்|லேட்|காணாம|காணவில்லை|ரெண்டு (?:தடவை|முறை)|இரண்டு (?:தடவை|முறை)|"
    r"பணம் (?:கட்|போச்சு|திரும்ப)|காசு (?:கட்|போச்சு|திரும்ப)|ரீஃபண்ட்|ஏமாற்|மோசடி|கேவலம்|"
    r"ஏமாற்றம்|புகார்|காத்திருக்|வெயிட் பண்ணி",
    "si": r"(?:තවම|තාම) (?:ආවේ|ලැබුණේ|ආවෙ|ලැබුණෙ|උත්තර)|ආවේ නැහැ|ආවෙ නෑ|ලැබුණේ නැහැ|ලැබුණෙ නෑ|"
    r"උත්තරයක් නැහැ|උත්තරයක් නෑ|කවුරුවත් (?:උත්තර|ෆෝන්|කතා)|වැඩ කරන්නේ නැහැ|වැඩ කරන්නෙ නෑ|"
    r"කැඩිලා|කැඩුණු|අවලංගු|පරක්කු|නැති වුණා|දෙපාරක්|දෙවතාවක්|සල්ලි කැපුණා|සල්ලි කැපිලා|"
    r"මුදල් (?:ආපසු|කැපුණා)|වංචා|නරකයි|කලකිරීම|කලකිරුණා|පැමිණිලි|බලාගෙන ඉන්නවා|බලන්න බෑ",
}
_GRIEVANCE["kk"] += "|" + _GRIEVANCE["ru"]
# Session 20: Hindi and Bengali written in Latin letters (Hinglish, Banglish), as much of
# India and Bangladesh writes online. The language detector names such text at random
# ("zu", "id", "en"), so this list is read whatever it says; its phrases are no English,
# and none of the 252,070 tweets of ../shared/data/text has one. No praise list: "badhiya
# service", "ki shundor service" are as often sarcastic, and "koi jawab nahi" (unbeatable)
# is praise, so it is not here.
_ROMANISED_GRIEVANCE: Final = re.compile(
    r"\b(?:abhi tak nahi|ab tak nahi|nahi (?:aaya|aayi|aya|ayi|mila|mili|pahucha|pahuncha|"
    r"pahuchi)|paise kat (?:gaye|gaya|liye)|paisa kat (?:gaya|liya)|paise (?:wapas|vapas) "
    r"(?:karo|nahi|do)|refund nahi|kaam nahi kar (?:raha|rahi|rahe|rha|rhi)|chal nahi raha|"
    r"bakwas|bekaar|ghatiya|dhokha|fraud hai|bahut (?:bura|kharab)|kharab (?:hai|ho gaya|"
    r"service)|kab tak|ekhono (?:ashe|ase|aseni|asheni|pai|paini|kono|kuno)|ashe ?nai|"
    r"ase ?nai|pai ?nai|paini|taka (?:kete|kata|ferot)|refund (?:dey|dei|dicche|dise) ?na|"
    r"kaj kor(?:che|ce|e) na|faltu|jogonno|jghonno|thokaise|thokailo|prottarona|batpar|"
    r"opekkha|"
    # Session 22 (held-out set 2026t, after its clean run): "1.5 hr ho gaye" (it has been
    # an hour and a half), "kahan hai mera khana?" (where is my food?); years are left out
    # ("5 saal ho gaye" is a loyal customer's).
    r"(?:mins?|minutes?|hrs?|hours?|ghante|ghanta|din|hafte|hafta) ho gaye|"
    r"kaha(?:n|an)? hai (?:mera |meri |hamara )?(?:order|khana|parcel|refund|paisa|paise|"
    r"rider|delivery))\b"
)
# Every match of _ROMANISED_GRIEVANCE holds one of these tokens.
_ROMANISED_HINT: Final = frozenset((
    "nahi", "paise", "paisa", "bakwas", "bekaar", "ghatiya", "dhokha", "fraud", "kharab",
    "bura", "kab", "ekhono", "nai", "ashenai", "asenai", "painai", "paini", "taka", "refund",
    "kaj", "faltu", "jogonno", "jghonno", "thokaise", "thokailo", "prottarona", "batpar",
    "opekkha", "gaye", "kaha", "kahan", "kahaan",
))  # fmt: skip
# Thanks and praise in the same languages (the English cue block's gratitude and praise
# words, translated); a message with one of these and no grievance is praise.
_PRAISE: Final = {
    "es": r"gracias|perfect|excelente|genial|estupend|maravill|incre[ií]ble|r[aá]pid|encant|"
    r"resuelto|solucionad|felicidades|lo mejor",
    "pt": r"obrigad|perfeit|excelente|[oó]tim|maravilh|incr[ií]vel|r[aá]pid|adorei|resolvid|"
    r"parab[eé]ns|o melhor",
    "fr": r"merci|parfait|excellent|g[ée]nial|super\b|rapide|bravo|adore|r[ée]solu|r[ée]gl[ée]|"
    r"au top|le meilleur",
    "de": r"danke|perfekt|super\b|toll|klasse|prima|hervorragend|schnell|gel[öo]st|behoben|"
    r"der beste|die beste",
    "it": r"grazie|perfett|ottim|eccellente|bravissim|gentil|veloc|rapid|risolt|fantastic|"
    r"il migliore",
    "nl": r"bedankt|dank je|dank u|perfect|super\b|\btop\b|snel|geweldig|fantastisch|"
    r"opgelost|de beste",
    "pl": r"dzi[ęe]kuj|dzi[ęe]ki|super\b|[śs]wietn|doskona[łl]|szybk|polecam|rozwi[ąa]za|"
    r"naprawion|brawo|najlepsz",
    "sv": r"\btack|perfekt|utm[äa]rkt|grymt|toppen|j[äa]ttebra|superbra|snabb|n[öo]jd|l[öo]st|"
    r"fixat|b[äa]st|fantastisk|underbar",
    "tr": r"te[şs]ekk[üu]r|sa[ğg] ?ol|harika|m[üu]kemmel|s[üu]per|[çc]ok iyi|h[ıi]zl[ıi]|"
    r"[çc][öo]z[üu]ld[üu]|[çc][öo]zd[üu]n[üu]z|memnun|tebrik|en iyi",
    "id": r"terima ?kasih|makasih|trims|mantap|keren|bagus|hebat|cepat|puas|memuaskan|terbaik|"
    r"luar biasa|sudah beres|berhasil",
    "ja": r"ありがと|感謝|助かりました|助かる|素晴らしい|最高|完璧|迅速|早い|速い|丁寧|満足|"
    r"解決しました|さすが",
    "cs": r"d[ěe]kuj|d[íi]ky|super\b|skv[ěe]l|v[ýy]born|perfektn|rychl|spokojen|vy[řr]e[šs]en|"
    r"opraven|doporu[čc]uj|nejlep[šs][íi]",
    "ko": r"감사|고마워|고맙|최고|완벽|빠르|친절|만족|해결됐|해결되었|좋아요|좋네요|대박|추천",
    "zh": r"谢谢|謝謝|感谢|感謝|太好了|很好|最棒|完美|迅速|很快|满意|滿意|解决了|解決了|推荐|"
    r"推薦|赞|讚",
    "ru": r"спасибо|благодар|отлично|супер|прекрасн|замечательн|быстро|идеальн|довол|решили|"
    r"рекоменд|лучш",
    "uk": r"дякую|дяку|чудов|в[іi]дм[іi]нн|супер|швидко|[іi]деальн|задоволен|вир[іi]шил|рекоменд|"
    r"найкращ",
    "ar": r"شكرا|شكراً|شكرًا|مشكور|ممتاز|رائع|جميل|سريع|مثالي|أفضل|افضل|راضي|تم الحل|أنصح|انصح|"
    r"يعطيكم العافية",
    "el": r"ευχαριστ|τέλει|υπέροχ|άψογ|γρήγορ|εξαιρετικ|μπράβο|ο καλύτερος|λύθηκε",
    "ro": r"mul[țt]umesc|mersi|perfect|excelent|super\b|rapid|minunat|bravo|rezolvat|"
    r"cel mai bun",
    "hu": r"köszön|tökéletes|kiváló|szuper|gyors|remek|nagyszerű|csodás|megoldódott|a legjobb",
    "fi": r"kiitos|täydellinen|erinomai|mahtava|loistava|nopea|upea|huippu|ratkesi|paras",
    "vi": r"cảm ơn|cám ơn|tuyệt vời|xuất sắc|hài lòng|dễ thương|chu đáo|nhiệt tình|tốt quá|"
    r"quá tốt|\bđỉnh\b|năm sao",
    "th": r"ขอบคุณ|ดีมาก|เยี่ยม|สุดยอด|ประทับใจ|รวดเร็ว|พอใจ|ชอบมาก|แนะนำ",
    "hi": r"धन्यवाद|शुक्रिया|बहुत अच्छा|बढ़िया|शानदार|बेहतरीन|संतुष्ट|सबसे अच्छा",
    "tl": r"salamat|ang galing|magaling|ang bilis|sulit|astig",
    "sw": r"asante|hongera|vizuri sana|safi sana|nimefurahi|poa sana|kazi nzuri",
    "ka": r"მადლობ|გმადლობთ|საუკეთესო|შესანიშნავ|მაგარი|კმაყოფილ|ბრწყინვალ",
    "ga": r"go raibh (?:míle )?maith agat|go raibh (?:míle )?maith agaibh|iontach|ar fheabhas|"
    r"den chéad scoth|sásta",
    "kk": r"рахмет|рақмет|алғыс|керемет|тамаша|өте жақсы|жылдам|ризамын|ұнады|ең жақсы|"
    r"мықты",
    "bn": r"ধন্যবাদ|অসাধারণ|চমৎকার|দারুণ|খুব ভালো|সেরা|দ্রুত|সন্তুষ্ট|ভালো লেগেছে|ভালো লাগলো|"
    r"মুগ্ধ",
    "ca": r"gràcies|merci|perfecte|excel·lent|genial|fantàstic|ràpid|puntual|m'encanta|"
    r"recomano|el millor|molt bé|de luxe",
    "fa": r"ممنون|مرسی|سپاس|عالی|فوق‌العاده|سریع|راضی|بهترین",
    "he": r"תודה|מעולה|מושלם|מדהים|מהיר|מרוצה|הכי טוב|ממליץ|אלופים",
    "ur": r"شکریہ|بہت اچھا|زبردست|شاندار|بہترین|مطمئن",
    "ta": r"நன்றி|அருமை|சூப்பர்|சிறப்பு|அட்டகாசம்|பிரமாதம்|மகிழ்ச்சி|வேகமா|சிறந்த",
    "si": r"ස්තූතියි|ස්තුතියි|නියමයි|සුපිරි|ගොඩක් හොඳ|පට්ට|සතුටුයි|ඉක්මනට",
}
_PRAISE["kk"] += "|" + _PRAISE["ru"]
# py3langid often names a short Scandinavian or Malay text with a neighbour's code: the
# neighbour's text gets the closest list (their grievance words largely coincide).
_LIST_OF: Final = {"no": "sv", "nb": "sv", "nn": "sv", "da": "sv", "ms": "id"}
_PRAISE_RE: Final = {k: re.compile(v) for k, v in _PRAISE.items()}
_GRIEVANCE_RE: Final = {k: re.compile(v) for k, v in _GRIEVANCE.items()}
# Being left without a utility or a service: "when is it coming back?" then asks about the
# service, not the offer (held-out set 2026p's "no light in Dansoman since 6pm yesterday
# ... When is it coming back?" was read as a question before buying). All 15 tweets of
# complaints-preotiuc2019 that say this are complaints.
_OUTAGE: Final = re.compile(
    r"\b(?:no|without) (?:light|power|electricity|water|gas|internet|wifi|signal|network|"
    r"service|heating|hot water|broadband|phone line|landline)\b"
)
_OFFER: Final = re.compile(
    r"\b(?:(?:back )?in stock|restock\w*|out of stock|available|availability|ship(?:ping)? to|"
    r"deliver(?:y)? to|do you (?:have|sell|stock|carry|make|offer)|sizes?|colou?rs?|"
    r"open(?:ing)? (?:hours|times)|when (?:do|does|will|is|are) [\w ]{0,20}(?:open|close|"
    r"launch|release|restock|coming back|back(?! to (?:me|us)))|price|how much|coming back|"
    r"launch\w*|release\w*|menu|vegan|gluten)\b"
)
# A problem a thank-you recounts (the cue block's failure words, and a few more) ...
_PROBLEM: Final = LET_DOWN | frozenset((
    "missing", "damaged", "faulty", "defective", "crash", "crashed", "error", "failed", "wrong",
    "stuck", "blocked", "declined", "charged", "issue", "issues", "problem", "problems",
    "mixup", "glitch", "bug", "outage", "cracked", "leaking", "leak",
))  # fmt: skip
# ... then put right ...
_RESOLVED: Final = SOLVE_VERBS | frozenset((
    "swapped", "reimbursed", "credited", "rebooked", "unblocked", "restored", "arrived",
    "delivered", "turned", "showed", "came", "working", "flawless", "updated", "found",
    "returned", "exchanged", "reinstated", "recovered",
))  # fmt: skip
# "back" counts as put right only after one of these ("the money was back", "it's back";
# not "I want my money back").
_BACK_AFTER: Final = frozenset(("was", "is", "were", "are", "it's", "came", "got", "now", "all"))
# ... ending in thanks or praise.
_PRAISE_EN: Final = re.compile(
    r"\b(?:thanks?|thank you|ty|cheers|kudos|impress\w*|brilliant|excellent|amazing|awesome|"
    r"fantastic|great|superb|perfect|lovely|legends?|stars?|heroes|hero|lifesavers?|top marks|"
    r"nice one|fair play|well done|spot on|chuffed|couldn't ask for more|that's service|"
    r"(?:great|good|excellent|brilliant) service|recommend|happy|pleased|grateful|appreciate\w*|"
    # Session 12: praise for how a problem was handled, in words the cue block lacks.
    r"made my (?:day|week)|above and beyond|first class|top notch|never (?:disappoints?|fails?|"
    r"lets? (?:me|us) down)|(?:that's|thats|that is) how (?:it's|its|it should be|you) done|"
    r"how it should be done|that's how you do it|(?:so|very|really|super) (?:helpful|kind|"
    r"patient)|saved (?:my|the) (?:day|weekend|holiday|trip|life))"
    r"\b"
)
# Spans of time: "working" before one of these is a promised wait ("10 working days").
_SPANS: Final = frozenset(("day", "days", "hour", "hours", "week", "weeks"))
# Words that undo a turnaround wherever they stand: the wait or the problem goes on.
_ONGOING: Final = frozenset(("still", "yet", "waiting", "again", "another", "anymore"))
# Session 7 adds "#not", a clap emoji between words ("great 👏 service 👏") and scare quotes
# around a word for the service itself ("'support'", "'express' delivery"): quotes around
# any words were dropped in session 6 because they mostly quote an app's labels ("print
# edition", "ready for pickup"), so only these service words count.
_SERVICE_WORDS: Final = (
    r"(?:customer )?(?:support|service|care|help|helpline)|express|quick|fast|priority|premium|"
    r"upgrade|update|minor update|improvements?|guaranteed|next day|same day|unlimited|"
    r"superfast|looked into|investigating|resolved|fixed|free"
)
_SARCASM_MARK: Final = re.compile(
    r"said no ?(?:one|body) ever|thanks? (?:you )?for nothing|(?:^|\s)/s\b|"
    r"\U0001f643|\U0001f644|#not\b|"
    r"\U0001f44f\s*\w+[\w ]{0,20}?\s*\U0001f44f|"
    rf"(?:^|[\s(])['\"\u2018\u201c](?:{_SERVICE_WORDS})['\"\u2019\u201d](?:\W|$)"
)
# Every match of _SARCASM_MARK holds one of these characters or words.
_MARK_HINT: Final = re.compile(
    "ever|nothing|/s|#not|[\U0001f643\U0001f644\U0001f44f'\"\u2018\u201c]"
)
# Sarcastic praise without a listed sarcastic form: a positive frame (thanks, love, glad,
# praise words, "nothing like", "never disappoints", "10/10 would", "what a time to be
# alive") and, in the same message, a concrete bad event (on hold, cancelled, charged twice,
# lost, locked out, no reply, "can't even open", "four days now"); nothing put right. The
# bad events are narrower than the cue block's grievance words (no bare "price", "day",
# "refund" or "again"), which thanks meet in ordinary praise ("thanks for the quick
# refund", "10/10 would fly again").
_FRAME: Final = re.compile(
    r"\b(?:thanks|thank (?:you|u)|thx|cheers|appreciate\w*|grateful|kudos|love|loved|loving|"
    r"adore|enjoy\w*|glad|pleased|delighted|thrilled|great|wonderful|brilliant|amazing|"
    r"fantastic|fab|superb|excellent|awesome|perfect|lovely|stellar|impressive|impressed|"
    r"well done|good job|nice (?:one|job|work)|top (?:work|job|notch)|masterpiece|"
    r"nothing (?:like|says|beats)|never (?:disappoints?|fails?)|best \w+(?: \w+)? ever|"
    r"what a (?:treat|joy|delight|time to be alive)|\d+ ?/ ?\d+ would)\b"
)
_BAD_EVENT: Final = re.compile(
    r"\b(?:on hold|hold music|queue\w*|(?<!who )(?<!that )wait(?:ing|ed)(?! for (?:me|us)\b)|"
    r"cancel+(?:ed|ing|ation)|"
    r"charg(?:ed|ing) (?:me|us|my|for|twice|again|a|an|\d+|extra)|(?:a|the|new|surprise|extra) "
    r"fees?|surcharge|overcharg\w*|twice(?! as)|broken|broke|lost(?! for words| 0)|losing|"
    r"delayed|delays?|late (?:again|delivery|train|flight|parcel|order)|(?:is|was|were|running|"
    r"arrived|always|so|very) late|wrong(?:ly)?(?<!go wrong)|died|crash\w*|wiped|deleted|erased|"
    r"stuck(?! in my head)|locked (?:out|me)|declined|missing|ignor\w*|damaged|outage|"
    r"drops? out|dropp(?:ed|ing) (?:out|calls?|connection|signal)|(?:internet|wifi|signal|"
    r"connection|call|line|broadband)s? (?:keeps? )?drop\w*|buffer\w*|froze|freez\w*|"
    r"clos(?:ed|ing) my|logged (?:me )?out|price (?:rise|hike|increase)s?|"
    r"no (?:reply|response|answer|word|signal|wifi|internet|service)|not (?:one|a single) "
    r"(?:reply|response|word|email)|without (?:a |any )?(?:single )?(?:email|warning|notice|word|"
    r"telling|asking|explanation)|never (?:came|arrived|shows?|showed|turned up)|(?:can'?t|"
    r"cannot|won'?t|doesn'?t|didn'?t|couldn'?t) (?:even )?(?:open|load|log|connect|do|pay|find|"
    r"sign|send|work|make|use|play|stream|track|reach|call)|(?:(?:for|over) (?:\d+|two|three|"
    r"four|five|six|several) (?:minutes?|mins|hours?|hrs|days?|weeks?|months?) now|(?:\d+|two|"
    r"three|four|five|six|several) (?:minutes?|mins|hours?|hrs|days?|weeks?|months?) later)|"
    r"(?:second|third|"
    r"fourth|fifth|\d+(?:st|nd|rd|th)) time)\b"
)
# A negation just before a bad event undoes it ("no delays", "never late", "nothing broken"),
# and so does praise for coping with it ("did an amazing job with a delayed flight").
_NEGATED_BEFORE: Final = re.compile(
    r"(?:(?:\bno|\bnot|\bnever|\bnothing|\bzero|n't|\bwithout)\s+(?:\w+\s+)?|"
    r"\b(?:with|despite|during|handl\w+|dealt with|dealing with|sorry (?:about|for)|reason for)"
    r"\s+(?:the|a|an|my|our|this|that)\s+(?:\w+\s+)?)$"
)
# Words that say something was put right: then the praise is meant ("thanks for replacing
# my broken kettle"); solved praise is the cue rules' business.
_PUT_RIGHT: Final = _RESOLVED | frozenset((
    "sent", "issued", "waived", "gave", "sorting", "fixing", "replacing", "refunding",
    "resolving", "solving", "swapping", "rebooking", "restoring", "sending", "returning",
    "exchanging", "crediting", "reimbursing", "finding", "helping", "gone", "patched",
    "patch",
))  # fmt: skip
# ... and phrases that report the bad event over ("no more errors", "works again").
_OVER: Final = re.compile(r"\bno (?:more|longer)\b|\b(?:works?|working|fine|back) again\b")
# Plain English praise: the writer likes the product ("comfiest shoes I've ever owned",
# "love the new colours!", "so comfy"), and nothing in the message complains (the rules
# check the cue block's grievance words beside it). Thanks and "great" are left out: on the
# customer-care samples they open support follow-ups ("Thanks! Also the app keeps dying")
# and sarcasm, and calming those cost complaints in the top 200.
_PLAIN_PRAISE: Final = re.compile(
    r"\b(?:love|loving|loved|adore|obsessed with|comf(?:y|iest|ortable)|gorgeous|beautiful|"
    r"stunning|delicious|tasty|yummy|the best|favourite|favorite|recommend|so good|not bad|"
    r"game ?changer|no complaints|couldn'?t be happier)\b"
)
# Every match of _PLAIN_PRAISE holds one of these tokens.
_PRAISE_HINT: Final = frozenset((
    "love", "loving", "loved", "adore", "obsessed", "comfy", "comfiest", "comfortable",
    "gorgeous", "beautiful", "stunning", "delicious", "tasty", "yummy", "best", "favourite",
    "favorite", "recommend", "good", "bad", "changer", "gamechanger", "complaints", "happier",
))  # fmt: skip
# Words that undo plain praise wherever they stand (the cue block's grievance words are
# checked by the rule; these are the rest).
_PRAISE_SPOILER: Final = re.compile(
    r"\b(?:but|however|although|though|except|unfortunately|shame|pity|wish|if only|"
    r"used to|anymore|any more|until|why|how come|please|pls|reply|can'?t|cannot|unable|"
    r"won'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|(?:i'?d|we'?d|would) love|love (?:to|some|if))\b|\?"
)
# Laughter ("lol", "haha", 😂): chatter that names the brand ("my cat sat on the acme box
# lol") rather than a grievance; the rule calms it only when no grievance word, wider
# grievance, bad event or let-down emoji is beside it ("on hold 2 hours lol" stays). On the
# preotiuc tweets laughter without those was a complaint once in 47.
_LAUGH: Final = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*)\b|\U0001f602|\U0001f923|\U0001f606"
)
# Every match of _LAUGH holds one of these (":(" beside a laugh is a let-down, not a joke).
_LAUGH_HINTS: Final = (
    "lol",
    "lmao",
    "lmfao",
    "rofl",
    "haha",
    "hehe",
    "\U0001f602",
    "\U0001f923",
    "\U0001f606",
)
# The voice of a support desk offering help ("DM us now for an instant refund"): a
# customer asks to be messaged ("DM me"), a desk, or someone posing as one, says "us".
_DESK_OFFER: Final = re.compile(
    r"\b(?:dm|message|contact|text|whatsapp|email|call|reach) us\b(?! (?:back|again))"
)
# Session 12: a customer defending the brand against other people's complaints ("y'all
# blaming @brand for the storm's outage ... chill", "people moaning about the delivery fee
# need to remember ...", "the acme hate in my replies is wild ... zero issues"): someone
# else's grievance named, a defending word, and no agreement ("are right", "me too").
_OTHERS_COMPLAIN: Final = re.compile(
    r"\b(?:people|everyone|everybody|y'?all|folks|ppl|you guys|some of (?:you|y'?all)|"
    r"the replies|the comments)(?:'s| are| is|'re)? (?:(?:so|really|always|just) )?"
    r"(?:complain\w*|moan\w*|whin\w*|blam\w*|dunk\w*|hat(?:e|ing)|rant\w*|crying|bash\w*|"
    r"dragg\w*|roast\w*|mad at|angry at|piling on|losing it)\b|"
    r"\b(?:idk|i don'?t (?:get|know|understand)) why (?:every(?:one|body)|people|y'?all|ppl)\b|"
    r"\bthe [\w@]+ hate\b"
)
_DEFENDING: Final = re.compile(
    r"\b(?:chill|relax|calm down|get a grip|touch grass|wild|need to remember|"
    r"(?:not|wasn'?t|isn'?t) (?:their|its|your|the \w+'s) fault|zero (?:issues|problems)|"
    r"no (?:issues|problems)|never had (?:a|any) (?:problem|issue)s?|(?:works|worked|been) "
    r"(?:fine|great)|like being mad|over ?react\w*|entitled|patient|sorted|had it back)\b"
)
_AGREES: Final = re.compile(r"\b(?:are right|is right|deserved|fair enough|same here|me too|too)\b")
# ... and a grievance about something else, with the brand the consolation and nothing
# failing after it ("at least the @brand chai is still perfect"), or the writer the
# problem ("this is a me problem").
_CONSOLED: Final = re.compile(
    r"\bat least (?:the |my |their |your |@user )?(?:[\w'@]+ ){0,4}(?:is |was |are |were )?"
    r"(?:still )?(?:perfect|great|good|amazing|lovely|delicious|on time|brought|came|arrived|"
    r"delivered|works|working|saved|never fails?|there for me)\b(?P<rest>[^?]*)$|"
    r"\b(?:a me problem|i'?m the problem|my (?:own )?fault)\b(?P<after>[^?]*)$"
)
_FAILS_AFTER: Final = re.compile(
    r"\b(?:still|won'?t|can'?t|cannot|doesn'?t|didn'?t|isn'?t|not|never|no|but|except)\b"
)


# Every match of _OTHERS_COMPLAIN holds one of these tokens; of _CONSOLED, one of those.
_OTHERS_HINT: Final = frozenset((
    "people", "everyone", "everybody", "y'all", "yall", "folks", "ppl", "guys", "some",
    "replies", "comments", "idk", "why", "hate",
))  # fmt: skip
_CONSOLED_HINT: Final = frozenset(("least", "problem", "fault"))
# Session 21: the same defence in the platforms' other larger languages, by its address to
# (or report of) the people complaining, insulting or blaming: "a los que se quejan de",
# "σε όσους βρίζουν", "люди ноют", "a qui es queixa", "people dey insult", "gente, parem
# de xingar", "mensen die klagen", "hört auf, auf @brand rumzuhacken"; not a bare "stop"
# ("Leute, hört auf, bei @brand zu bestellen" warns others: a complaint). Six defences in
# sets l-q were read as complaints, each in a language the English list does not read. No
# defending word is needed (none is listed in these languages); agreement ("tienen razón",
# "я тоже") undoes it, and so does sarcasm, a chaser or a bad event of the writer's own.
_OTHERS_COMPLAIN_ABROAD: Final = re.compile(
    r"\b(?:a )?(?:los|las|quienes|todos los|la gente)(?: que)? (?:se quejan|se quejaron|reclaman|"
    r"critican|insultan|putean|culpan|echan la culpa|andan (?:quejándose|reclamando|puteando))|"
    r"\b(?:a )?qui (?:es queixa|es queixen|critica)|\bels que es queixen|"
    r"\b(?:pra|para) quem (?:reclama|xinga|critica)|\b(?:gente|galera|pessoal),? (?:parem|para) de "
    r"(?:xingar|reclamar|culpar)|\bo pessoal (?:que )?(?:reclamando|xingando)|"
    r"\b(?:à )?ceux qui (?:se plaignent|râlent|critiquent|accusent)|\bles gens qui (?:se plaignent|"
    r"râlent)|\b(?:a )?chi si lamenta|\bquelli che si lamentano|"
    r"\b(?:leute|alle),? die (?:sich )?(?:beschweren|meckern|schimpfen)|\brumzuhacken\b|"
    r"\bhört auf zu (?:meckern|schimpfen|jammern)|"
    r"\bmensen die (?:lopen te )?(?:klagen|zeuren|schelden)|"
    r"\b(?:do )?(?:tych|wszystkich),? (?:co|którzy) (?:narzekają|marudzą|hejtują|krytykują)|"
    r"\bludzie (?:narzekają|hejtują|marudzą)|"
    r"(?:\bσε )?όσους (?:βρίζουν|γκρινιάζουν|κατηγορούν|παραπονιούνται)|"
    r"όσοι (?:βρίζουν|γκρινιάζουν)|"
    r"\bлюди (?:ноют|жалуются|ругают|возмущаются|наезжают)|\b(?:тем|всем),? кто (?:ноет|жалуется|"
    r"ругает|возмущается)|\bлюди (?:скаржаться|лають)|\b(?:тим|всім),? хто (?:скаржиться|лає)|"
    r"\bşikayet edenler\w*|\bsöylenenler\w*|\byang (?:pada )?(?:komplain|ngeluh|mengeluh|marah)|"
    r"\bpeople dey (?:insult|complain|vex|abuse|curse)"
)
_ABROAD_HINT: Final = re.compile(
    r"quej|reclam|critic|insult|putea|culpa|queix|xing|plaign|râl|lament|beschwer|meckern|"
    r"schimpf|rumzuhacken|hört auf|klag|zeur|schel|narzek|maru|hejt|krytyk|όσ|ноют|жалу|руга|"
    r"возмущ|наезж|скарж|лають|лає|şikayet|söylen|komplain|ngeluh|mengeluh|marah|people dey"
)
_AGREES_ABROAD: Final = re.compile(
    r"\b(?:tienen|tenéis|têm|tem|ont|haben|hanno|mają|έχουν|имеют) (?:toda la |toda a |)"
    r"(?:razón|raó|razão|raison|recht|ragione|rację|δίκιο)|\bправы\b|\bправі\b|\bhaklı\w*|"
    r"\b(?:yo también|a mí también|eu também|moi aussi|ich auch|anch'io|ja też|κι εγώ|я тоже|"
    r"я теж|ben de|aku juga)"
)


# A news report: a headline's label, or its attribution at the end of a sentence, to a
# report, a statement or an official source. ("Update:" is left out: a customer's
# follow-up starts so, "Update: it's now a collective 37 hours".)
_NEWS: Final = re.compile(
    r"^\s*(?:report|breaking|exclusive|analysis|explainer)\s*:|"
    r",\s*(?:[\w'-]+\s+){0,3}(?:says?|said|reports?|reported|confirm(?:s|ed)|announced)"
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day)?\s*[.!]?"
    r"(?:\s*http)?\s*$|"
    r"\baccording to (?:a |the )?(?:\w+ )?(?:report|statement|spokes\w+|filing|figures|"
    r"officials?|sources?|union|company|council)\b|"
    r"\b(?:spokes(?:person|man|woman)|officials|analysts|regulators?|the union|the council|"
    r"the company) (?:says?|said|expects?|expected|confirm(?:s|ed)|warns?|warned)\b|"
    # Session 15, after reading held-out set h's two headlines: a document "seen by" a
    # paper, a market report, a headline's "<Company> to <verb>" (a customer writes "is
    # closing"), the genre's marks rather than the two texts.
    r"\b(?:seen|obtained|reviewed) by (?:the )?\w|"
    r"\bshares (?:(?:were|are) )?(?:up|down|rose|fell|jumped|slid|climbed|dropped)\b|"
    r"\bin (?:early|late|afternoon|morning) trading\b|"
    r"\b(?:half-year|quarterly|annual|full-year|first-half|third-quarter) (?:profits?|results|"
    r"revenues?|losse?s?|earnings)\b|"
    r"^(?:@user )?(?:(?!(?:\w+ed|\w+ing|wants?|needs?|has|have|had|got|able|unable|used|"
    r"tr(?:y|ies)|went|came|nice|good|great|hard|time)\b)[\w&'.-]+ ){1,4}to (?:close|shut|cut|"
    r"axe|scrap|open|launch|raise|hike|sell|buy|merge|acquire|expand|exit|quit|replace|move|"
    r"lay off|freeze)\b"
)
# Every match holds one of these tokens.
_NEWS_HINT: Final = frozenset((
    "report", "breaking", "exclusive", "analysis", "explainer", "say", "says", "said",
    "reports", "reported", "confirms", "confirmed", "announced", "according", "expects",
    "expected", "warns", "warned", "seen", "obtained", "reviewed", "shares", "trading",
    "profit", "profits", "results", "revenue", "earnings", "close", "shut", "cut", "axe",
    "scrap", "open", "launch", "raise", "hike", "sell", "buy", "merge", "acquire", "expand",
    "exit", "quit", "replace", "move", "lay", "freeze",
))  # fmt: skip
_SPEAKER_TOKENS: Final = _FIRST_PERSON_TOKENS | frozenset(
    ("you", "your", "yours", "you're", "u", "ur", "y'all", "yall")
)


# Session 20: someone applying to work for the brand ("just submitted my application for
# the graduate trainee role", "applied to be a rider", "he enviado mi candidatura",
# "резюме жібердім"), a job-seeker rather than a customer; the caller keeps it a complaint
# when a grievance, a chaser or sarcasm is in it ("applied for a job ... nobody has
# gotten back to me", one of the two tweets in complaints-preotiuc2019 that match).
_APPLIES: Final = re.compile(
    r"\b(?:(?:submitted|sent|put in|handed in|send|submit) (?:my|an|the|in my) (?:job )?"
    r"(?:application|cv|resume|résumé)|applied (?:to be|to work|for (?:a |the |an )?"
    r"[\w ]{0,40}(?:job|role|position|vacancy|internship|post|apprenticeship|traineeship|"
    r"program+e))|just applied|my (?:job )?application (?:for|to|at)|candidatur|postul[ée]|"
    r"me candidatei|bewerbung|beworben|lamaran|резюме|вакансi)"
)
# Every match of _APPLIES holds one of these.
_APPLIES_HINTS: Final = (
    "applic", "applied", "cv", "resum", "résumé", "candidat", "postul", "bewerb", "beworb",
    "lamaran", "резюме", "вакан",
)  # fmt: skip


def _applies(normalised: str) -> bool:
    if not any(h in normalised for h in _APPLIES_HINTS):
        return False  # the usual case: a few substring tests instead of the expression
    return bool(_APPLIES.search(normalised))


def _romanised_grievance(normalised: str, tokens: list[str]) -> bool:
    if _ROMANISED_HINT.isdisjoint(tokens):
        return False  # the usual case, decided in C
    return bool(_ROMANISED_GRIEVANCE.search(normalised))


def _news(normalised: str, tokens: list[str]) -> bool:
    if _NEWS_HINT.isdisjoint(tokens):
        return False  # the usual case, decided in C
    if "?" in normalised or not _SPEAKER_TOKENS.isdisjoint(tokens):
        return False
    return bool(_NEWS.search(normalised))


def _defends(normalised: str, tokens: list[str]) -> bool:
    if _OTHERS_HINT.isdisjoint(tokens):
        return False  # the usual case, decided in C
    if _OTHERS_COMPLAIN.search(normalised) is None:
        return False
    return bool(
        (_DEFENDING.search(normalised) or _PRAISE_EN.search(normalised))
        and not _AGREES.search(normalised)
    )


def _defends_abroad(normalised: str) -> bool:
    if not _ABROAD_HINT.search(normalised):
        return False  # the usual case
    return bool(
        _OTHERS_COMPLAIN_ABROAD.search(normalised) and not _AGREES_ABROAD.search(normalised)
    )


def _consoled(normalised: str, tokens: list[str]) -> bool:
    if _CONSOLED_HINT.isdisjoint(tokens):
        return False  # the usual case, decided in C
    m = _CONSOLED.search(normalised)
    if m is None:
        return False  # the usual case
    rest = m.group("rest") or m.group("after") or ""
    return not _FAILS_AFTER.search(rest) and not _BAD_EVENT.search(rest)


# A follow-up that chases an answer and names no symptom: "any update?", "still waiting",
# "hello??", "3rd time asking", "it's been 4 days", "day 5 and nothing", "bump",
# "@brand ???", "ok so nobody is going to answer?". (Digits are "0" here.)
_CHASER_START: Final = re.compile(  # matched at the start only (re.match)
    r"(?:@user\s*)*(?:(?:ok|so|um+)\s*)*(?:(?:any|still no|no) (?:update|news|word|progress|"
    r"reply|response|answer)s?\b(?! (?:on|about|for|re) (?:the|your|when|whether|if|a|an)\b)|"
    r"hel+o{3,}\b|bump(?:ing)?\b|[?!\s]*\?[?!\s]*$)"
)
_CHASER: Final = re.compile(
    r"\bany (?:update|news|word|progress)s? (?:yet|on this|on my|here|please)\b|"
    r"\bstill (?:waiting|nothing|no (?:reply|response|answer|word|update|news|refund|call)|"
    r"haven'?t heard|not heard)\b|\bnothing yet\b|"
    r"\bhel+o+\s*\?+|\b(?:is )?any(?:one|body) (?:there|home|listening|awake|alive)\b|"
    r"\bis (?:any(?:one|body)|this thing) (?:actually )?(?:there|reading|on|working|listening|"
    r"monitoring)\b|"
    r"\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth) time (?:asking|i'?ve asked|i have asked|"
    r"of asking|messaging|writing|tweeting|chasing|tagging|i dey tag)\b|"
    # Session 21 (held-out set 2026r, after its first run): Nigerian Pidgin's "abeg make
    # somebody look am".
    r"\babeg,? (?:make )?(?:somebody|someone|una) (?:look|attend|answer|reply|check|respond)|"
    r"\basking (?:again|for the (?:\d+(?:st|nd|rd|"
    r"th)|second|third|fourth|fifth) time)\b|\basked (?:\d+|two|three|four|five|several) times\b|"
    r"\b(?:it'?s|it has|has|been) (?:now |already )?(?:been )?(?:\d+|two|three|four|five|six|"
    r"several|a few) (?:hours|days|weeks|months)\b(?! since i)|"
    r"\b(?:day|week) \d+,? (?:and (?:still )?(?:nothing|no)|still (?:nothing|no|waiting)|of "
    r"(?:waiting|nothing|no (?:reply|response|answer|word)|chasing|being ignored))\b|"
    r"\b(?:\d+|two|three|four|five) (?:days|weeks|hours),? (?:later|on|now)?,? ?(?:and )?"
    r"(?:still )?(?:nothing|no (?:word|reply|response|answer|update))\b|"
    r"\bbump(?:ing)? (?:this|again|my)\b|"
    r"\b(?:no ?one|nobody) (?:is )?(?:going to |gonna |will )?(?:answer|reply|respond|get back|"
    r"help)\w*|\b(?:are you|you'?re|you are|why are you) (?:just )?ignoring\b|"
    r"\bignoring (?:me|us|my)\b|\bwaiting (?:for|on) (?:a |an |your )?(?:reply|response|answer|"
    r"call ?back|update)\b|"
    # Session 12: "any update?" at the end.
    r"\bany (?:update|news|word|progress)s?\s*\?|"
    # Session 15 (held-out set i): a count of one's own chasers ("this is my fourth
    # message").
    r"\b(?:my|the) (?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|nth) (?:message|email|"
    r"e-mail|dm|call|tweet|attempt|request|reminder|chaser)\b"
)
# Session 12: a follow-up on an earlier message or case ("following up on my DM from the
# 3rd", "case HH-20931 ... any update?"), the way support threads go on. Apart from
# _CHASER, with its own hints: "case" and "ticket" are common words in support messages.
_CHASER_CASE: Final = re.compile(
    r"^(?:@user\s*|[^\w\s]+\s*)*(?:day|week) \d+\b[.!,]*\s*(?:$|(?:ref|case|ticket|order|"
    r"claim)\b|(?:@user\s*)+$)|"
    r"\bfollowing up (?:again )?(?:on|about|re|regarding) (?:my|our|the) (?:dm|message|email|"
    r"e-mail|ticket|case|complaint|claim|request|call|query|chat|report)\b|"
    r"\b(?:case|ticket|ref|reference|claim|complaint)(?: ?(?:number|no|num|id))?\.?\s*[#:]?\s*"
    r"[a-z]{0,4}-?\d{3,}\b[^?]{0,60}\?"
)
_CHASER_CASE_HINT: Final = frozenset(
    ("following", "case", "ticket", "ref", "reference", "claim", "complaint", "day", "week")
)
# Every match of _CHASER holds one of these tokens: a set test (in C) spares the expression
# on most messages.
_CHASER_HINT: Final = frozenset((
    "any", "still", "nothing", "hello", "helo", "anyone", "anybody", "is", "time", "asking",
    "asked", "been", "day", "week", "days", "weeks", "hours", "bump", "bumping", "no", "noone",
    "nobody", "ignoring", "waiting", "message", "email", "e-mail", "dm", "call", "tweet",
    "attempt", "request", "reminder", "chaser", "abeg",
))  # fmt: skip
# Every match of _FRAME holds one of these tokens (or starts with one of _FRAME_STEMS).
_FRAME_HINT: Final = frozenset((
    "thanks", "thank", "thx", "cheers", "grateful", "kudos", "love", "loved", "loving", "adore",
    "glad", "pleased", "delighted", "thrilled", "great", "wonderful", "brilliant", "amazing",
    "fantastic", "fab", "superb", "excellent", "awesome", "perfect", "lovely", "stellar",
    "impressive", "impressed", "well", "good", "nice", "top", "masterpiece", "nothing", "never",
    "best", "what", "would",
))  # fmt: skip
_FRAME_STEMS: Final = ("appreciat", "enjoy")
_WIDER_GRIEVANCE: Final = re.compile(
    r"\b(?:vanish\w*|disappear\w*|melted|no record|rubbish|garbage|shocking|appalling|dreadful|"
    r"lousy|not impressed|transferred|no luck|"
    r"(?:did ?n[o']?t|does ?n[o']?t|won'?t) (?:work|help|fix)|"
    r"same (?:thing|problem|issue|error|story|again)|also (?:faulty|broken|damaged)|"
    r"(?:keeps?|kept|still) (?:crash|drop|fail|freez|happen|load|buffer|pop|show|say|log|"
    r"disconnect|restart|reboot|lagg|break|stopp|tim|declin|cutt|charg)\w*|"
    r"without (?:asking|warning|notice|telling)|"
    r"pay(?:ing)? (?:more|extra|double)|price (?:rise|hike|increase)s?|surprise (?:fee|charge)s?|"
    # Session 12: a symptom and "again", however terse ("buffering. again.", "down again").
    r"(?:buffer\w*|lagg\w*|crash\w*|froze|frozen|freezing|down|offline|broken|dead|late|delayed|"
    r"cancel+ed|declined|dropp(?:ed|ing)|disconnect\w*|glitch\w*|logged out|cut|missed|"
    r"not (?:collected|emptied|picked up|delivered|fixed|working))(?: out| off)?"
    r"[.!…\s]+"
    r"(?:yet |once )?again)\b"
)
# Names of devices and systems, and words that only describe one.
_DEVICE: Final = frozenset((
    "iphone", "ipad", "ipod", "mac", "macbook", "imac", "pixel", "galaxy", "samsung", "android",
    "ios", "ipados", "macos", "osx", "windows", "linux", "chromebook", "huawei", "xiaomi",
    "oneplus", "motorola", "nokia", "lenovo", "dell", "hp", "sony", "lg", "roku", "firestick",
    "alexa", "echo", "sonos", "playstation", "ps0", "xbox", "version", "model", "gb", "tb",
    "firmware", "os", "build", "laptop", "tablet", "desktop", "sierra", "mojave",
))  # fmt: skip
_VERSION: Final = re.compile(r"\b[a-z]?0+(?:\.0+)+\b|\b(?:ios|android|windows|version) 0+\b")
# What says something is wrong in a follow-up (negated forms like "no error messages" do not
# count: the scan reads the negation-marked tokens).
_SYMPTOM: Final = _PROBLEM | _FAILURE_AFTER | frozenset((
    "happens", "happening", "happened", "started", "starts", "occurs", "occurring", "occurred",
    "skipping", "skips", "static", "freezes", "freezing", "froze", "stops", "crashes",
    "can't", "cant", "cannot", "won't", "wont", "doesn't", "doesnt", "isn't", "isnt", "not",
    "didn't", "didnt", "unable", "only", "keeps", "but", "longer", "sucks", "bug", "bugs",
    "supposed", "trying", "tried", "ridden", "slow", "drains", "draining",
))  # fmt: skip
_NONE: Final = frozenset(("no", "without", "zero", "any"))
# Every match of _WORKS_NOW holds one of these.
_WORKS_NOW_WORDS: Final = ("work", "fine", "good", "sort", "did", "fix", "help", "solv", "resolv")
_WORKS_NOW: Final = re.compile(
    r"\b(?:(?:that|it|this|which|the (?:restart|reinstall|update|reset|fix)) (?:has )?"
    r"(?:worked|works|did it|did the trick|fixed it|sorted it|helped)|(?:it's|its|it is|all|now) "
    r"(?:working|fine|good|sorted)|working (?:now|again|fine)|all good|fine now|sorted now|"
    r"(?:fine|working|good) again|problem solved|issue (?:is )?(?:resolved|solved|fixed))\b"
)
_WORDLESS: Final = re.compile(r"^[\W_]*$")
_PLACEHOLDERS: Final = re.compile(r"@user|http")


@dataclass(frozen=True, slots=True)
class TextFacts:
    """One boolean per message for each fact (see the module docstring)."""

    personal: _BoolArray
    late_failure: _BoolArray
    foreign_grievance: _BoolArray
    angry_emoji_only: _BoolArray
    asks_about_offer: _BoolArray
    turnaround: _BoolArray
    sarcasm_marker: _BoolArray
    wider_grievance: _BoolArray
    foreign_praise: _BoolArray
    device_details: _BoolArray
    works_now: _BoolArray
    praise_for_bad_event: _BoolArray
    chaser: _BoolArray
    plain_praise: _BoolArray
    desk_offer: _BoolArray
    laughing: _BoolArray
    praised: _BoolArray
    defends: _BoolArray
    defends_abroad: _BoolArray
    consoled: _BoolArray
    own_bad_event: _BoolArray
    news: _BoolArray
    applies: _BoolArray


def _late_failure(tokens: list[str]) -> bool:
    if SOLVE_VERBS.isdisjoint(tokens):
        return False  # the usual case, decided in C
    solved = [i for i, t in enumerate(tokens) if t in SOLVE_VERBS]
    return bool(solved) and any(t in _FAILURE_AFTER for t in tokens[solved[0] + 1 :])


def _turnaround(tokens: list[str]) -> bool:
    """A problem, then after it something put right and thanks or praise, nothing ongoing."""
    if _PROBLEM.isdisjoint(tokens):
        return False  # the usual case, decided in C
    if "?" in tokens or not _ONGOING.isdisjoint(tokens):
        return False
    negated = negate(tokens)
    problems = [i for i, t in enumerate(tokens) if t in _PROBLEM]
    if not problems:
        return False
    first = problems[0]
    fixed = [
        i
        for i, t in enumerate(negated)
        if i > first
        and (t in _RESOLVED or (t == "back" and i > 0 and tokens[i - 1] in _BACK_AFTER))
        # "within 10 working days" is a promised wait, not a fix (held-out set q: a refund
        # chased five weeks on, calmed as a turnaround).
        and not (t == "working" and tokens[i + 1 : i + 2] and tokens[i + 1] in _SPANS)
    ]
    if not fixed:
        return False
    after = tokens[fixed[0] + 1 :]
    if any(t in _FAILURE_AFTER or t in _PROBLEM for t in after):
        return False
    # The praise may open the message ("customer service was brilliant after my parcel went
    # missing, a new pair arrived next day") or close it.
    return bool(_PRAISE_EN.search(" ".join(tokens)))


def _device_details(normalised: str, tokens: list[str]) -> bool:
    """Names a device, system or version at least twice and no symptom."""
    if _DEVICE.isdisjoint(tokens) and "0" not in normalised:
        return False  # the usual case, decided in C
    devices = sum(t in _DEVICE for t in tokens)
    named = devices + len(_VERSION.findall(normalised))
    # At least one device or system by name: two dotted numbers alone are as often a date
    # and an amount written the German way ("am 2.1. hochgeladen ... 18.344 kWh"; a meter
    # reading dispute in held-out set 2026s was calmed as bare details).
    if named < 2 or not devices or "?" in tokens or _WIDER_GRIEVANCE.search(normalised):
        return False
    if "no longer" in normalised:
        return False
    # "no error messages", "without issues": a problem word right after these is no symptom
    return not any(
        t in _SYMPTOM and (i == 0 or tokens[i - 1] not in _NONE) for i, t in enumerate(tokens)
    )


def _works_now(normalised: str) -> bool:
    """Says it works now, and nothing after that says otherwise."""
    if not any(w in normalised for w in _WORKS_NOW_WORDS):
        return False  # the usual case: a few substring tests instead of the expression
    matches = list(_WORKS_NOW.finditer(normalised))
    if not matches:
        return False
    last = matches[-1]
    negated = negate(tokenise(normalised[: last.start()]))
    if negated and negated[-1].startswith("neg_"):
        return False  # "not working now"
    rest = normalised[last.end() :]
    tokens = tokenise(rest)
    if "?" in tokens or _WIDER_GRIEVANCE.search(rest) or EMOJI_NEGATIVE.search(normalised):
        return False
    return not any(t in _SYMPTOM or t in _ONGOING for t in negate(tokens))


def _praise_for_bad_event(normalised: str, tokens: list[str]) -> bool:
    """A positive frame and a concrete bad event (not negated) in one message, nothing put
    right (see :data:`_FRAME`)."""
    if _FRAME_HINT.isdisjoint(tokens) and not any(s in normalised for s in _FRAME_STEMS):
        return False  # the usual case, decided in C
    if not _PUT_RIGHT.isdisjoint(tokens) or _FRAME.search(normalised) is None:
        return False
    if _OVER.search(normalised):
        return False
    return any(True for _ in _bad_events(normalised))


# A closing "thanks" after a chaser: its sign-off, not praise (see _chaser).
_SIGN_OFF: Final = re.compile(
    r"[\s,.!-]*\b(?:(?:many )?thanks?(?: you)?(?: (?:in advance|so much))?|thx|ty|cheers)[\s.!]*$"
)


def _chaser(normalised: str, tokens: list[str]) -> bool:
    """Chases an answer without naming a symptom, and does not thank or praise."""
    chases = (
        bool(_CHASER_START.match(normalised))
        or (not _CHASER_HINT.isdisjoint(tokens) and bool(_CHASER.search(normalised)))
        or (not _CHASER_CASE_HINT.isdisjoint(tokens) and bool(_CHASER_CASE.search(normalised)))
    )
    # A closing "thanks" is a polite chaser's sign-off, not praise (held-out set i,
    # session 15: "... this is my fourth message. Could someone take a look please? Thanks").
    return chases and not _PRAISE_EN.search(_SIGN_OFF.sub("", normalised))


def _own_bad_event(normalised: str) -> bool:
    """A concrete bad event (not negated) that the writer's own words lead up to in the same
    sentence ("my order is still missing", "i've been on hold"): their own grievance."""
    for m in _bad_events(normalised):
        sentence = SENTENCE_BREAK.split(normalised[max(0, m.start() - 48) : m.start()])[-1]
        if _SINGULAR.search(sentence):
            return True
    return False


def _bad_events(normalised: str) -> Iterator[re.Match[str]]:
    """The concrete bad events of ``normalised`` that no negation or handling just before
    undoes ("got cancelled" counts; "not cancelled", "despite the delay" do not)."""
    for m in _BAD_EVENT.finditer(normalised):
        if not _NEGATED_BEFORE.search(normalised[max(0, m.start() - 24) : m.start()]):
            yield m


def _quote(match: re.Match[str] | None) -> str:
    """A match as a quotable phrase: placeholders dropped; empty when no words are left."""
    if match is None:
        return ""
    phrase = " ".join(w for w in match.group(0).split() if w not in ("@user", "http"))
    return phrase.strip(" ,.") if any(ch.isalnum() for ch in phrase) else ""


def rule_reasons(
    kept: str, language: str, *, chaser: bool, sarcasm: bool, grievance: bool
) -> tuple[str, ...]:
    """Why the text rules flagged a complaint, quoting the message where they can.

    ``kept`` is the message normalised with its digits kept
    (``normalise_text(text, keep_digits=True)``), so a quote says "4 days", not "0 days";
    the flags say which rule fired (:func:`followback.inbox.classify.cue_rules`).
    """
    out: list[str] = []
    if chaser:
        said = _quote(
            _CHASER_START.match(kept) or _CHASER.search(kept) or _CHASER_CASE.search(kept)
        )
        out.append(f'chases an answer: "{said}"' if said else "chases an answer")
    if sarcasm:
        bad = _quote(_BAD_EVENT.search(kept)) if _FRAME.search(kept) else ""
        mark = _quote(_SARCASM_MARK.search(kept))
        if mark:
            out.append(f'sarcasm: "{mark}"')
        elif bad:
            out.append(f'sarcastic praise for "{bad}"')
    if grievance:
        lists = _LIST_OF.get(language, language)
        found = _GRIEVANCE_RE[lists].search(kept) if lists in _GRIEVANCE_RE else None
        said = _quote(found or _ROMANISED_GRIEVANCE.search(kept))
        out.append(f'"{said}" ({language})' if said else f"complaint in {language}")
    return tuple(out)


def _plain_praise(normalised: str, tokens: list[str]) -> bool:
    """Praise words and nothing that spoils them (see :data:`_PLAIN_PRAISE`)."""
    if _PRAISE_HINT.isdisjoint(tokens):
        return False  # the usual case, decided in C
    return (
        bool(_PLAIN_PRAISE.search(normalised))
        and not _PRAISE_SPOILER.search(normalised)
        and not _WIDER_GRIEVANCE.search(normalised)
        and not EMOJI_NEGATIVE.search(normalised)
    )


def _laughing(normalised: str) -> bool:
    if not any(h in normalised for h in _LAUGH_HINTS):
        return False  # the usual case: a few substring tests
    return bool(_LAUGH.search(normalised)) and not EMOJI_NEGATIVE.search(normalised)


def _angry_emoji_only(normalised: str) -> bool:
    bare = _PLACEHOLDERS.sub(" ", normalised)
    return (
        bool(_WORDLESS.match(bare))
        and bool(EMOJI_NEGATIVE.search(bare))
        and not EMOJI_POSITIVE.search(bare)
    )


def text_facts(
    normalised: Sequence[str],
    languages: Sequence[str],
    tokens: Sequence[list[str]] | None = None,
) -> TextFacts:
    """The facts of each normalised text, given its detected language (ISO 639-1) and,
    when the caller has them, its tokens (:func:`~followback.inbox.features.tokenise`)."""
    lists = [_LIST_OF.get(lang, lang) for lang in languages]
    if tokens is None:
        tokens = [tokenise(t) for t in normalised]
    grievance = [
        (lang in _GRIEVANCE_RE and bool(_GRIEVANCE_RE[lang].search(t)))
        or _romanised_grievance(t, tt)
        for t, lang, tt in zip(normalised, lists, tokens, strict=True)
    ]
    praise = [
        lang in _PRAISE_RE and bool(_PRAISE_RE[lang].search(t)) and not g
        for t, lang, g in zip(normalised, lists, grievance, strict=True)
    ]
    works_now = np.asarray([_works_now(t) for t in normalised], dtype=bool)
    defends = np.asarray(
        [_defends(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool
    )
    consoled = np.asarray(
        [_consoled(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool
    )
    return TextFacts(
        personal=np.asarray([not _FIRST_PERSON_TOKENS.isdisjoint(t) for t in tokens], dtype=bool),
        late_failure=np.asarray([_late_failure(t) for t in tokens], dtype=bool),
        foreign_grievance=np.asarray(grievance, dtype=bool),
        angry_emoji_only=np.asarray([_angry_emoji_only(t) for t in normalised], dtype=bool),
        asks_about_offer=np.asarray(
            [bool(_OFFER.search(t)) and not _OUTAGE.search(t) for t in normalised], dtype=bool
        ),
        turnaround=np.asarray([_turnaround(t) for t in tokens], dtype=bool),
        sarcasm_marker=np.asarray(
            [bool(_SARCASM_MARK.search(t)) if _MARK_HINT.search(t) else False for t in normalised],
            dtype=bool,
        ),
        wider_grievance=np.asarray(
            [bool(_WIDER_GRIEVANCE.search(t)) for t in normalised], dtype=bool
        ),
        foreign_praise=np.asarray(praise, dtype=bool),
        device_details=np.asarray(
            [_device_details(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool
        ),
        works_now=works_now,
        praise_for_bad_event=np.asarray(
            [_praise_for_bad_event(n, t) for n, t in zip(normalised, tokens, strict=True)],
            dtype=bool,
        ),
        chaser=np.asarray(
            [_chaser(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool
        ),
        plain_praise=np.asarray(
            [_plain_praise(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool
        ),
        desk_offer=np.asarray(
            [
                "us" in t and bool(_DESK_OFFER.search(n)) and not _SINGULAR.search(n)
                for n, t in zip(normalised, tokens, strict=True)
            ],
            dtype=bool,
        ),
        laughing=np.asarray([_laughing(t) for t in normalised], dtype=bool),
        # Read only where a fix can be praised (a "solved" cue or "works now" beside it).
        praised=np.asarray(
            [
                (w or not SOLVED_STARTS.isdisjoint(k)) and bool(_PRAISE_EN.search(t))
                for t, k, w in zip(normalised, tokens, works_now, strict=True)
            ],
            dtype=bool,
        ),
        defends=defends,
        defends_abroad=np.asarray([_defends_abroad(n) for n in normalised], dtype=bool),
        consoled=consoled,
        # Read only where it matters (the rule that calms those two); a scan costs 8 us.
        own_bad_event=np.asarray(
            [
                bool(d or c) and _own_bad_event(t)
                for t, d, c in zip(normalised, defends, consoled, strict=True)
            ],
            dtype=bool,
        ),
        news=np.asarray([_news(n, t) for n, t in zip(normalised, tokens, strict=True)], dtype=bool),
        applies=np.asarray([_applies(t) for t in normalised], dtype=bool),
    )
