"""Question analysis from Korean grammar: what is asked, in which unit, under which constraints.

Read off Kiwi's morphemes, not off word lists of any corpus:

- **what is asked** (``asks``): the question word and what it governs. 몇 + a counter
  gives the unit (몇 미터 -> m, 몇 퍼센트 -> %, 몇 가구 -> 가구); 얼마 asks for money unless
  its head noun says otherwise (길이는 얼마 -> a length); 누구/언제/어디 ask for a person, a
  time, a place; 무슨/어떤/어느 + noun and a question that ends on a noun ("…한 해는?",
  "…의 이름은?") ask for a thing of that noun's kind. The nouns that name a kind (해, 날,
  사람, 나라, 길이, 비율, 이유…) are general Korean, listed in ``HEADS``.
- **constraints**: what the evidence must also be about. Proper nouns and Latin names
  (부산시, 뉘르부르크링, ETRI), years and dates (1932년, 7월 20일) and other figures of the
  question (2.39m) must be found near the chosen sentence; the other content nouns are
  soft (an IDF-weighted share of them must be found, see abstain.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from .figures import SQUARED_LETTERS, canonical_unit, is_unit, unit_kind
from .korean import YEARS_FROM_DATE, pos, tokenize

# What a value question can ask for (kinds of value), and the other kinds of question.
VALUE_ASKS = ("amount", "count", "percent", "measure", "date", "duration", "age", "ordinal", "score")
ASKS = VALUE_ASKS + ("person", "place", "entity", "list", "yesno", "description")

# Who pays a share of a public project's cost: the state, the city, the province, the district,
# private capital, the beneficiary (국비 5억원 of a 10억원 사업비: abstain._another_share)
PAYERS = frozenset("국비 시비 도비 구비 군비 지방비 민자 민간투자 자부담".split())

# Nouns that say what kind of thing the question asks for, when the question ends on them
# ("…만들어진 해는?") or a question word governs them ("어떤 나라"). General Korean.
HEADS: dict[str, str] = {}
for _kind, _words in {
    "date": "해 연도 년도 날 날짜 일자 일시 시기 때 시점 요일 계절 세기 시대 달 시각 개최일 출시일 생일",
    "duration": "기간 동안 시간 임기 수명",
    "person": "사람 인물 분 실명 선수 감독 작가 저자 주인공 배우 가수 왕 황제 대통령 총리 장관 시장 의장 회장 사장 "
              "대표 단장 청장 위원장 교수 학자 수상자 설립자 창업자 발명가 작곡가 작사가 멤버 아버지 어머니 "
              "아들 딸 부인 아내 남편 형 동생 누나 언니 오빠 이모 삼촌 할아버지 할머니 스승 제자 후계자 "
              "지도자 주인 상대 범인 후보 당선자 책임자 담당자 관계자 대변인 이사장 총장 원장 센터장 국왕 여왕 황후 "
              "대표이사 이사 부회장 부사장 사무총장 실장 국장 부장 팀장 소장 관장 차관 총재 의원 대사 "
              "주교 교황 코치 심판 기자 작곡자 연출가 지휘자 건축가 화가 시인 소설가 창시자 개발자 후임 전임 후임자 전임자 "
              "고문 부총재 최고위원 원내대표 변호사 판사 검사장 목사 신부 스님 박사 선생 교사 특보 비서관 수석 차장 "
              "부장관 장군 대장 중장 제독 선장 함장 단원 회원 대원 편집장 이사회장 공동대표 "
              "약사 의사 간호사 교장 교감 강사 과장 계장 주무관 담당관 공무원 직원 군수 도지사 구청장 "
              "지사 부지사 부시장 부군수 부구청장 교육감 처장 본부장 학장 사무관 법인장 지사장 지점장 공장장 점장 행장 "
              "기획관 감사관 정책관 조사관 감독관 경찰관 외교관 행정관 보좌관 참사관 서기관 심의관 조정관 협력관",
    "place": "곳 장소 지역 위치 나라 국가 도시 지방 마을 섬 주소 본사 소재지 동네 대륙 행성 지점 출신지 "
             "고향 발생지 무대 근거지 수도 항구 공항 자리",
    "amount": "예산 비용 금액 잔액 잔고 가격 요금 사업비 투자액 투자금 매출 매출액 자본금 상금 연봉 임금 급여 세금 "
              "보조금 지원금 기금 부채 수익 손실 총액 액수 값 운임 수강료 등록금 입장료 이용료 과징금 벌금 "
              "배상금 사용료 수수료 이적료 몸값 재산 예산액 총사업비 사업비용 분담금 출연금 교부금 교부세 월급 단가 수당 "
              "이자 대출금 융자금 상환금 월세 보증금 회계 세입 세출 추경 일당 일급 시급 주급 삯 뱃삯 품삯 찻삯 차비 "
              "기본급 성과급 지출 적자 흑자 순이익 순익 영업이익 이자이익 당기순이익 손익 "
              + " ".join(PAYERS),
    "measure": "길이 높이 넓이 면적 거리 깊이 무게 두께 폭 너비 둘레 용량 속도 온도 고도 해발 키 체중 크기 수심 수위 총연장",
    "percent": "비율 비중 점유율 확률 증가율 성장률 투표율 득표율 실업률 출산율 지지율 시청률 이율 금리 세율 만족도 인지도 선호도 신뢰도 지지도 호감도 찬성률",
    "count": "수 인원 인구 숫자 횟수 개수 갯수 명수 대수 관객수 가구수 규모 점수",
    "age": "나이 연령 연령대 연령층 나이대",
    "ordinal": "순위 등수",
    "score": "스코어",
    "description": "이유 원인 까닭 방법 목적 의미 내용 특징 역할 효과 영향 결과 방안 과정 배경 차이 방식 계기 "
                   "근거 조건 기준 절차 전망 입장 주장 평가 반응",
}.items():
    for _w in _words.split():
        HEADS[_w] = _kind
# the nouns of a person, a post or a role (장관, 시장, 관계자): extract's titles and _post_named
PERSON_TITLES = frozenset(w for w, k in HEADS.items() if k == "person")
_YEAR_HEADS = frozenset("해 연도 년도".split())
# a size of no kind of its own ("사업 규모는?" -> 7천396억 원, "참가 규모" -> 3천 명): any quantity,
# unless a question word says which ("규모는 얼마?" -> a sum)
ANY_SIZE = frozenset({"규모"})
# times that are as often a phrase as a figure ("폐쇄된 때는?" -> 조선 왕조)
PHRASE_TIMES = frozenset("때 시기 시점 시대 시절 계절 무렵".split())
# what a measure head measures (figures.DIMENSIONS): 면적 wants ㎢, not km
# (rain and snow are measured as a depth: 강수량 56.4㎜, 적설 20cm)
HEAD_DIMENSION = {**{w: "length" for w in "길이 높이 거리 깊이 두께 폭 너비 둘레 고도 해발 키 최고점 연장 수심 수위 "
                                          "강수량 강우량 적설량 강설량 적설".split()},
                  **{w: "area" for w in "넓이 면적 부지 평수".split()},
                  **{w: "weight" for w in "무게 체중 중량".split()},
                  "속도": "speed", "온도": "temperature", "기온": "temperature"}
# words that make "얼마" a sum of money even when its head noun is of no known kind
# the magnitudes Korean writes before a unit, alone or compounded (천억, 백만, 십억)
_MAGNITUDE = re.compile(r"[십백천만억조]+")
# what a topic's quantity may be when "얼마나" asks how much it changed (늘었어, 줄어든)
_CHANGE_KINDS = ("amount", "count", "measure", "percent", "age", "duration")
# a question word said twice asks for all of them: "어디 어디", "뭐뭐", "누구누구", "어떤 어떤"
_REDUPLICATED_WH = re.compile(r"(어디|누구|뭐|무엇|어떤|무슨)\s*\1(?![가-힣]*(?:든|라도|나))")
# (세수, 세입, 세금: a tax's money — 세수 ends in 수 as a count's noun does, "관객수")
_MONEY_WORDS = frozenset("돈 원 달러 비용 금액 가격 예산 값 사업비 투자 투자금 수입 수출 수익 매출 어치 세수 세입 세금 액 액수".split())
# "무엇이라고 하는가", "뭐라고 부르나요", "이르는 말은", "가리키는 용어는": what something is called
_CALLED = re.compile(r"(?:무엇|뭐|무어)(?:이)?라(?:고)?\s*(?:하|부르|불리|이르|칭하|일컫|명명)"
                     r"|(?:이르는|부르는|일컫는|가리키는|뜻하는|칭하는)\s*(?:말|용어|단어|표현|명칭|이름)")
# a particle at the end of a word (어디에, 연도로, 경자청장은)
PARTICLE_END = re.compile(r"(?:에서|에게|으로|에|로|은|는|이|가|을|를|의|와|과|도)$")
# "…의 이름은?": the kind is the noun the name belongs to
NAME_HEADS = frozenset("이름 명칭 제목 별명 별칭 이름표 정식명칭 국호 상호 브랜드명".split())
_NAME_HEADS_RE = "|".join(sorted(NAME_HEADS, key=len, reverse=True))
# Suffixes that make a noun an amount, a rate or a count: 사업비, 지원금, 이용료, 투자액,
# 성장률, 사상자수 (longer heads only, so 비/금/수 alone keep their own sense).
# the endings of a noun naming a sum (사업비, 지원금, 입장료, 상한액)
AMOUNT_SUFFIXES = ("비", "금", "료", "액")
_HEAD_SUFFIX = [("amount", AMOUNT_SUFFIXES), ("percent", ("율", "률")), ("count", ("수",))]
# Nouns too general to constrain anything ("…하는 것은?", "어떤 경우").
GENERIC = frozenset("것 수 등 때 중 경우 이름 명칭 무엇 어디 누구 언제 얼마 뭐 뭔 이것 그것 저것 여기 거기 얘기 이야기 거 끝 앞 뒤 "
                    "그때 이때 그날 그해 그무렵 "
                    "이번 이날 당시 현재 정도 관련 대해 통해 위해 가지 번 째 쪽 측 데 뿐 바 적 즈음 이후 이전 "
                    "전 후 간 내 외 사이 부분 가운데 처음 최초 마지막 정말 혹시 동안 본인 자신 자기 지금 최근 예전 "
                    # (a speaker's "originally", which news writes 당초 or not at all: "원래 목표는 얼마였어?"; inside
                    # and outside: "가람단지 안에 있는 센터")
                    "원래 본래 애초 안 밖".split())

_WH_NP = {"누구": "person", "어디": "place", "무엇": "entity", "뭐": "entity", "뭔": "entity", "언제": "date",
          "얼마": "amount"}
_WH_MM = frozenset({"무슨", "어떤", "어느", "몇"})
# 얼마나 + predicate: how many, how long, how far…
_HOW_MUCH = {"많": "count", "걸리": "duration", "오래": "duration", "길": "measure", "높": "measure",
             "넓": "measure", "멀": "measure", "깊": "measure", "크": "measure", "무겁": "measure",
             "빠르": "measure", "되": "", "들": "amount", "들어가": "amount", "쓰": "amount", "받": "amount", "벌": "amount"}
# a currency a sum is asked in: "달러로 치면 얼마", "유로로는 얼마야", "미국달러 기준" (불 is 달러)
_IN_CURRENCY = re.compile(r"(달러|유로|위안|파운드|(?<![가-힣])엔|(?<![가-힣])불|(?<![가-힣])원(?=화))(?:화)?\s*(?:으로|로|기준)(?:는|도)?(?![가-힣])")
_CURRENCY_ALIASES = {"불": "달러"}
# a measure asked in a unit named with 로 and a verb of converting or telling ("마일로 하면 얼마",
# "헥타르로 환산하면", "마일로 알려줘")
_IN_MEASURE = re.compile(r"(?<![가-힣A-Za-z])([가-힣]{1,4}|[A-Za-z㎡㎢㎞]{1,3})\s*(?:(?:으로|로)\s*"
                         r"(?:치면|하면|환산|바꾸면|바꿔|계산하면|따지면|알려|말해|나타내)"
                         # ("물동량은 톤 기준으로 얼마": reckoned in that unit, written in Hangul — "KB
                         # 기준" is a bank's survey as often)
                         r"|(?<=[가-힣])\s*기준(?:으로)?(?![가-힣]))")
# a sum asked to be converted, with no question word: "5223억 달러로 치면?", "유로로 바꾸면?"
_CONVERTED = re.compile(_IN_CURRENCY.pattern + r"\s*(?:치면|따지면|환산하면|바꾸면|계산하면)\s*[?？]?\s*$")
# the periods a sum is said for (연간 예산, 월간 매출): when, not which sum
_SUM_PERIODS = frozenset("연간 월간 주간 일간 연 월 분기 상반기 하반기 당초 최종".split())
# a term served or held, said before or after "몇 년" (징역 3년, 5년 형, 4년 임기)
_TERMS_SERVED = frozenset("징역 금고 실형 집행유예 자격정지 복역 임기".split())
_TERMS_AFTER = frozenset("형 형량 임기 징역".split())
# an agreement that runs for a term, as 임기 does: "몇 년 임대계약 맺어?", "계약 몇 년이야?" (not
# with 까지, 에, 부터 after: "임대계약 몇 년까지야?" asks the year it ends)
_TERMS_AGREED = frozenset("계약 임대 임차 약정 대여".split())
# 몇 년 + these: a span (몇 년 동안, 몇 년 만에, 몇 년 연속), not a year
# (이나 stresses how many: "몇 년이나 썼어?" asks how long, as "며칠이나 걸려?" does)
_SPAN_AFTER = frozenset({"안", "동안", "간", "만", "째", "전", "후", "이내", "뒤", "마다", "이나", "나", "연속", "연이어",
                         "이상", "이하", "미만", "초과", "씩", "치", "분", "단위", "주기"})  # ("몇 년 이상 살아야": a least
# span, no year; "몇 년치 물량": so many years' worth; "몇 년 단위로", "몇 년 주기로": a span repeated;
# "동마다 며칠씩": how many days each, no day of the month)
# a count of items a list is asked with (4대 전략, 3가지): not an ordinal (제14대, 제 14대, whose 제
# stands alone: 경제 5대 전략 is a list) nor the end of a longer number (1,200대, 14대)
_COUNTED = re.compile(r"(?<![\d,.])(?<!(?<![가-힣])제)(?<!(?<![가-힣])제\s)(\d+)\s*(대|개(?!월|년)|가지)(?=\s*\S)"
                      r"|(두|세|네|다섯|여섯|일곱)\s*가지")
_COUNT_VALUE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7}
# a count or a sum asked over a span of years ("최근 3년 동안 몇 건?"): the span's total, not one
# year's ("2021년 42건, …, 모두 174건"), unless asked each year or on average
_OVER_SPAN = re.compile(r"(?:최근|지난)\s*\d+\s*(?:년|개월|달)\s*(?:간|동안|새)(?!.*(?:매년|해마다|매달|평균|마다|씩))")
_TOTAL_FORMS = frozenset({"총", "모두", "전체", "합계", "통틀", "총액", "총계", "누적", "전부", "합쳐"})
# what is given, paid or spent, asked by 얼마: money, whatever its head ("월세 지원은 얼마야?",
# "한 달에 얼마씩 줘?", "얼마 받아?", "얼마 내?")
_GIVING = frozenset({"지원", "지급", "보조", "보상", "배상", "환급", "후원", "부담", "지출", "납부"})
_GIVEN_AFTER = re.compile(r"얼마(?:나|씩|를|만큼|정도|쯤)?\s*(?:씩\s*)?(?:더\s*)?"
                          r"(?:주(?:나|니|는|고|어|면|셔|시)|줘|준다|줄|받|내(?:야|나|요|니|는|면|고)?(?![가-힣])|낸|낼|냈|벌|번다|벌었"
                          r"|지급|지원|보조|부담)")
# the words that say a mean of what is asked ("평균 사기금액", "연평균 증가율")
_MEAN_FORMS = frozenset({"평균", "연평균", "월평균", "일평균", "평균치", "평균값"})
# after a figure of the question, the side of it asked: "20cm 넘게", "5명 이상", "1만원 미만"
_BOUND_AFTER = re.compile(r"\s*(?:(넘게|넘는|넘은|넘어|이상|초과|보다\s*많)|(미만|이하|안\s*되는|보다\s*적))")


# the writer of the article asked: "기사 쓴 기자 누구야?", "어느 기자들이 썼어?", "기자 이름이 뭐예요?"
# (the article's, not a book's: "연구서를 쓴 사람은?" asks an author the article names)
WRITER_ASKED = re.compile(r"기자들?\s*(?:가|는|이|의)?\s*(?:누구|이름|성함)|어느\s*기자|기사[^?]{0,15}?(?:누가|쓴|썼|작성)")
# the bound a figure asked is said with, no noun it counts: "최소 몇 개", "평균 얼마"
# a bound said after a figure, read as a noun by Kiwi ("3회 이상", "몇 번 이하")
_BOUNDS_SAID = frozenset({"이상", "이하", "미만", "초과", "이내"})
_BOUND_FORMS = frozenset({"최소", "최대", "최소한", "최대한", "적어도", "평균"})
NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "W_SERIAL", "SW"})
# the administrative units a place name ends in (부산광역시, 기장군, 해운대구, 상하면)
ADMIN_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "시", "도", "군", "구", "읍", "면", "동")
_ADMIN = re.compile("(" + "|".join(ADMIN_SUFFIXES) + ")$")
# … and a place a journey leaves from or goes to ("무안발 도쿄행": 발, 행)
_ROUTE = re.compile(r"([가-힣]{2,})(?:선|역|항|점|발|행)")
# two places joined by a tilde with no space: a route or a stretch ("영종~강남"); not figures
# ("15~29세") nor a title running on ("유비코이~ 그대에게")
_ROUTE_PAIR = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9]+)[~∼～]([가-힣][가-힣A-Za-z0-9]+)")


@dataclass(frozen=True)
class Constraint:
    """Something the evidence must be about.

    ``kind``: "part" (a noun of the one part a figure is asked of, marked by 만: "장애인
    복지에만 배정된 예산"), found beside the figure; "name" (a proper noun or Latin name), "subject" (a common noun marked as the
    question's subject: 빅뱅이; the noun saying which figure is asked: 택시 of 택시 기본요금; which
    holder of a post: 초대, 후임), "time" (a year or date), "reported" (a year or month the
    question says the article reports from, "2024년 1월 보도에서": met by the article's date),
    "number" (another
    figure of the question); these must be found. "speaker": a person the question says spoke
    ("박형준 시장이 꼽은 …"), found by name or by a text in the first person (an interview
    transcript says "저는", never its speaker's name). "post": the post a person question asks
    for (부이사장), missing only where the article names a shorter post it extends (이사장) and
    not it. "kin": the kinship asked (아내, 아버지), said in the sentence or beside it by a word of
    its family (question.KIN). "breakdown": the noun a breakdown is asked by (시도 of 시도별로,
    남녀 of 남녀 각각), found near the sentence. "term" (another content noun) is soft.
    ``forms``: what counts as finding it, squashed (no spaces) and lower-cased: the word as
    written, and its stem without an administrative suffix (부산시 -> 부산) or a title.
    """

    kind: str
    text: str
    forms: tuple[str, ...]
    # proper nouns inside a compound name, each to be found exactly: 인천경제자유구역청 is not
    # 부산진해경제자유구역청, however alike the rest of the letters
    parts: tuple[str, ...] = ()

    def __post_init__(self):
        # an article may set a unit in its CJK squared sign (㎏당, 2㎞): a form spelling the unit in
        # letters is found in that sign too, as figures.py reads the sign as the unit
        signed = tuple(dict.fromkeys(_LATIN_UNIT.sub(lambda m: _SQUARED_SIGN[m.group(1)], f) for f in self.forms))
        if any(f not in self.forms for f in signed):
            object.__setattr__(self, "forms", tuple(dict.fromkeys(self.forms + signed)))


# the squared unit signs (U+3380–U+33DF) by the letters they stand for (kg -> ㎏, km -> ㎞), and a
# unit in letters as written in a form: after a digit or at its start, no letter after it
# (the first sign of the letters: ㎞ U+339E, not the capitals' ㏎ U+33CE)
_SQUARED_SIGN: dict[str, str] = {}
for _c, _nf in SQUARED_LETTERS.items():
    if re.fullmatch(r"[A-Za-z]{2,3}", _nf):
        _SQUARED_SIGN.setdefault(_nf.lower(), _c)
_LATIN_UNIT = re.compile(r"(?:(?<=\d)|^)(" + "|".join(sorted(_SQUARED_SIGN, key=len, reverse=True)) + r")(?![a-z])")


@dataclass(frozen=True)
class Question:
    text: str  # as asked this turn
    query: str  # what is searched: a follow-up made standalone, English turned into Korean terms
    asks: str  # one of ASKS
    unit: str | None = None  # canonical unit asked for (몇 미터 -> "m"), when the question names one
    head: str | None = None  # the noun the question asks about (학교, 해, 예산)
    constraints: tuple[Constraint, ...] = ()
    count: tuple[int, str] | None = None  # a list of N items asked for (4대 전략 -> (4, "4대"))
    total: bool = False  # asks for a whole (총, 모두, 전체), not one of its parts
    korean: bool = True
    tokens: tuple[str, ...] = ()  # content morphemes of the query (lexical overlap)
    focus: tuple[str, ...] = ()  # a follow-up's own content morphemes (they lead the sentence choice)
    particle: str | None = None  # the particle on the question word (어디에서 -> 에서): the answer carries it too
    attribute: str | None = None  # the noun a figure is asked of ("일자리는 몇 개" -> 일자리)
    named: bool = False  # asks for a name ("…의 이름은?", "명칭은?")
    # what the question says happened ("출소했나요" -> 출소, "다스렸나요" -> 다스리): a value of
    # another event in the same article (its 입소, its 발표) does not answer it
    predicate: str | None = None
    # asks what something is called ("…을 무엇이라고 하는가?", "…를 이르는 말은?"): the answer is the
    # word a sentence names it by ("X라고 한다", "X라 부른다")
    called: bool = False
    # the content words right before and after the question word ("사우디아라비아가 어느 나라를
    # 공습한" -> 사우디아라비아, 공습): the answer stands where the question word stands
    slot: tuple[str | None, str | None] = (None, None)
    # the predicate of a relative clause on the asked noun, when the question ends with that
    # noun ("…해야 한다고 주장한 사람은?" -> 주장): who or what did it is the subject of that
    # predicate in a sentence, most often the sentence's topic ("박지원 원내대표는 … 주장했다")
    relative: str | None = None
    # that relative clause names its doer and no object ("방시혁이 설립한 회사는?"): what is asked
    # is the predicate's object ("빅히트 엔터테인먼트를 설립하고")
    relative_object: bool = False
    # what the question sets aside ("전남 말고 선정된 곳은?", "서울을 제외한 도시"): the answer is
    # anything but these (squashed forms, with and without an administrative suffix)
    excluded: tuple[str, ...] = ()
    # asks which number a thing bears, not how many ("몇 번 버스예요?", "노선 번호는 뭐야?"): a
    # designation with digits answers (M6461, 3번 출구), no count and no name without one
    numbered: bool = False
    # common nouns typed as one word, three or more of them ("청년도전지원사업"): a programme's
    # name, or nouns run together in haste ("해양미래기술대융합전략은예산규모가"); which of the two
    # only the collection can tell (engine: a compound the retrieved articles write is a name)
    compounds: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def asks_value(self) -> bool:
        return self.asks in VALUE_ASKS

    @property
    def wants_figure(self) -> bool:
        """Only a figure answers: a sum, a count, a date. A time asked as 때/시기 may be a
        phrase ("산란 시", "조선 왕조"); 언제, 몇 년, "…한 해는" want a date."""
        return self.asks_value and not (self.asks == "date" and self.unit is None and self.head in PHRASE_TIMES)

    @property
    def hard(self) -> tuple[Constraint, ...]:
        return tuple(c for c in self.constraints if c.kind != "term")

    @property
    def kin(self) -> tuple[Constraint, ...]:
        return tuple(c for c in self.constraints if c.kind == "kin")

    @property
    def terms(self) -> tuple[Constraint, ...]:
        return tuple(c for c in self.constraints if c.kind == "term")


def has_hangul(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e") / len(letters) >= 0.3


# a question asking an earlier figure itself (지난해, 종전, 기존, 전년): the one compared with, or
# the one a change started from
BEFORE_ASKED = re.compile(r"지난해|작년|전년|이전|종전|기존|예전|원래|당초")
# a year ago asked of its own ("1년 전 가격은 얼마였어?"), not as what a change is counted from
# ("1년 전보다 얼마나 올랐어?")
YEAR_AGO_ASKED = re.compile(r"(?<![\d가-힣])(?:1|한)\s*(?:년|해)\s*전(?!\s*(?:보다|대비|에\s*비해|과|와|에\s*비하면))")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def volume_noun(noun: str) -> bool:
    """A volume: a noun of three syllables or more whose last word, as Kiwi reads it, ends in 량
    (처리+량, 생산량, 물동량, 전체+물량) and is no word of another sense (역량, 차량, 교량)."""
    if len(noun) < 3 or not noun.endswith("량"):
        return False
    toks = [t for t in pos(noun) if t.tag.startswith(("NN", "XSN"))]
    return bool(toks) and toks[-1].form.endswith("량") and toks[-1].form not in _NOT_VOLUMES


# words ending in 량 that are no volume: ability, vehicles, bridges, discretion, skill, generosity
_NOT_VOLUMES = frozenset("역량 차량 교량 재량 기량 도량 아량".split())


def head_kind(noun: str) -> str | None:
    """The kind a noun names (해 -> date, 사업비 -> amount, 사상자수 -> count), or None."""
    if noun in HEADS:
        return HEADS[noun]
    if len(noun) >= 3 and noun.endswith("안") and noun[:-1] in HEADS:
        return HEADS[noun[:-1]]  # 예산안, 추경안: the draft of a sum is a sum
    if len(noun) >= 3 and noun[0] == "부" and HEADS.get(noun[1:]) == "person" and len(noun[1:]) >= 2:
        return "person"  # 부원장, 부행장: the deputy of a post is a person
    for kind, suffixes in _HEAD_SUFFIX:
        if len(noun) >= 3 and noun.endswith(suffixes):
            if any(HEADS.get(noun[-n:]) == "person" for n in range(2, len(noun))):
                return "person"  # 화천군수, 국가대표선수: a post ending in 수, not a number of things
            return kind
    if volume_noun(noun):
        return "measure"  # 물동량, 생산량: a volume, measured or counted in the unit it has
    for n in range(len(noun) - 1, 0, -1):  # a compound ending in a kind noun: 개최연도, 출생연도
        tail = noun[-n:]
        if len(tail) >= 2 and tail in HEADS and HEADS[tail] not in ("person",):
            return HEADS[tail]
    return None


@lru_cache(maxsize=4096)
def _day_of_action(word: str) -> bool:
    """``word`` is an action noun and 일 as Kiwi reads it (서거 + 일, 착공 + 일), the action one
    that takes 하다 (서거하다): not one word ending in 일 (스타일, 프로파일)."""
    toks = pos(word)
    if not (len(toks) == 2 and toks[0].tag == "NNG" and toks[1].form == "일" and toks[1].tag in ("NNB", "NR")):
        return False
    verb = pos(toks[0].form + "하다")
    return len(verb) >= 2 and verb[0].form == toks[0].form and verb[1].tag == "XSV"


def list_count(text: str) -> tuple[int, str] | None:
    """(N, "N대") for a question naming how many items it wants: 4대 전략, 5개 분야, 세 가지."""
    found = list(_COUNTED.finditer(text))
    if not found:
        return None
    # (가지 counts the items asked, whatever other count the question names before: "빈집 32개는
    # 뭘로 바뀌었는지 4가지 알려줘")
    m = next((m for m in found if m.group(2) == "가지" or m.group(3)), found[0])
    if m.group(1):
        return int(m.group(1)), f"{m.group(1)}{m.group(2)}"
    return _COUNT_VALUE[m.group(3)], f"{m.group(3)}가지"


# places or bodies asked by how many of them, as what the question ends on: "두 곳은?", "2곳은
# 어디야?", "세 군데 알려줘" (not "몇 곳", a count; nor "한 곳", one)
_PLACES_COUNTED = re.compile(r"(?<![\d가-힣])([2-9]|두|세|네|다섯|여섯|일곱)\s*(곳|군데)(?:은|는|이|을|를|의)?"
                             # (asked by their names: "3곳 이름 알려줘", "세 곳 이름이 뭐야?")
                             r"(?:\s*(?:이름|명칭)(?:은|는|이|을|를)?)?"
                             r"\s*(?:(?:이|가)?\s*(?:어디|어느\s*곳|뭐|무엇)(?:이야|야|예요|에요|인가요|이에요|입니까|일까요?|이지|죠)?"
                             r"|알려\s*(?:줘|주세요|줄래)|말해\s*(?:줘|주세요))?\s*[?？]?\s*$")


def _places_counted(text: str) -> tuple[int, str] | None:
    m = _PLACES_COUNTED.search(text)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _COUNT_VALUE[m.group(1)]
    return n, f"{m.group(1)}{m.group(2)}"


def _eojeols(text: str, toks) -> list[tuple[int, int, list]]:
    """(start, end, tokens) of each space-separated word. A range mark splits words too:
    "하단~녹산선" names two places, and the line asked is 녹산선, not 하단 alone; so does a
    hyphen between Hangul ("포항-서울": two places, written 서울-포항 or 서울∼포항 elsewhere),
    not one in a figure or a Latin name (2011-12시즌, K-water)."""
    out = []
    for m in re.finditer(r"(?:[^\s~∼〜-]|(?<![가-힣])-|-(?![가-힣]))+", text):
        ts = [t for t in toks if m.start() <= t.start < m.end()]
        out.append((m.start(), m.end(), ts))
    return out


def nominal_stem(tokens) -> list:
    """The leading nominal morphemes of a word (부산시는 -> 부산시; 1932년에 -> 1932 년)."""
    stem = []
    for i, t in enumerate(tokens):
        if t.tag in NOUNISH or (t.tag == "SO" and t.form in "-·") or (t.tag == "SP" and t.form == ".") or (
                # Kiwi reads the ordinal prefix of "제3차" as a determiner after some words
                i == 0 and t.tag == "MM" and t.form == "제" and len(tokens) > 1 and tokens[1].tag == "SN"):
            stem.append(t)
        else:
            break
    while stem and stem[-1].tag in ("SO", "SP"):
        stem.pop()
    return stem


# nouns that name a quantity by its kind alone: an article states it by the unit ("2조 원", "103만
# 명"), not by the word
_QUANTITY_NOUNS = frozenset("돈 금액 액수 사람 사람들 인원 명수".split())
# the head of a body named by its unit ("문화유산과장", "교통국장", "도서관장"): not 회장 (전시회장 is a
# hall), not 시장 (전통시장 is a market)
_BODY_HEAD_POST = re.compile(r"[가-힣]{2,}[과국실팀소원청단관부처]장$")
# the nouns of a person that name no post or role: any person is one
_ANY_PERSON = frozenset({"사람", "인물", "누구", "주인공", "상대"})


# the relation a person is asked by (X의 아내, 아버지, 동생, 스승), one family of kinship words
# each: a sentence about X that says no word of the family (a verb of it included: 결혼,
# 태어나) says nothing of who holds the relation. Korean kinship terms, a closed class, found
# as words of their own (Kiwi's morphemes: not the 부인 of 산부인과)
_KIN_FAMILIES = (
    ("배우자 아내 부인 남편 처 왕비 왕후 황후".split(), ("결혼", "혼인", "부부")),
    ("아버지 어머니 부친 모친 부모 모후 부왕 아들 딸 장남 장녀 차남 차녀 자녀 자식 막내딸 막내아들".split(), ("태어나",)),
    ("형 누나 오빠 언니 동생 여동생 남동생 형제 자매 남매".split(), ()),
    ("할아버지 할머니 조부 조모 증조부 고조부 외조부 외조모 손자 손녀".split(), ("후손",)),
    ("스승 제자".split(), ()),
)
KIN: dict[str, tuple[str, ...]] = {w: tuple(ws) + tuple(verbs) for ws, verbs in _KIN_FAMILIES for w in ws}
# the family's doings (결혼하다, 태어나다): said with 하다, as a kin noun never is
KIN_DOINGS = frozenset(v for _, verbs in _KIN_FAMILIES for v in verbs)


def _kin_of_someone(toks, head: str) -> bool:
    """A one-syllable kin word is one only after whose it is: "박형식의 형", "김다온 형" (a name
    right before) — not the 형 (a court's sentence) of "선고된 형은", "최종 형은"."""
    i = next((i for i, t in enumerate(toks) if t.form == head and t.tag.startswith("NN")), None)
    return i is not None and i > 0 and (toks[i - 1].tag == "JKG" or toks[i - 1].tag == "NNP")


# the words that say which holder of a post is meant: the first, the successor, the predecessor,
# the next
_SUCCESSION = frozenset({"초대", "후임", "전임", "차기"})


# words saying how settled a figure is, not which of its kind ("최종 확정액", "공식 집계"): an
# article giving the figure seldom repeats them
_STATUS = frozenset({"최종", "공식", "실제", "현재"})
# nouns that say an event is planned, not which one ("개소는 언제쯤 예정이에요?"): an article
# says "…개소할 방침", "…개소한다" as often
_PLANNED = frozenset({"예정", "계획", "방침", "전망", "목표"})
# the endings that make an amount, a rate or a volume of an action's noun (생산량, 거래액, 취업률):
# an article may give the figure with the action's noun alone ("수산물 생산 370만톤")
_MEASURE_SUFFIXES = ("량", "액", "률", "율")
# the nouns of a condition set on a value, and the kinds of value a condition is stated in
_CONDITION_HEADS = frozenset({"조건", "기준", "제한", "요건"})
_CONDITIONED_KINDS = frozenset({"age", "count", "duration"})


# events that happen on a day, not over days: "며칠 시행돼?" asks which day ("며칠 운영해?" how many)
# (not 개최, 적용, 공개: a festival is held, a discount applies, a show is open over days)
_DAY_EVENTS = frozenset({"시행", "개장", "개통", "개막", "폐막", "출시", "발표", "시작", "마감", "준공",
                         "착공", "개소", "개관", "개원", "오픈", "도입", "발효", "발매", "출범", "종료",
                         "만료", "공포", "확정", "인상", "인하"})


# what only people do, said of a place's office: a market (시장) neither speaks nor attends
_DONE_BY_PEOPLE = frozenset({"발언", "말하", "밝히", "강조", "언급", "참석", "설명", "주재", "당부", "지시", "답변", "축사"})


def _done_by_office(toks, head: str) -> bool:
    """A verb of what only people do modifies the office asked right before it, with no subject
    of its own: "발언한 충주시장은?" (not "관광객이 많이 언급한 가람시장은?", whose verb is the visitors')."""
    k = next((i for i, t in enumerate(toks) if head.endswith(t.form) and t.tag.startswith("NN")), None)
    if k is None or k < 2 or toks[k - 1].tag != "ETM":
        return False
    verb = next((j for j in range(k - 2, max(-1, k - 4), -1) if toks[j].form in _DONE_BY_PEOPLE
                 and toks[j].tag in ("NNG", "VV")), None)
    return verb is not None and not any(t.tag == "JKS" for t in toks[:verb])


# ordinals listed with a dot or a comma, one counter for all: "3·4등급", "1,2단계", "3ㆍ4호기"
# (a comma before three digits is a thousands separator, "1,200기"; a particle may follow the counter)
_DOTTED_ORDINALS = re.compile(r"(?<![\d.,])(\d{1,3})((?:\s?[·ㆍ‧]\s?\d{1,3}|,\s?\d{1,2}(?!\d))+)\s?(등급|단계|차|호기|호선|회차|기)"
                              r"(?=[\s?!.,]|$|(?:을|를|이|가|은|는|의|에|도|만|과|와)(?![가-힣]))")


def _dotted_ordinals(query: str, constraints: tuple) -> tuple:
    """Each ordinal of a dotted list the question names ("3·4등급 빈집이 차지하는 비율은?") is a
    figure to find with its counter, 3등급 and 4등급 — not the bare 3 Kiwi leaves of it."""
    out = list(constraints)
    for m in _DOTTED_ORDINALS.finditer(query):
        numbers = [m.group(1), *re.findall(r"\d+", m.group(2))]
        out = [c for c in out if not (c.kind == "number" and squash(c.text) in numbers)]
        out += [Constraint("number", n + m.group(3), (n + m.group(3),)) for n in numbers
                if not any(squash(c.text) == n + m.group(3) for c in out)]
    return tuple(out)


def day_action(word: str) -> str | None:
    """The action whose day the noun names: 발표일 -> 발표, 착공일 -> 착공 (a Hangul word of two
    syllables or more before 일), or a deadline noun itself (마감, 기한: DEADLINE_NOUNS). An
    article gives that date with the action's verb ("3월 4일 … 발표할 예정"), and another
    action's date is not it."""
    w = squash(word or "")
    if w in DEADLINE_NOUNS:
        return w  # "공모 마감이 언제야?": the end of a time, said by the date it runs until
    return w[:-1] if len(w) >= 3 and w.endswith("일") and re.fullmatch(r"[가-힣]{2,}", w[:-1]) else None


# the ends of a time named by a noun of their own (abstain: a date a time runs until says them)
DEADLINE_NOUNS = frozenset({"마감", "기한", "만료", "종료"})


def _day_stem(word: str) -> tuple[str, ...]:
    """The action of a day noun as one more form to find it by: 발표일 -> (발표,)."""
    action = day_action(word)
    return (action,) if action and action != squash(word) else ()


def _head_modifiers(words, head: str | None) -> frozenset:
    """Where the bare nouns right before the head noun start ("택시 기본요금" -> 택시; "디지털
    산업 예산" -> 디지털, 산업, as "디지털산업 예산"): the words that say which of its kind the
    head is. Empty when the word before takes a particle, an ending or a figure ("서울의 요금",
    "오르는 요금", "2024년 예산"), or there is no head."""
    if not head:
        return frozenset()
    k = _last_word_ending(words, head)
    # (총, 전체: how much of it, not which one)
    return frozenset(_bare_nouns_before(words, k, _TOTAL_FORMS | _STATUS)) if k is not None else frozenset()


def _last_word_ending(words, noun: str) -> int | None:
    """The index (past the first) of the last word whose nominal stem ends in ``noun`` (사고사망자
    for 사망자, "디지털산업 예산" for 예산), or None."""
    for k in range(len(words) - 1, 0, -1):
        stem = nominal_stem(words[k][2])
        if stem and squash("".join(t.form for t in stem)).endswith(squash(noun)):
            return k
    return None


# nouns of how roughly a figure is asked ("몇 개 정도야?", "몇 명 가량") or by what span it repeats
# ("몇 년 단위로"): nothing counted
_ABOUT_NOUNS = frozenset({"정도", "가량", "남짓", "안팎", "내외", "단위", "주기"})


def _topic_counted(query: str, attribute: str) -> frozenset:
    """The noun 얼마나 asks of when the question makes it its topic ("지방채는 얼마나 발행해?"): what
    the figure is of, which an article never saying it does not give. (Not with a counter: "건물은
    몇 층" counts the building's floors, and the article may call it 도서관.)"""
    if len(attribute) < 2 or attribute in GENERIC or attribute in HEADS:
        return frozenset()
    topic = re.search(rf"(?<![가-힣]){re.escape(attribute)}(?:은|는)\s*(?:[가-힣]+\s+)?(?:얼마|몇)", query)
    return frozenset({squash(attribute)}) if topic else frozenset()


def _counted_modifiers(query: str, toks, attribute: str) -> frozenset:
    """The words, squashed, that say which of the noun counted are asked: the bare nouns right
    before it ("외국인 방문객" -> 외국인; not 총, 전체: how many of it), and the noun counted
    itself when a whole is named before it with 중 or 가운데 ("방문객 중 외지인" -> 외지인)."""
    words = _eojeols(query, toks)
    k = _last_word_ending(words, attribute)  # (the noun counted may end a compound: 사고사망자)
    if k is None:
        return frozenset()
    which = {squash(query[s:e]) for s, e, _ in words if s in _bare_nouns_before(words, k, _TOTAL_FORMS | _STATUS)}
    before = words[k - 1][2]
    if k >= 2 and len(before) == 1 and before[0].form in ("중", "가운데") and nominal_stem(words[k - 2][2]):
        which.add(squash(attribute))
    # (a time says when, not which: 내년도 국비, 연간 방문객)
    return frozenset(w for w in which if w not in GENERIC and w not in _SUM_PERIODS
                     and not w.startswith((*YEARS_FROM_DATE, *_YEAR_WORD_ALIASES)))


def _bare_nouns_before(words, k: int, unless: frozenset = frozenset()) -> list[int]:
    """Where the one or two words right before word ``k`` start, while each is bare nouns (no
    particle, no ending: "장애인 복지에만", "택시 기본요금"), none of them in ``unless``."""
    starts = []
    for j in range(k - 1, max(-1, k - 3), -1):
        ts = words[j][2]
        if not ts or not all(t.tag in ("NNG", "NNP") and t.form not in unless for t in ts):
            break
        starts.append(words[j][0])
    return starts


def _exclusive_words(words) -> frozenset:
    """Where the words of a noun phrase marked by 만 start ("장애인 복지에만 따로 배정된 예산",
    "리그에서만 몇 골"): the one part of a whole the figure asked is of. The bare nouns right
    before the marked word belong to it."""
    starts = []
    for k, (start, _end, ts) in enumerate(words):
        stem = nominal_stem(ts)
        rest = ts[len(stem):]
        if not stem or not rest or rest[-1].form != "만" or rest[-1].tag != "JX" \
                or not all(t.tag.startswith("JK") for t in rest[:-1]):
            continue
        starts += [start, *_bare_nouns_before(words, k)]
    return frozenset(starts)


def _starts_predicate(toks, before=None) -> bool:
    """The nouns after the counter end in the question's verb: one verbal noun ("몇 곳
    운영해?"), or more when a noun before 몇 is what is counted ("트랙터를 몇 대 시험 운행해?",
    "차량 몇 대 운행해?"). "몇 개 기업 참여했어?" counts 기업: nothing stands before 몇."""
    run = 0
    for t in toks:
        if t.tag == "NNG":
            run += 1
            continue
        counted_before = before is not None and before.tag in ("JKO", "JKS", "NNG", "NNP")
        return t.tag in ("XSV", "XSA") and (run == 1 or counted_before)
    return False


# determiners typed glued to their noun as often as not ("어느나라", "무슨당", "이사업"): never part of a name
_COMMON_MM = frozenset({"무슨", "어느", "어떤", "몇", "이", "그", "저", "새", "각", "총", "모든", "여러", "한", "두", "세",
                        "네", "첫", "온", "옛", "헌", "딴", "약", "제"})


def _glued_adverb(ts) -> bool:
    """A word Kiwi reads as an adverb or a determiner glued to nouns with no space (늘 + 봄 +
    학교, 전 + 미 + 119 + 안전센터), or as a common one-syllable determiner glued to one-syllable
    nouns, a name it does not know cut into syllables (이반차 -> 이 + 반 + 차: "this" is spaced
    off the noun it points at, and 새차, 그해 are two syllables)."""
    if not (len(ts) >= 2 and ts[0].tag in ("MAG", "MM") and ts[1].tag in ("NNG", "NNP")
            and ts[1].start == ts[0].start + ts[0].len):
        return False
    if ts[0].tag == "MAG" or ts[0].form not in _COMMON_MM:
        return True
    return (len(ts[0].form) == 1 and len(ts) >= 3 and all(
        t.tag in ("NNG", "NNP") and len(t.form) == 1 and t.start == p.start + p.len
        for p, t in zip(ts[:2], ts[1:3])))


def _content_forms(stem) -> list[str]:
    """The content nouns of a word, one form each; a run of one-syllable pieces glued together
    with a bound noun among them is one word Kiwi does not know ("용호행복주택" read 용 + 호 +
    행복 + 주택: 용호; "현내천" read 현 + 내 + 천: 현내천), not its nouns with the bound one dropped."""
    out, run = [], []

    def close():
        if len(run) >= 2 and any(t.tag == "NNB" for t in run):
            out.append("".join(t.form for t in run))
        else:
            out.extend(t.form for t in run if t.tag in ("NNG", "NNP"))
        run.clear()

    for t in stem:
        syllable = t.tag in ("NNG", "NNP", "NNB") and len(t.form) == 1 and "가" <= t.form <= "힣"
        if run and not (syllable and t.start == run[-1].start + run[-1].len):
            close()
        if syllable:
            run.append(t)
        elif t.tag in ("NNG", "NNP", "SL", "SH"):
            out.append(t.form)
    close()
    return out


def _unknown_compound(stem) -> bool:
    """Kiwi read a long word it does not know as one common noun, the whole word ("하동별맛축제",
    NNG, out of its vocabulary): a name of the article's own, as it reads it NNP elsewhere. Not
    a spaceless run of known words where Kiwi left one piece unknown ("가람미래기술대" + 융합 +
    전략): that compound is its words."""
    return (len(stem) == 1 and stem[0].tag == "NNG" and getattr(stem[0], "oov", False)
            and len(stem[0].form) >= 5)


def _unknown_before_noun(stem) -> bool:
    """Kiwi read a four-letter word it does not know as one common noun ("다온쉼터", NNG, out of
    its vocabulary) whose last two syllables are a common noun it knows (쉼터) and whose first two
    it does not read as common nouns it knows, read alone (다온): the name of one place of that
    kind. (Not a known noun glued on: 치매쉼터 is 치매 + 쉼터; _unknown_compound reads the longer.)
    (다온 alone reads as a verb, 다 + 오 + ㄴ: anything but known common nouns is no common word.)"""
    if not (len(stem) == 1 and stem[0].tag == "NNG" and getattr(stem[0], "oov", False) and len(stem[0].form) == 4):
        return False
    head, tail = pos(stem[0].form[:2]), pos(stem[0].form[2:])
    return (len(tail) == 1 and tail[0].tag == "NNG" and not getattr(tail[0], "oov", False)
            and not all(t.tag == "NNG" and not getattr(t, "oov", False) for t in head))


# the one-syllable suffixes that say what kind of place or work a name is: a stream, a river, a
# mountain, a station, a port, a bridge, a town and its units, an island, a bay, a dam
KIND_SUFFIXES = frozenset("천 강 산 역 항 교 시 군 구 동 읍 면 리 섬 만 댐 봉".split())


def _kind_named(stem) -> bool:
    """Kiwi read a short word it does not know as one common noun ("다온호", NNG, out of its
    vocabulary) and the word ends in a suffix of a natural place's kind (a lake, a mountain, a
    stream) or a station's or a port's: a place's name. (Not 호 for a known word: 김민호 is a
    person, 세월호 a ship, both known; nor a town's 시, 구, 동: a loanword misspelt ends so as
    often, "플레시".)"""
    if not (len(stem) == 1 and stem[0].tag == "NNG" and getattr(stem[0], "oov", False)
            and 3 <= len(stem[0].form) <= 4 and stem[0].form[-1] in _NATURAL_KINDS):
        return False
    # (not a common noun Kiwi knows with the suffix glued on: "디지털항" is 디지털 + 항)
    inner = pos(stem[0].form[:-1])
    return not all(t.tag == "NNG" and not getattr(t, "oov", False) for t in inner)


def _proper_inside(stem) -> bool:
    """Kiwi read a word as one common noun it does not know in the question ("정읍시청", NNG, out of
    its vocabulary) and, read alone, as a proper noun and a common noun of two syllables or more
    it knows (정읍 + 시청): a name's word. (Not a proper noun and one syllable more, nor one and a
    particle Kiwi left on.)"""
    if not (len(stem) == 1 and stem[0].tag == "NNG" and getattr(stem[0], "oov", False) and len(stem[0].form) >= 4):
        return False
    alone = pos(stem[0].form)
    return (len(alone) >= 2 and alone[0].tag == "NNP" and alone[0].start == 0 and alone[0].len >= 2
            and all(t.tag in ("NNG", "NNP") and not getattr(t, "oov", False) for t in alone[1:])
            and len(stem[0].form) - alone[0].len >= 2)


# (the kinds of _kind_named: nature's, and a station's, a port's)
_NATURAL_KINDS = frozenset("천 강 산 섬 호 봉 댐 역 항".split())


def _proper_styled(stem) -> bool:
    """Kiwi read a proper noun with the suffix 형 or 식 ("of the style of") as one common noun
    ("충북형" NNG, though it reads "서울형" as 서울 + 형): the name it is styled after makes it a
    name, another place's ("충남형") another thing."""
    if len(stem) != 1 or stem[0].tag != "NNG" or len(stem[0].form) < 3 or stem[0].form[-1] not in "형식":
        return False
    inner = pos(stem[0].form[:-1])
    return len(inner) == 1 and inner[0].tag == "NNP"


def _syllable_run(stem) -> bool:
    """Kiwi cut a word it does not know into one-syllable nouns ("덕풍천" -> 덕 + 풍 + 천):
    three or more in a row with nothing between them are one name, as the article writes it.
    A word it knows keeps longer pieces (정비 + 사업); two syllables may be a plain compound
    (물 + 값)."""
    run = 0
    for prev, t in zip([None] + list(stem), stem):
        # (a numeral may open the run: "이반차" read as 이, "two", + 반 + 차)
        if not ((t.tag in ("NNG", "NNP") or (t.tag == "NR" and not run)) and len(t.form) == 1 and "가" <= t.form <= "힣"):
            run = 0
        elif run and t.start == prev.start + prev.len:
            run += 1
        else:
            run = 1
        if run >= 3:
            return True
    return False


def _marked_subject(ts, stem) -> bool:
    """The word's particle marks a subject (이/가). A topic (은/는) is left soft: it is as often
    the attribute asked about ("시위자들은 몇 명인가") as what the question is about."""
    end = stem[-1].start + stem[-1].len
    after = [t for t in ts if t.start >= end]
    return bool(after) and after[0].tag == "JKS"


def _undergoes(toks, end: int) -> bool:
    """The predicate after a subject ending at ``end`` describes it rather than says what it did:
    an adjective ("베이스가 동일한 언어"), a passive ("수업이 행해졌던 대학", "…이 선정된"). Such a
    subject is how the question describes its head, and an article may describe it otherwise;
    one that did something ("빅뱅이 발표한 첫 싱글") is who the question is about."""
    verbs = [t for t in toks if t.start >= end and t.tag in ("VV", "VA", "XSV", "XSA", "VX", "VCP")]
    if not verbs:
        return False
    first = verbs[0]
    if first.tag in ("VA", "XSA") or (first.tag == "XSV" and first.form in ("되", "받", "당하")):
        return True
    follow = verbs[1] if len(verbs) > 1 else None
    return first.tag == "VV" and follow is not None and follow.tag == "VX" and follow.form == "지" \
        and follow.start <= first.start + first.len + 2


def place_stem(word: str) -> str:
    """A place's name without its administrative suffix, when two letters or more remain
    (태백시 -> 태백, 광역시 names -> their stem); the word itself otherwise."""
    m = _ADMIN.search(word)
    return word[: m.start()] if m and len(word) - len(m.group(1)) >= 2 else word


# a value named by what it is the value of and 치 (値): 목표치, 평균치, 최고치, 추정치
_VALUE_OF = re.compile(r"(?:목표|기대|평균|최고|최저|추정|예상|측정|전망|잠정|기준|권고|한계|허용)치")


def _forms(word: str) -> tuple[str, ...]:
    """A constraint word and its alias stems: 부산광역시 -> 부산; 경자청장 -> 경자청."""
    w = squash(word)
    out = [w, place_stem(w)]
    for title in ("장", "님", "씨", "측"):
        if w.endswith(title) and len(w) >= 3:
            out.append(w[:-1])
    latin = spelled_latin(w)
    if latin:
        out.append(latin)  # 케이티엑스 -> ktx
    out.extend(_STATE_NAMES.get(w, ()))
    out.extend(_SAME_YEAR_WORDS.get(w, ()))  # "작년보다" asked, "전년대비" written
    out.extend(_PERIOD_WORDS.get(w, ()))  # "하루 평균" asked, "일평균" written
    out.extend(_DAY_PART_WORDS.get(w, ()))  # "평일에는 저녁 몇 시까지?" asked, "화∼금요일 … 오후 9시까지" written
    out.extend(_SAME_PEOPLE.get(w, ()))  # "어른 입장료" asked, "성인 5000원" written
    if _VALUE_OF.fullmatch(w):
        out.append(w[:-1])  # "이용률 목표치가 몇 %?" <- "이용률 올해 목표인 50%": 치 names the value of it
    office = place_office(w)
    if office and office != "교육감":
        # "서울시장 보궐선거엔 후보가 몇 명?" <- "서울 13명·부산 6명": the office's place, said alone
        out.append(place_stem(w[:-len(office)]))
    return tuple(dict.fromkeys(out))


# states whose everyday name is not a part of their formal one: "북한의 기구는?" is the
# "조선민주주의인민공화국 최고인민회의" of an article (Korean general usage, both ways). (Korea's
# own two names are not listed: the shipped articles use them, and tests/test_any_corpus.py keeps
# every name of the shipped articles out of the code.)
_STATE_NAMES = {"북한": ("조선민주주의인민공화국", "북조선"), "조선민주주의인민공화국": ("북한",),
                "미국": ("미합중국",), "미합중국": ("미국",), "중국": ("중화인민공화국",), "중화인민공화국": ("중국",),
                "대만": ("중화민국", "타이완"), "타이완": ("대만", "중화민국"), "중화민국": ("대만", "타이완"),
                "소련": ("소비에트",), "영국": ("그레이트브리튼", "연합왕국")}


# the year before or this year, in the words news uses for it (a year compared with is a word of
# the question to find: "작년보다 얼마나 늘었어?" <- "전년대비 28% 증가"; "그 전해보다")
_SAME_YEAR_WORDS = {"작년": ("지난해", "전년"), "지난해": ("작년", "전년"), "전년": ("작년", "지난해"),
                    "전해": ("전년", "작년", "지난해"), "올해": ("금년",), "금년": ("올해",)}


# a period a mean or a rate is said per, in the words news writes it with
_PERIOD_WORDS = {"하루": ("일평균", "일일", "매일", "날마다"), "한달": ("월평균", "매달", "매월", "월간"),
                 "한해": ("연평균", "매년", "연간", "해마다")}


# days of the week and times of the day as opening hours are written: 평일 as the days it spans
# (월∼금요일, 화~금요일), 주말 as its days, 저녁 and 아침 as the half of the day a clock time is in
_DAY_PART_WORDS = {"평일": ("월∼금", "월~금", "화∼금", "화~금", "월요일부터금요일", "화요일부터금요일", "주중"),
                   "주말": ("토∼일", "토~일", "토·일", "토요일", "일요일", "휴일"),
                   "저녁": ("오후", "야간"), "아침": ("오전",)}


# the people a fee or a benefit is set for, in the words a notice writes them with
_SAME_PEOPLE = {"어른": ("성인",), "성인": ("어른",), "어린이": ("아동",), "아동": ("어린이",),
                "노인": ("어르신", "고령자"), "어르신": ("노인", "고령자")}


# a school year said short (고3, 중1, 초6): the schools it stands for
_SCHOOLS = {"초": ("초등학교", "초교"), "중": ("중학교",), "고": ("고등학교", "고교")}


# the names of the Latin letters as Korean writes them: an acronym read aloud (케이티엑스 = KTX)
_LETTER_NAMES = {"에이": "a", "비": "b", "씨": "c", "시": "c", "디": "d", "이": "e", "에프": "f", "지": "g",
                 "쥐": "g", "에이치": "h", "에치": "h", "아이": "i", "제이": "j", "케이": "k", "엘": "l",
                 "엠": "m", "엔": "n", "오": "o", "피": "p", "큐": "q", "알": "r", "에스": "s", "티": "t",
                 "유": "u", "브이": "v", "더블유": "w", "엑스": "x", "와이": "y", "제트": "z"}


def spelled_latin(word: str) -> str | None:
    """The Latin letters a word spells out letter by letter ("케이티엑스" -> "ktx", "케이비" ->
    "kb"), or None when it is no such spelling. Tried longest name first at each point, with
    backtracking: 에이치 is H, not A + 치."""
    def parse(i: int) -> str | None:
        if i == len(word):
            return ""
        for n in (3, 2, 1):
            piece = word[i:i + n]
            if len(piece) == n and piece in _LETTER_NAMES:
                rest = parse(i + n)
                if rest is not None:
                    return _LETTER_NAMES[piece] + rest
        return None

    if len(word) < 2 or not re.fullmatch(r"[가-힣]+", word):
        return None
    latin = parse(0)
    # (three letters, or a letter named in two syllables or more: 이유, 시비, 유지 are words, not E-U,
    # C-B, U-G)
    if not latin or len(latin) < 2 or (len(latin) < 3 and len(word) == len(latin)):
        return None
    return latin


def _counter_as_written(counter, after) -> str | None:
    """The counter after 몇 as written, where Kiwi cut a syllable of it into the next morpheme:
    "몇 실 생겨?" read as 시 + ㄹ (an object particle), "몇 종인가요?" as 종이 + 이 (the copula
    taken into the noun, paper). None when Kiwi read it whole."""
    if after is None:
        return None
    if (after.start == counter.start and counter.len == 1 and len(counter.form) == 1 and after.form in ("ᆯ", "ᆫ")
            and "가" <= counter.form <= "힣" and (ord(counter.form) - 0xAC00) % 28 == 0):
        # (the particle's final consonant is the counter's own: 시 + ᆯ written 실)
        return chr(ord(counter.form) + ord(after.form) - 0x11A7)
    if (after.tag == "VCP" and len(counter.form) >= 2 and counter.form.endswith("이")
            and after.start == counter.start + counter.len - 1 and is_unit(counter.form[:-1])):
        return counter.form[:-1]  # (종이 + 이: the copula's 이 counted twice, 종 + 인가요)
    return None


def _wh(toks) -> tuple[str | None, int, str | None]:
    """(what the question word asks, its token index, the unit after 몇)."""
    for i, t in enumerate(toks):
        f = t.form
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if f in ("어디", "누구", "무엇", "언제", "뭐") and any(
                x.tag == "JX" and x.form in ("도", "나", "든지", "든가", "라도") for x in toks[i + 1:i + 3]
                if x.start <= toks[i].start + toks[i].len + 2):
            continue  # "어디에도 전달하지 않을", "누구나": anywhere, anyone, not a question word
        if (f == "몇" and nxt is not None and nxt.form in ("대", ":") and i + 2 < len(toks)
                and toks[i + 2].form == "몇"):
            return "score", i, None  # "몇 대 몇으로 이겼어?": a match's score, two numbers in one
        if f == "몇" and t.tag in ("MM", "NR", "NNG", "NP"):
            if nxt is not None and nxt.form in ("십", "백", "천", "만") and any(
                    x.form in _WH_NP or x.form in ("무슨", "어떤", "어느") for x in toks[i + 2:]):
                continue  # "몇 천명의 학생들이 시위를 벌인 곳은 어디인가": several thousand, not the question
            if nxt is not None and nxt.form in ("십", "백", "천", "만") and _asks_final_noun(toks, i):
                continue  # "몇 천명의 학생들이 시위를 벌인 곳은?": the clause ends in the noun asked
            # "몇 만 원", "몇 천 명", "몇 천억 원", "몇 조 몇 천억 원": magnitudes, then the unit asked
            j = i + 1
            while j < len(toks) and (_MAGNITUDE.fullmatch(toks[j].form) and toks[j].tag in ("NR", "NNG", "NNB")
                                     or toks[j].form == "몇"):
                j += 1
            if j > i + 1 and j < len(toks) and toks[j].tag in ("NNB", "NNG") and not (
                    toks[j - 1].form == "억" and toks[j].tag == "NNG" and not is_unit(toks[j].form)):
                return _ASKS_OF_KIND.get(unit_kind(toks[j].form), "count"), i, canonical_unit(toks[j].form)
            if j > i + 1:
                money = any(t.tag in ("NNG", "NNB") and t.form in _MONEY_WORDS for t in toks)
                if money or toks[j - 1].form == "억":
                    # "예산이 몇 조야?"; "몇 억 신청했대?": 억 with no counter after it counts money
                    return "amount", i, None
                if nxt.form == "조" and j == i + 2:
                    return "count", i, "조"  # "편민사목은 몇 조로 이루어져": articles, where no money is spoken of
            if nxt is None or nxt.tag not in ("NNB", "NNG", "SL", "SW", "NNP"):
                return "count", i, None
            unit = nxt.form
            after = toks[i + 2] if i + 2 < len(toks) else None
            unit = _counter_as_written(nxt, after) or unit
            if after is not None and after.tag in ("NNG", "NNB", "SL") and unit_kind(unit + after.form) == "measure":
                unit = unit + after.form  # a unit in two words: "몇 기가와트", "몇 평방 킬로미터"
            if unit in ("년도", "연도"):
                return "date", i, "년"  # 몇 년도에: a year
            if unit in ("번", "회") and after is not None and after.form == "째":
                return "ordinal", i, unit + "째"
            kind = unit_kind(unit)
            if kind == "time":
                # 몇 년이 지나야, 몇 년이 걸렸나, 몇 년에 한 번, 최장 몇 년: a span of years, not a year
                # (몇 시 전에, 몇 시 이후: an hour of the day; how many hours is 몇 시간)
                # (not 월 + 분: "몇 월분 건보료" is the bill of a month of the year, 몇 달치 so many months)
                spans = unit != "시" and after is not None and (
                    (after.form in _SPAN_AFTER and not (unit == "월" and after.form == "분")) or after.tag == "JKS" or (
                    after.form == "에" and i + 3 < len(toks) and toks[i + 3].form == "한"))
                spans = spans or (i > 0 and toks[i - 1].form in ("최장", "최대", "최소", "최단"))
                # "몇 년에 걸쳐 진행돼?": a span a thing is spread over, no year
                spans = spans or (unit != "시" and after is not None and after.form == "에"
                                  and i + 3 < len(toks) and toks[i + 3].form == "걸치")
                # "평균 며칠", "약 며칠", "총 며칠", "며칠 정도야?": a count of days said roughly or
                # summed, no day of the month ("며칠 정도에 열려?" still asks one)
                spans = spans or (unit != "시" and i > 0 and toks[i - 1].form in ("약", "평균", "대략", "총"))
                # "장마 기간 며칠이에요?", "일수는 며칠?": the span itself ("기간은 며칠까지?" asks its end)
                # (… and a leave or a break, "출산휴가는 유급으로 며칠이야?", is counted in days as a span is)
                spans = spans or (unit == "일" and any(t.form in _DAY_SPANS for t in toks[max(0, i - 5):i])
                                  and not (after is not None and after.form in ("까지", "부터", "에")))
                spans = spans or (unit == "일" and after is not None and after.form in ("정도", "가량", "쯤")
                                  and not (i + 3 < len(toks) and toks[i + 3].form == "에"))
                # "며칠이나 걸려?", "몇 달 정도 걸려?": how long something takes (not "몇 시에")
                spans = spans or (unit != "시" and not (after is not None and after.form == "에")
                                  and any(t.form == "걸리" and t.tag.startswith("VV") for t in toks[i + 2:i + 6]))
                # 몇 년 + a verb with no particle between: how long it lasts ("몇 년 지원받아요",
                # "몇 년 살았나"); a year asked takes 에 or 도 ("몇 년에 개최됐나")
                # (not 며칠 + a verb modifying a noun: "며칠 공시된 거 기준이야?" asks the day it was
                # disclosed, as "며칠 열린 회의" does)
                adnominal = unit == "일" and next((t.tag for t in toks[i + 2:i + 6] if t.tag.startswith("E")), "") == "ETM"
                # (nor 며칠 + an event of a day: "며칠 시행돼?", "며칠 개장해?" ask the day it happens)
                spans = spans or (unit in ("년", "일") and after is not None and after.start == nxt.start + nxt.len + 1
                                  and not adnominal and not (unit == "일" and after.form in _DAY_EVENTS) and (
                    after.tag.split("-")[0] in ("VV", "VA") or (after.tag == "NNG" and i + 3 < len(toks) and (
                        toks[i + 3].tag.startswith("XSV") or toks[i + 3].form in ("받", "되", "당하")))))
                # "징역 몇 년을 구형했나", "몇 년 형을 받았나", "몇 년 임기": a term served, no year
                # (징역 몇 년까지: the most a sentence may be; 임기 몇 년까지: the year a term ends)
                term = ({toks[i - 1].form} if i > 0 else set()) | ({after.form} if after is not None else set())
                until = after is not None and after.form in ("까지", "에", "부터", "에서")  # (an end or a start: a year)
                spans = spans or (unit in ("년", "개월") and (
                    bool(term & (_TERMS_SERVED | _TERMS_AFTER) - {"임기"})
                    or (bool(term & (_TERMS_AGREED | {"임기"})) and not until)))
                # "운영기간 몇 년이야?": a span noun right before, with no particle (as "기간은 몇 년",
                # _topic_is_span); not "기간 몇 년까지/부터" nor 시간, which names an hour as often
                spans = spans or (unit in ("년", "개월") and i > 0 and toks[i - 1].tag.startswith("NN")
                                  and toks[i - 1].form != "시간" and head_kind(toks[i - 1].form) == "duration"
                                  and not until)
                if unit in ("년", "월", "일", "시", "세기") and not spans:
                    # "몇 월 며칠에", "몇 시 몇 분": the finest unit asked is the one to find
                    k = i + 2
                    while k + 1 < len(toks) and toks[k].start <= toks[k - 1].start + toks[k - 1].len + 1:
                        if toks[k].form == "몇" and toks[k + 1].form in ("월", "일", "시", "분"):
                            unit = toks[k + 1].form
                            k += 2
                        else:
                            break
                    return "date", i, canonical_unit(unit)
                return "duration", i, canonical_unit(unit)
            if kind == "ordinal" and i > 0 and toks[i - 1].form in _TOTAL_FORMS:
                return "count", i, canonical_unit(unit)  # "총 몇 호": how many homes, not which number
            if kind == "ordinal" and unit == "기" and after is not None and not (i > 0 and toks[i - 1].form == "제") and (
                    after.tag.split("-")[0] in ("VV", "JKS", "JKO") or after.form in ("씩", "나", "이나")):
                # "발전기가 몇 기 들어가?": how many machines, said by a verb or a case particle;
                # "몇 기 졸업생" (a noun after), "제 몇 기" ask which cohort (호 names a series as
                # often: "태풍 몇 호가 상륙했어?")
                return "count", i, canonical_unit(unit)
            return _ASKS_OF_KIND.get(kind, "count"), i, canonical_unit(unit)
        if f == "얼마" or f == "얼마나":
            if f == "얼마나" or (nxt is not None and nxt.form == "나"):
                said = head_kind(nxt.form) if nxt is not None and nxt.tag == "NNG" else None
                if said in ("measure", "duration", "percent", "age"):
                    return said, i, None  # "어느 정도 거리": a distance
                for k, t2 in enumerate(toks[i + 1:i + 4], i + 1):
                    if t2.form == "되" and t2.tag == "XSV" and toks[k - 1].tag == "NNG":
                        # "얼마나 더 생산됐어?": a verbal noun made passive asks the quantity it
                        # says (30만톤), not a sum; "얼마나 돼?" (되, a verb of its own) asks a sum
                        break
                    # (받 of 지원받 is a suffix to Kiwi, XSV; an irregular stem is tagged VV-R)
                    if t2.tag.split("-")[0] in ("VA", "VV", "MAG", "XSV") and t2.form in _HOW_MUCH:
                        return (_HOW_MUCH[t2.form] or "amount"), i, None
                # 얼마나 + another verb (있었나, 되나): a quantity of some kind; the head noun or the
                # unit in the answer says which
                return "count", i, None
            if nxt is not None and nxt.form in ("동안", "만", "간", "간격", "주기") and nxt.start <= t.start + t.len + 1:
                # "얼마 동안 이용해?", "얼마 만에 완공됐어?": how long; "얼마 간격으로 다녀?": how
                # often, a time between (1시간마다)
                return "duration", i, None
            return "amount", i, None
        if f in ("누구", "누") and t.tag == "NP":
            return "person", i, None
        if f in ("언제",):
            return "date", i, None
        if f == "어디" and t.tag == "NP":
            return "place", i, None
        if f in ("어떻게", "왜", "어째서") or (f == "어떻" and nxt is not None and nxt.form == "게"):
            return "description", i, None
        if f in ("무엇", "뭐", "뭔", "무얼", "뭘") and t.tag in ("NP", "NNG", "IC"):
            return "entity", i, None
        if f in ("무슨", "어떤", "어느", "어떠") and t.tag in ("MM", "VA"):
            return "which", i, None
    return None, -1, None


def _asks_final_noun(toks, i: int) -> bool:
    """The question after token ``i`` is a clause modifying the noun it ends on, that noun
    topic or subject and no predicate after it ("…시위를 벌인 곳은?"): that noun is asked."""
    body = [t for t in toks if t.tag not in ("SF", "SP", "SS", "SE")]
    return (len(body) >= 3 and body[-1].tag in ("JX", "JKS") and body[-1].form in ("은", "는", "이", "가")
            and body[-2].tag in ("NNG", "NNB", "NNP") and body[-3].tag == "ETM"
            and any(t.tag.startswith(("VV", "VA", "XSV", "XSA")) for t in toks[i + 1:]))


def _compared_with(toks, i: int) -> bool:
    """``toks[i]`` is 대비 after what a figure is compared with ("99년 대비", "전년 대비")."""
    return toks[i].form == "대비" and i > 0 and toks[i - 1].tag in ("NNG", "NNP", "NNB", "SN", "NR")


def _bound_of_question_word(toks, i: int) -> bool:
    """``toks[i]`` is the bound the question word right after it is said with ("평균 얼마", "최대 몇")."""
    return toks[i].form in _BOUND_FORMS and i + 1 < len(toks) and toks[i + 1].form in ("얼마", "몇", "얼마나")


def _said_period(toks) -> frozenset:
    """The indices of a period said with 한 right before 얼마 or 몇 ("비용은 한 해 얼마야?",
    "한 달 몇 번"): what the figure is per, the determiner and its noun."""
    return frozenset(k for i, t in enumerate(toks[1:], 1)
                     if t.form in ("해", "달", "주") and toks[i - 1].form == "한"
                     and any(u.form in ("얼마", "얼마나", "몇") for u in toks[i + 1:i + 3])
                     for k in (i - 1, i))


def _head(toks) -> str | None:
    """The noun the question ends on or that its question word governs:
    "…만들어진 해는?" -> 해, "어떤 나라" -> 나라, "단체의 이름은?" -> 단체."""
    periods = _said_period(toks)  # (read once: every noun and every tail word is checked against it)
    nouns = [i for i, t in enumerate(toks) if (t.tag in ("NNG", "NNB", "NNP") or _day_suffix(toks, i)) and t.form not in _WH_NP
             and not (i > 0 and toks[i - 1].form == "몇")
             and not (t.form == "수" and t.tag == "NNB" and i > 0 and toks[i - 1].tag == "ETM")  # "들 수 있는가": can
             # "짓는데 얼마 들어?": the ending -는데 read as 는 + 데, no place asked
             # ("사는 데 얼마 써?": spaced, before a sum or count asked, 데 is what it is spent on,
             # no place — "사는 데가 어디야?" asks one)
             and not (t.form == "데" and t.tag == "NNB" and i > 0 and toks[i - 1].tag == "ETM"
                      and (toks[i - 1].start + toks[i - 1].len == t.start
                           or any(u.form in ("얼마", "몇") for u in toks[i + 1:])))
             # "개소는 언제쯤 예정이에요?": a plan said of the time asked, not what is asked
             and not (t.form in _PLANNED and any(u.form == "언제" for u in toks[max(0, i - 2):i]))
             # "회원증 만들 때 뭐 가져가야 돼?": a clause of when, before the question word, is no
             # time asked
             and not (t.form in ("때", "경우") and i > 0 and toks[i - 1].tag == "ETM"
                      and any(u.form in _WH_NP for u in toks[i + 1:i + 3]))
             # "매년 얼마씩 내자는 거예요?": 거 (것) after a verb, once 얼마 or 몇 has asked,
             # makes the clause a noun, and asks nothing of its own
             # (얼마, 몇: the noun before, "사전투표 제도는 언제 … 거예요?", is no event of its own)
             and not (t.form in ("거", "것") and t.tag == "NNB" and i > 0 and toks[i - 1].tag == "ETM"
                      and any(u.form in ("얼마", "몇") for u in toks[:i - 1]))
             # "운영 중이야?", "공사 중인": 중 after an action is while it goes on, not what is asked
             and not (t.form == "중" and t.tag == "NNB" and i > 0 and toks[i - 1].tag == "NNG")
             # "비용은 한 해 얼마야?": the period the figure is per, right before 얼마 or 몇, not
             # the noun asked (a year or a month asked takes no 한: "몇 월에?", "어느 해에?")
             and i not in periods
             # a year counted from today ("올해 언제부터 문 열어?"): when, not what is asked
             and t.form not in YEARS_FROM_DATE and t.form not in _YEAR_WORD_ALIASES
             # a bound after a counter or 얼마 ("몇 명 이상이야?", "얼마 이상이면"): no noun asked
             and not (t.form in _BOUNDS_SAID and i > 0 and (toks[i - 1].tag in ("NNB", "SN", "NR")
                                                             or toks[i - 1].form == "얼마"
                                                             or (i > 1 and toks[i - 2].form == "몇")))
             # a counter on a figure the question gives ("2023년에 얼마까지"): when, not what is asked
             and not (t.tag == "NNB" and i > 0 and toks[i - 1].tag == "SN" and toks[i - 1].start + toks[i - 1].len == t.start)
             # "증가율이 99년 대비 얼마나 됐어?": 대비 says what the figure is compared with
             and not _compared_with(toks, i)
             # "매출액 자체는 얼마야?": 자체 (itself) stresses the noun before it, the one asked
             and not (t.form == "자체" and i > 0 and toks[i - 1].tag in ("NNG", "NNP", "XSN"))
             # the bound the question word is said with ("평균 얼마 해요?", "최대 몇 명"): how the
             # figure is taken, not the noun asked ("평균은 얼마야?" names the average as its topic)
             and not _bound_of_question_word(toks, i)]
    if not nouns:
        return None
    idx = None
    for i, t in enumerate(toks):
        # 어떤 SNS, 무슨 사업, and 얼마의 비자금 ("얼마의" governs the noun after it as 어떤 does)
        nxt = i + 1
        if t.form == "얼마":  # 얼마의 X, 얼마만큼의 X
            k = i + 1 + (i + 1 < len(toks) and toks[i + 1].form == "만큼")
            nxt = k + 1 if k < len(toks) and toks[k].tag == "JKG" else i + 1
        if (t.form in ("무슨", "어떤", "어느") or nxt > i + 1) and nxt < len(toks) \
                and toks[nxt].tag in ("NNG", "NNP", "NNB", "SL", "SH"):
            i = nxt - 1
            # the whole compound: 어떤 당 -> 당, 무슨 사업 -> 사업
            j = i + 1
            while j + 1 < len(toks) and toks[j + 1].tag in ("NNG", "NNB") and toks[j + 1].start == toks[j].start + toks[j].len:
                j += 1
            idx = j
            break
    if idx is None:
        # the last noun followed only by particles, the copula, endings, punctuation or a wh-word
        framing = _framing(toks)
        for i in reversed(nouns):
            tail = toks[i + 1:]
            if _per_unit(toks, i):
                continue  # "1인당 얼마": the unit it is counted per, not what is asked
            if i > 0 and toks[i - 1].tag == "SN" and toks[i - 1].start + toks[i - 1].len == toks[i].start \
                    and is_unit(toks[i].form) and unit_kind(toks[i].form) == "time":
                continue  # "1분기에 얼마까지": the time a figure is of, counted, no thing asked
            if i in framing:
                continue  # "단독가구 기준 얼마": what the figure is reckoned by, not what is asked
            # (… and it stands between the head and the question word: "포인트를 1인당 얼마", "선정기준액은
            # 단독가구 기준 얼마")
            tail = [(k, t) for k, t in enumerate(tail, i + 1) if not _per_unit(toks, k) and k not in framing
                    and k not in periods]
            if all(t.tag.startswith(("J", "E", "S", "VCP", "XSN")) or t.form in _WH_NP or t.form in ("얼마나",)
                   # (what the figure is compared with: "증가율이 99년 대비 얼마나")
                   or _compared_with(toks, k)
                   # (the bound the question word is said with: "축의금은 평균 얼마")
                   or _bound_of_question_word(toks, k)
                   # (a figure the question gives on the way: "합계출산율 2023년에 얼마까지")
                   or (t.tag == "NNB" and k > 0 and toks[k - 1].tag == "SN")
                   or t.tag.split("-")[0] in ("NP", "VX", "VV", "VA") and t.form in ("되", "이", "있", "하", "어떻", "무엇")
                   # (Kiwi reads "어떻게" one adverb as often as 어떻 + 게: "주소가 어떻게 돼요?")
                   or (t.tag == "MAG" and t.form == "어떻게")
                   for k, t in tail):
                idx = i
                break
            if any(t.form in _WH_NP for _, t in tail[:2]) and not (tail and tail[0][1].tag == "SP"):
                # "직업은 무엇인가" (not "…피할 수 없을 때, 무엇을 당했다고": a comma ends the clause)
                idx = i
                break
    if idx is None:
        return None
    word = toks[idx].form
    # a suffix Kiwi keeps apart names the kind: 투표+율, 사상자+수
    if idx + 1 < len(toks) and toks[idx + 1].tag == "XSN" and toks[idx + 1].start == toks[idx].start + toks[idx].len \
            and toks[idx + 1].form not in ("들", "님", "씨", "적", "여"):
        word += toks[idx + 1].form
        if head_kind(word) is None:
            word = toks[idx].form
    # glue a compound that Kiwi split: 사상자 수 -> 사상자수, 개최 연도 -> 개최연도
    j = idx
    while j > 0 and toks[j - 1].tag in ("NNG",) and toks[j - 1].start + toks[j - 1].len == toks[j].start:
        word = toks[j - 1].form + word
        j -= 1
        if head_kind(word) is None and head_kind(toks[idx].form) is not None:
            word = toks[idx].form
            break
    if word in NAME_HEADS or toks[idx].form in NAME_HEADS:
        # X의 이름 -> X
        k = j - 1
        if k >= 1 and toks[k].tag == "JKG" and toks[k - 1].tag in ("NNG", "NNP"):
            return toks[k - 1].form
        if k >= 0 and toks[k].tag in ("NNG", "NNP"):
            return toks[k].form
        return word
    return word


# the heads of local governments, asked with their place glued on (울산시장, 경남도지사, 해운대구청장,
# 울주군수): an article naming the head names the office itself ("강기정 시장"), with or without
# the place (abstain: the post constraint; extract.post_asked)
PLACE_OFFICES = ("시장", "도지사", "지사", "구청장", "군수", "교육감")


# the kind of place each office heads, glued on when the office is cut off: 창원 + 시장 is 창원시's
_OFFICE_PLACE = {"시장": "시", "구청장": "구", "군수": "군", "도지사": "도"}


# nouns of size that take the kind of the noun they size ("예산 규모", "사업비 규모": sums)
_SIZE_HEADS = frozenset({"규모", "수준"})
# the word before 이름 (성함): "보건소장 이름", "연구위원의 이름은"
_NAME_OF_WORD = re.compile(r"([가-힣]{2,}?)(?:의)?\s*(?:이름|성함)")
# the person nouns of two syllables or more, and 위원 (a member of a 위원회; "연구위원")
_PERSON_TITLE_WORDS = tuple(sorted({w for w in PERSON_TITLES if len(w) >= 2} | {"위원"}, key=len, reverse=True))
# titles that end other words as often: 시장 a market ("전통시장 이름"), 의원 a clinic ("한의원",
# "가람치과의원"; a 국회의원 is a person)
_TITLES_OF_THINGS = re.compile(r"[가-힣]시장$|(?:한|과)의원$")


def _post_named(query: str) -> bool:
    """The question asks the name of a post's holder: the word before 이름 ends in a title of
    two syllables or more (소장, 국장, 위원), not one ending other nouns as often (a 시장 glued to
    a name, left to place_office; a clinic's 의원)."""
    m = _NAME_OF_WORD.search(query)
    if m is None:
        return False
    word = m.group(1)
    title = next((t for t in _PERSON_TITLE_WORDS if word.endswith(t)), None)
    if title is None or _TITLES_OF_THINGS.search(word):
        return False
    # a place ending in 장 reads as a title by its last two syllables (회의장: 의장, 행사장: 사장,
    # 주차장: 차장): a 장 of two syllables heads a body named before it (보건소장, 복지관장, 복지국장)
    return not (len(title) == 2 and title.endswith("장") and word != title
                and not re.search(r"(?:소|관|원|청|국|과|팀|실|단|처|부|센터|회|협회|학교|공단|공사)$", word[:-1]))


def place_office(word: str) -> str | None:
    """The office ``word`` ends in after a place of two syllables or more (울주군수 -> 군수), or None
    — or one, for a district's head: 동구, 서구, 중구 name their heads 동구청장, 서구청장."""
    return next((o for o in PLACE_OFFICES if word.endswith(o)
                 and len(word) - len(o) >= (1 if o == "구청장" else 2)), None)


def _day_suffix(toks, i: int) -> bool:
    """Kiwi reads the 일 of "서거일" as the numeral one (서거 + 일/NR): glued to a noun, it is the
    day of that noun's action."""
    return (toks[i].form == "일" and toks[i].tag == "NR" and i > 0 and toks[i - 1].tag == "NNG"
            and toks[i - 1].start + toks[i - 1].len == toks[i].start)


def _frame(toks, k: int) -> bool:
    """Token k is 기준 framing a figure by what it is reckoned by, bare after a noun ("단독가구 기준
    얼마", "12월 기준 몇 명"): not the head "선정 기준은 뭐야?" takes, with its particle."""
    return (toks[k].form == "기준" and toks[k].tag == "NNG" and k > 0
            and toks[k - 1].tag in ("NNG", "NNP", "NNB", "SN", "SL")
            # ("5월 말 기준으로 얼마": with 으로 too, after a noun; "무엇을 기준으로" asks it)
            and not (k + 1 < len(toks) and toks[k + 1].tag.startswith(("J", "VCP"))
                     and toks[k + 1].form not in ("으로", "로")))


def _framing(toks) -> frozenset:
    """The tokens of the phrases framing a figure by 기준 (_frame), with the word it follows
    ("단독가구 기준": 단독, 가구, 기준)."""
    out = set()
    for k in range(len(toks)):
        if _frame(toks, k):
            out.add(k)
            j = k - 1
            out.add(j)
            while j > 0 and toks[j - 1].tag in ("NNG", "NNP", "NNB", "SN", "SL") \
                    and toks[j - 1].start + toks[j - 1].len == toks[j].start:
                j -= 1
                out.add(j)
    return frozenset(out)


def _per_unit(toks, k: int) -> bool:
    """Token k belongs to a rate's denominator: "1인당" (number, counter, 당), "한 달에"."""
    def per(j):  # the counter at j is followed by 당
        return 0 <= j < len(toks) - 1 and toks[j].tag in ("NNB", "NNG") and toks[j + 1].form == "당" \
            and toks[j + 1].tag == "XSN" and not (
                # "일당 얼마 받아요?": a day's wage, the noun 일당 (not "1일당": per one day)
                toks[j].form == "일" and not (j > 0 and toks[j - 1].tag in ("SN", "NR", "MM")))
    def per_one(j):  # "한 달에", "1년에", "하루에": one of a period, a rate's too
        # (… or "한 달 평균": a month's mean, what each month comes to)
        mean = 0 <= j < len(toks) - 1 and (toks[j].form in _PER_PERIODS or toks[j].form == "하루") \
            and toks[j + 1].form in _MEAN_WORDS
        if not (0 <= j < len(toks) - 1 and (toks[j + 1].form == "에" and toks[j + 1].tag == "JKB" or mean)):
            return False
        if toks[j].form in ("하루", "하나"):
            return True  # (하나에: one of the things counted, "프로젝트 하나에 얼마")
        # one of a period ("한 달에") or of what is counted ("한 곳에 얼마", "한 가구에")
        return (j > 0 and toks[j].form in _PER_ONE and toks[j - 1].form in ("한", "1")
                and toks[j - 1].tag in ("MM", "SN", "NR"))
    t = toks[k]
    return (per(k) or (t.tag == "SN" and per(k + 1)) or (t.form == "당" and t.tag == "XSN" and per(k - 1))
            or per_one(k) or (t.form in ("한", "1") and per_one(k + 1)) or (t.form == "에" and per_one(k - 1)))


# the periods a rate is said per ("한 달에 얼마씩")
_PER_PERIODS = frozenset("달 해 년 주 번 회".split())
# what a period's figure is said as ("한 달 평균 얼마")
_MEAN_WORDS = frozenset("평균 최대 최고 최소".split())
# the things a rate is said per one of ("한 곳에 얼마 지원해?", "한 가구에"): the counter is the
# rate's denominator, not the noun asked
_PER_COUNTED = frozenset("곳 가구 세대 명 사람 개 건 팀 개소".split())
_PER_ONE = _PER_PERIODS | _PER_COUNTED


# what 몇 + a unit asks, by the unit's kind (figures.unit_kind); any other counter asks a count
_ASKS_OF_KIND = {"money": "amount", "percent": "percent", "measure": "measure", "age": "age", "ordinal": "ordinal"}
_CHANGES = frozenset("인상 인하 증가 감소 상승 하락 확대 축소 변동 증감".split())


def _topic_is_span(toks, wh_i: int) -> bool:
    """The topic right before the question word is a span ("연구기간은 몇 년", "기간은 과제당 몇
    년": a rate's denominator between them is no topic of its own)."""
    j = wh_i - 1
    while j >= 0 and _per_unit(toks, j):
        j -= 1
    return j >= 1 and toks[j].tag in ("JX", "JKS") and head_kind(toks[j - 1].form) == "duration"


def _range_end(toks, wh_i: int) -> bool:
    """The question word (언제, 몇 시) takes 부터 or 까지: it asks where a span starts or ends."""
    k = wh_i + (2 if toks[wh_i].form == "몇" else 1)
    return k < len(toks) and toks[k].form in ("부터", "까지")


def _glued_total(t) -> bool:
    """총 glued to a noun of a kind (총예산, 총사업비, 총인구): Kiwi may keep the word whole."""
    return (t.tag == "NNG" and len(t.form) >= 3 and t.form.startswith("총") and t.form not in _TOTAL_FORMS
            and head_kind(t.form[1:]) is not None)


_GLUED_WH = ("누구", "어디", "언제", "무엇")


def _glued_wh(t) -> bool:
    """A noun Kiwi made of a question word and a syllable after it ("누구인" of a typed "누구인인가")."""
    return t.tag in ("NNP", "NNG") and len(t.form) == 3 and t.form.startswith(_GLUED_WH)


def _spelled_out(toks) -> tuple:
    """Words Kiwi keeps whole that say two things (and a question word Kiwi glued to a typo):
    - 며칠 is 몇 + 일 (Kiwi tags it a common noun): split so that "며칠 동안" asks a span of
      days and "며칠에" a day, as "몇 일" does;
    - 총 glued to a noun (총예산은?) asks the whole of that noun, as "총 예산" does: the prefix
      and the head apart, so that the head (예산) is what is asked and found."""
    if not any(t.form == "며칠" or _glued_total(t) or _glued_wh(t) for t in toks):
        return toks
    out = []
    for t in toks:
        if _glued_wh(t):
            # "누구인인가" (a typo) read as the proper noun 누구인: the question word it starts with
            wh = next(w for w in _GLUED_WH if t.form.startswith(w))
            out.append(SimpleNamespace(form=wh, tag="NP", start=t.start, len=len(wh), end=t.start + len(wh)))
        elif t.form == "며칠":
            out.append(SimpleNamespace(form="몇", tag="MM", start=t.start, len=1, end=t.start + 1))
            out.append(SimpleNamespace(form="일", tag="NNB", start=t.start + 1, len=1, end=t.start + 2))
        elif _glued_total(t):
            out.append(SimpleNamespace(form="총", tag="XPN", start=t.start, len=1, end=t.start + 1))
            out.append(SimpleNamespace(form=t.form[1:], tag=t.tag, start=t.start + 1, len=t.len - 1,
                                       end=t.start + t.len))
        else:
            out.append(t)
    return tuple(out)


_SENTENCE_END = re.compile(r"(?<=[?？!.])\s+")
_WH_WORD = re.compile(r"뭐|무엇|무슨|누구|누가|언제|어디|얼마|몇|어느|어떤|어떻게|왜|며칠")


def question_last(text: str) -> str:
    """A question of several sentences with the asking one first and a clarification after it
    ("광주시장 이름이 뭐야? AI 사업 관련해서 발언한 사람 말이야."): the asking sentence is moved
    last, where Korean puts what is asked and where the analysis reads it. One sentence, or the
    question word already in the last one: unchanged."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p]
    if len(parts) < 2 or _WH_WORD.search(parts[-1]):
        return text
    asking = next((i for i in range(len(parts) - 1, -1, -1) if _WH_WORD.search(parts[i])), None)
    if asking is None or not all(has_hangul(p) for p in parts[asking + 1:]):
        return text  # (an emoji or a cut word after the question is no clarification)
    return " ".join(parts[:asking] + parts[asking + 1:] + [parts[asking]])


# an arrow between two names: from one to the other ("가람역→나래역")
_ARROW = re.compile(r"\s*(?:→|⟶|⇒|->)\s*")


# 연장 as the length of a line or a road: said whole (총연장) or of the line (노선 연장, 가람선 연장)
_LINE_EXTENT = re.compile(r"총\s*연장|(?:선|노선|도로|철도|선로|구간|터널|교량)(?:의)?\s*연장")


def analyze(text: str, query: str | None = None, own: str | None = None) -> Question:
    """Analyse one question. ``query`` is what will be searched (a resolved follow-up), ``own``
    this turn's own words when they differ (a follow-up's focus)."""
    asked = text  # kept as asked: the answer repeats the question the person wrote
    # (an arrow between two places is "from … to …": each is a name of its own, "가람역→나래역")
    text = _ARROW.sub(" ", question_last(text))
    query = _ARROW.sub(" ", question_last(query)) if query is not None else text
    own = _ARROW.sub(" ", question_last(own)) if own is not None else None
    korean = has_hangul(query)
    toks = _how_much_said(_thing_said(_counter_then_copula(_spelled_out(pos(query)))))
    wh, wh_i, unit = _wh(toks)
    head = _head(toks)
    if head == "연장" and _LINE_EXTENT.search(query):
        # "총연장은 얼마?", "노선 연장은?": the length a line or a road runs (not "기간 연장", a
        # period made longer)
        head = "총연장"
    if head in _TOTAL_FORMS:
        # "체불액 합계는 얼마야?": a total is of the noun it sums, and of that noun's kind (a sum of
        # money, here), not a quantity of no kind
        # (the noun as written, Kiwi's pieces glued back: 체불|액)
        k = next((i for i, t in enumerate(toks) if t.form == head), 0)
        j = k - 1
        while j > 0 and toks[j - 1].tag == "NNG" and toks[j - 1].start + toks[j - 1].len == toks[j].start:
            j -= 1
        summed = "".join(t.form for t in toks[j:k]) if k and toks[k - 1].tag == "NNG" else ""
        if summed and head_kind(summed) is not None:
            head = summed
    numbered = _numbered(toks, wh_i) if wh == "count" and unit in ("번", "호") else None
    if numbered:
        wh, unit, head = "which", None, numbered  # "몇 번 버스": which bus by its number
    if wh is None and (m := _CONVERTED.search(query)):
        wh, unit = "amount", m.group(1)  # "…억 달러로 치면?": the sum asked, in that currency
    if wh == "amount" and unit is None and (m := _IN_CURRENCY.search(query)):
        unit = m.group(1)  # "달러로 치면 얼마야?": the sum asked in that currency
    if wh == "amount" and unit in _CURRENCY_ALIASES:
        unit = _CURRENCY_ALIASES[unit]  # "몇 억 불?": dollars
    if unit == "km" and re.search(r"시속\s*(?:은|이|는)?\s*(?:몇|얼마)", query):
        unit = "km/h"  # "시속 몇 km?": a speed, as the figures read "시속 15㎞" (figures.py)
    if unit is None and wh in (None, "amount", "yesno") and (m := _IN_MEASURE.search(query)) \
            and is_unit(m.group(1)) and unit_kind(m.group(1)) == "measure":
        # "길이 마일로 하면 얼마야?", "면적 헥타르로 환산하면?": a measure asked in that unit
        wh, unit = "measure", canonical_unit(m.group(1))
    hk = head_kind(head) if head else None
    if head in _SIZE_HEADS:
        # "예산 규모는?", "면적 규모는?": the size of the noun before it, of that noun's kind (a sum,
        # an area); "행사 규모는?" stays a count
        k = next((i for i, t in enumerate(toks) if t.form == head), 0)
        before = head_kind(toks[k - 1].form) if k and toks[k - 1].tag == "NNG" else None
        if before in ("amount", "measure", "percent"):
            hk = before
    if hk is None and head and head.endswith("일") and _day_of_action(head):
        # 서거일, 착공일, 개관일: the day of an action asked (not 남북통일, 이메일); the head stays
        # no kind noun, so the action is still a word to find (_constraints, day_action)
        hk = "date"
    if head == "폭" and any(t.form in _CHANGES for t in toks):
        hk = "count"  # 인상폭, 증가폭: how much a figure changed, in its own unit; no width
    asks = wh
    if wh == "which" or wh == "entity" or wh is None:
        # (money itself, 돈, is a sum asked only with no question word: "신설에 드는 돈은?"; "남는 돈을
        # 무엇으로 보관해?" asks in what form)
        asks = hk or ("amount" if wh is None and head == "돈" else None) or ("entity" if wh else None)
        if head == "정도" and wh == "which" and (topic := _topic_kind(toks, wh_i, _TOPIC_QUANTITIES)):
            # "취업률은 어느 정도야?": how much of the topic, a rate; no 정도 to name ("총사업비는 어느
            # 정도로 잡혔어?": a sum)
            asks = topic
    elif wh == "amount" and hk in ("measure", "percent", "count", "age", "duration", "date") and head not in ANY_SIZE \
            and head not in PHRASE_TIMES \
            and not (head == "동안" and re.search(r"동안\s*얼마", query)) \
            and (not re.search(re.escape(head) + r"(?:에|에서|로|으로|마다|당)\s", query)
                 or re.search(rf"얼마(?:만큼)?의\s*{re.escape(head)}", query)):
        # 길이는 얼마 -> a length; 인구는 얼마나 -> a count; but "한 달에 얼마" is a sum per month
        # (and "한 해 동안 얼마 지원했대" a sum over a time: 얼마 동안 asks how long)
        # ("얼마의 주파수로 갱신되나": 얼마 governs the head; its 로 is no denominator)
        asks = hk
    elif (wh == "amount" and toks[wh_i].form in ("얼마", "얼마나") and head and hk is None and head not in GENERIC
          and head not in NAME_HEADS
          # the head is what 얼마 is said of: "기록은 얼마", "얼마의 빈도" (not "최대 얼마")
          # (a noun of quantity — 량, 수, 율 — is typed without its particle too: "배출량 얼마였어?";
          # "최대 얼마까지" is no head of 얼마)
          and re.search(rf"{re.escape(head)}\s*(?:은|는|이|가|을|를)\s|얼마(?:만큼)?의\s*{re.escape(head)}"
                        + (rf"|{re.escape(head)}\s*얼마" if re.search(r"[량수율률]$", head) else ""), query)
          and not any(t.tag in ("NNG", "NNB") and t.form in _MONEY_WORDS for t in toks)
          and head not in _GIVING and not _GIVEN_AFTER.match(query, toks[wh_i].start)):
        # 얼마 asks "how much" of its head: money for 예산 or none at all ("얼마야?"), but a
        # record, a frequency, a reward of no money word is a quantity in whatever unit it has
        # (not what is given or paid: "월세 지원은 얼마야?", "한 달에 얼마씩 줘?" ask money)
        asks, unit = "count", None
    elif (wh == "amount" and toks[wh_i].form == "얼마" and hk != "amount" and (topic := _topic_kind(toks, wh_i))
          and not any(t.tag in ("NNG", "NNB") and t.form in _MONEY_WORDS for t in toks)):
        # "관광객 수는 2008년 말 기준으로 얼마에 달했는가": 얼마 is said of the topic, a count
        asks, unit = topic, None
    elif (wh == "count" and unit is None and toks[wh_i].form.startswith("얼마")
          and (topic := _topic_kind(toks, wh_i, _CHANGE_KINDS))):
        # "보조금은 … 얼마나 줄어든 건가요": how much the topic changed, in the topic's own kind
        asks = topic
    elif wh == "description" and toks[wh_i].form in ("어떻게", "어떻") and any(
            t.form == "되" for t in toks[wh_i + 1:wh_i + 3]) and head and head not in ("거", "것", "수"):
        asks = hk if hk else "entity"  # "나이가 어떻게 되나요?": what the subject is
    elif wh == "date" and (hk == "duration" or _topic_is_span(toks, wh_i)) and not _range_end(toks, wh_i):
        # ("신청 기간은 언제까지야?", "운영 시간은 몇 시부터": one end of the span, a date or an hour)
        asks = "duration"  # "수명은 몇 년인가", "기간은 언제": how long, not which year
    elif wh == "place" and hk in ("person",):
        asks = "place"
    elif wh == "count" and unit is None and re.search(r"나이(?:가|는|도)?\s*몇(?:\s*(?:이|살|세)|[?？]|\s*$)", query):
        asks = "age"  # "집주인 나이가 몇이야?": an age, with no counter said
    if asks in ("entity", None) and head and len(head) >= 4 and _BODY_HEAD_POST.search(head) and not numbered:
        asks = "person"  # "문화유산과장 이름이 뭐예요?": the head of a body's 과, 국, 팀 is a person
    if head == "장" and asks in ("entity", None) and any(
            t.form == "장" and i > 0 and toks[i - 1].tag in ("NNG", "NNP") and toks[i - 1].start + toks[i - 1].len == t.start
            for i, t in enumerate(toks)):
        asks = "person"  # "원주의료원장 이름이 뭐야?": 장 glued to a body is the one who heads it
    if wh in ("entity", "person") and wh_i + 1 < len(toks) and toks[wh_i + 1].tag == "JKG":
        asks = wh  # "무엇의 높이에 따라": whose height is asked, not a height
    if wh == "entity" and any(t.form == "하" and t.tag == "VV" for t in toks[wh_i + 1:wh_i + 3]):
        asks = "description"  # 무엇을 하나요: what is done
    # the count is read from this turn's own words: a follow-up's topic ("4대 특화분야") names
    # the whole list, not the part now asked for
    count = (list_count(own if own else query) if asks in ("entity", "description", None) or wh in ("entity", "which")
             else None)
    if count is not None and count[1][-1] != "지" and _post_named_asked(toks) and _done_after(toks, count[1]):
        # "공원 197개 조성 … 서울시장 이름 알려줘": the name of a post's holder is asked, one
        # person; the count the question names is of something done, no list (가지 counts items
        # whatever else is asked)
        count = None
    if count is None and asks in ("place", "entity", None):
        count = _places_counted(own if own else query)  # "같이 하는 부처 두 곳은?": the two named
    if count or (_REDUPLICATED_WH.search(query) and asks in ("entity", "place", "person", "description", None)):
        asks = "list"  # (a question word said twice asks for every one: "어디 어디야?", "뭐뭐 있어?")
    told = _told(toks)
    if asks is None and told is not None:
        # "정비구역들 전부 나열해줘": the items asked; "사업 과정 설명해 주세요": a description
        asks = _TELLING_NOUNS[toks[told].form]
    request = _requested(toks)
    if asks is None and request is not None:
        # "허브 주소 좀 알려줘", "센터 위치 알려 주세요": a request names what is asked
        head = toks[request].form
        k = request
        while k > 0 and head_kind(head) is None and toks[k - 1].tag == "NNG" \
                and toks[k - 1].start + toks[k - 1].len == toks[k].start and head_kind(toks[k - 1].form + head) is not None:
            # "발행액 알려줘" read as 발행 + 액: the word written whole is the head ("발행액", a sum),
            # when its last piece names no kind itself ("운영시간 알려줘" keeps 시간)
            k -= 1
            head = toks[k].form + head
        if head in NAME_HEADS:
            # "대표이사 이름 알려줘": the name of a 대표이사, so of a person
            k = request - 1 - (request >= 1 and toks[request - 1].tag == "JKG")
            if k >= 0 and toks[k].tag in ("NNG", "NNP"):
                head = toks[k].form
                while k > 0 and toks[k - 1].tag == "NNG" and toks[k - 1].start + toks[k - 1].len == toks[k].start \
                        and head_kind(toks[k - 1].form + head) is not None:
                    k -= 1
                    head = toks[k].form + head
        asks = head_kind(head) or "entity"
    listed = head in _LIST_REQUESTED and asks in ("entity", "description", None)
    if listed:
        asks = "list"  # "2층에 갖춘 시설 목록 알려줘", "시설 목록은?": every item, as "어디 어디야?" asks
    if asks is None:
        last = [t for t in toks if t.tag not in ("SF", "SP", "SE")]
        if last and last[-1].tag == "JX" and len(last) >= 2 and last[-2].tag in ("NNG", "NNP", "NNB", "XSN"):
            asks = "entity"  # "…을 실현한 단체의 이름은?": a thing of the head's kind
        elif last and last[-1].tag.startswith("E") and (query.rstrip().endswith("?") or last[-1].tag == "EF"):
            asks = "yesno"
        else:
            asks = "description"
    if asks == "entity" and head and len(head) >= 4 and place_office(head) and (
            any(t.form in NAME_HEADS for t in toks) or _done_by_office(toks, head)):
        asks = "person"  # "안동시장 이름이 뭐예요?", "기공식에 참석한 충주시장 이름은?": the
        # holder of a place's office, by name — or one who spoke or attended ("발언한 충주시장은?":
        # a market does neither)
    if asks == "entity" and _post_named(query):
        asks = "person"  # "보건소장 이름 알려줘", "연구위원 이름이 뭐야?": the name of a post's holder
    if asks == "description" and head in _CONDITION_HEADS:
        # "나이 조건이 어떻게 돼요?", "연령 기준은?": a condition on a value is stated as that value
        # ("만 19세 이상 39세 이하"), so the value's kind is asked
        i = next((k for k, t in enumerate(toks) if t.form == head), 0)
        if i and toks[i - 1].tag == "NNG" and head_kind(toks[i - 1].form) in _CONDITIONED_KINDS:
            asks, head = head_kind(toks[i - 1].form), toks[i - 1].form
    if asks == "date" and unit is None and head in _YEAR_HEADS:
        unit = "년"  # "…한 해는?", "몇 년도": a year, not "10월"
    if head is None and asks in ("count", "amount", "measure") and unit is None and (topic := _topic_noun(toks, wh_i)) \
            and topic[1] in HEAD_DIMENSION:
        # "전국 강수량은 얼마나 왔어?": the topic is a measure of a dimension (rain as a depth), and
        # 얼마나 asks it, not a count of anything ("0.8도" is no rainfall)
        asks, head = "measure", topic[1]
    if head is None and asks == "measure" and unit and (topic := _topic_noun(toks, wh_i)) \
            and head_kind(topic[1]) == "measure":
        head = topic[1]  # "부지 면적은 몇 ㎡": the measure named is the head, as in "부지 면적은 얼마"
    constraints = _dotted_ordinals(query, _constraints(query, toks, head, wh_i, asks in VALUE_ASKS, asks == "person",
                                                       asks == "amount"))
    if told is not None and sum(t.form == toks[told].form for t in toks) == 1:
        # (the telling asked for is no word an article says: "나열", "설명"; said twice, "토지 정리
        # 사업 결과 정리해줘", the other is a word of the question's topic, and both stay)
        constraints = tuple(c for c in constraints if squash(c.text) != toks[told].form)
    if asks == "person" and WRITER_ASKED.search(query):
        # "…폭설 기사 쓴 기자 누구야?": the article and its reporter are what is asked of, no words
        # an article says of itself
        constraints = tuple(c for c in constraints if c.text not in ("기사", "기자", "글"))
    if asks == "yesno":
        constraints = _yes_no_focus(query, constraints, _predicate(toks))
    if own and own != query:
        # a follow-up: the earlier turn's names and figures are its topic, not conditions on
        # this turn's evidence ("그 중 의료 분야는?" after "4대 특화분야는?": 4대 need not be near)
        # names stay (서울시 in the topic still holds), the rest is context the search already used
        own_sq = squash(own)
        constraints = tuple(c for c in constraints if any(f in own_sq for f in c.forms) or c.kind in ("name", "speaker"))
    constraints = _speakers(toks, constraints)
    for m in _ROUTE_PAIR.finditer(query):
        # "송도국제도시~강남역": a route or a stretch between two places is one thing; a sentence
        # naming one end (another route from it) does not meet it
        ends = (squash(m.group(1)), PARTICLE_END.sub("", squash(m.group(2))))
        if all(len(e) >= 2 for e in ends):
            constraints += (Constraint("route", m.group(0), ends),)
            # ("구미~경산 구간 예산": the stretch's own noun names the route, no subject of its own
            # for a sentence to hold — "광역철도(가람~나래) 171억원" says none)
            kind = re.match(r"\s*(구간|노선|구역)(?![가-힣])", query[m.end():])
            if kind:
                constraints = tuple(c for c in constraints if not (c.kind == "subject" and c.text == kind.group(1)))
    post = head
    if asks == "person" and head and (len(head) == 2 or head in PLACE_OFFICES) and head not in _ANY_PERSON:
        # (a district's head too: "서구청장" read as 서 + 구청장)
        # "고흥군수가 누구예요?": Kiwi cuts the post off its place (고흥 + 군수); the post asked is
        # the two together, as "울산시장" kept whole is
        glued = re.search(rf"[가-힣]{{1,8}}{re.escape(head)}(?=[은는이가의을를도]?\s|[은는이가의을를도]?[?？.]|$)", query)
        if glued and not any(c.kind == "post" for c in constraints):
            post = glued.group(0)
    office = place_office(post) if asks == "person" and post else None
    if office and any(c.kind == "name" and squash(c.text) == squash(post) for c in constraints):
        # "창원시장 누구예요?" with 창원시장 read as one proper noun: the place is a name to find
        # ("창원특례시"), the office a post ("홍남표 시장"), not the glued word an article seldom writes
        place = post[:-len(office)] + _OFFICE_PLACE.get(office, "")  # 일산서구청장 -> 일산서구
        constraints = tuple(c for c in constraints if squash(c.text) != squash(post)) \
            + (Constraint("name", place, _forms(place)),)
    if asks == "person" and post and len(post) >= 3 and post not in _ANY_PERSON \
            and not any(squash(c.text) == squash(post) and c.kind != "term" for c in constraints):
        # the post asked (부이사장, 행정부시장): an article naming only the post it extends (이사장,
        # 부시장) answers who held that other post (abstain.constraint_found, kind "post")
        constraints = tuple(c for c in constraints if squash(c.text) != squash(post)) \
            + (Constraint("post", post, (squash(post),) if post == head else _forms(post)),)
    if asks in ("person", "entity") and head in KIN and (len(head) > 1 or _kin_of_someone(toks, head)):
        # "김이수의 배우자 이름은?": the relation asked is said near the answer (kind "kin"). A
        # one-syllable kin word is one only after whose it is: "박형식의 형", not the 형 (sentence)
        # of "선고 받은 형은?"
        constraints = tuple(c for c in constraints if squash(c.text) != head) + (Constraint("kin", head, KIN[head]),)
    if (asks == "date" and head and len(head) >= 2 and head not in GENERIC and head not in HEADS
            and head not in PHRASE_TIMES and head not in _PLANNED and head_kind(head) is None
            and re.fullmatch(r"[가-힣]+", head)
            # (not a deadline: "마감일은?" is said by the date a time runs until, "10일까지")
            and day_action(head) not in DEADLINE_NOUNS
            and not (own and own != query)
            # (an event is a common noun: "닉슨은 언제 결혼했나" has its topic, a name, for head)
            and _common_nouns(toks, head)):
        # "사전청약은 언제부터?": the date of an event the noun names; an article never naming it
        # dates other events (발표, 착공), not it (found anywhere in the article, as a subject)
        constraints = tuple(c for c in constraints if squash(c.text) != squash(head)) \
            + (Constraint("subject", head, (squash(head),) + _day_stem(head)),)
    particle = None
    k = wh_i + 1
    if 0 <= wh_i and toks[wh_i].form == "몇" and k < len(toks) - 1 and toks[k].tag in ("NNB", "NNG", "SW", "SL") \
            and toks[k + 1].start == toks[k].start + toks[k].len:
        k += 1  # "몇 일부터": the particle follows the counter (or a unit's sign, "몇 %로", "몇 km까지")
    if 0 <= wh_i < k < len(toks) and toks[k].start == toks[k - 1].start + toks[k - 1].len and (
            toks[k].tag in ("JKB", "JKS", "JKO") or (toks[k].tag == "JX" and toks[k].form in ("부터", "까지", "다"))):
        particle = "에" if toks[k].form == "다" else toks[k].form  # "어디다 지어?": 다 is 에다, spoken
    attribute = None
    after = toks[wh_i + 2:wh_i + 5] if wh_i >= 0 else ()
    if asks in VALUE_ASKS and len(after) >= 2 and after[0].tag == "JKG" and after[1].tag in ("NNG", "NNP"):
        attribute = after[1].form  # 몇 개의 핀테크 기업: what is counted follows
    elif asks in VALUE_ASKS and toks[wh_i].form == "몇" and after and after[0].tag == "NNG" \
            and after[0].form not in _ABOUT_NOUNS \
            and after[0].start <= toks[wh_i + 1].start + toks[wh_i + 1].len + 1 \
            and not _starts_predicate(toks[wh_i + 2:], toks[wh_i - 1] if wh_i > 0 else None):
        attribute = after[0].form  # 몇대 대통령, 몇 개 사업: the noun the counter counts
    elif asks in VALUE_ASKS and wh_i > 0:
        end = wh_i
        # "창업기업은 전년 같은 달보다 몇 개 늘었어?": the base compared with (같은 달) is not what is
        # counted; the topic before the comparison is
        cmp_k = next((k for k in range(wh_i - 1, max(-1, wh_i - 3), -1)
                      if (toks[k].form == "보다" and toks[k].tag == "JKB") or toks[k].form == "대비"), None)
        if cmp_k is not None:
            end = next((k + 1 for k in range(cmp_k - 1, max(-1, cmp_k - 8), -1)
                        if toks[k].tag in ("JX", "JKS") and toks[k].form in ("은", "는", "이", "가")), end)
        # "건수는 5월 말 기준으로 얼마나": the frame and the date it reckons by are not what is counted
        framing = _framing(toks)
        k = end - 1
        while k >= 0 and (k in framing or (toks[k].form in ("으로", "로") and k - 1 in framing)):
            k -= 1
        if k < end - 1:
            while k >= 0 and (toks[k].tag == "SN" or (is_unit(toks[k].form) and unit_kind(toks[k].form) == "time")):
                k -= 1
            end = k + 1
        for k in reversed(range(max(0, end - 4), end)):
            t = toks[k]
            if t.form in YEARS_FROM_DATE or t.form in _YEAR_WORD_ALIASES:
                break  # "올해 몇 곳 뽑아요?": when, not what is counted
            if _per_unit(toks, k):
                break  # "한 곳에 얼마", "한사람당 몇 개": what it is per, not what is counted
            if t.form in _BOUND_FORMS:
                continue  # "시도당이 최소 몇 개": how far the figure may go, not what is counted
            if t.tag == "NNG" and k > 0 and toks[k - 1].tag == "MM" and toks[k - 1].form in ("그", "이", "저") \
                    and k + 1 < end and toks[k + 1].tag == "JKB":
                continue  # "인구는 그 기간에 얼마나 줄었어?": a time or place pointed back to, not what is counted
            if t.tag in ("NNG", "NNP") and t.form not in GENERIC and t.form not in _TOTAL_FORMS:
                attribute = t.form
                if len(t.form) == 1 and k > 0 and toks[k - 1].tag in ("NNG", "NNP") \
                        and toks[k - 1].start + toks[k - 1].len == t.start:
                    # "학생부는 몇 팀": the word as written (Kiwi splits 학생|부), not its last
                    # syllable, which ends any other group's name too (일반부, 재외도민부)
                    attribute = toks[k - 1].form + t.form
                break
            if t.form == "수" and t.tag in ("NNG", "NNB"):
                continue  # "방문객 수는 몇 명": what is counted stands before 수
            if t.form == "등" and t.tag == "NNB" and k > 0 and toks[k - 1].tag.startswith(("J", "E")):
                # "남강 일대에 등이 몇 개나": 등 after a particle ends no list (A, B 등): it is the
                # lamp counted
                attribute = t.form
                break
            if t.tag not in ("JX", "JKS", "JKO", "JKB", "MAG", "MM", "SP", "NNB"):
                break
    if attribute is None and asks == "count" and head == "수":
        # "…유치하겠다는 외래관광객 수는?": no question word; what is counted stands before 수
        i = max((i for i, t in enumerate(toks) if t.form == "수" and t.tag in ("NNG", "NNB")), default=0)
        if i > 0 and toks[i - 1].tag in ("NNG", "NNP") and toks[i - 1].form not in GENERIC:
            attribute = toks[i - 1].form
    if attribute is not None and asks == "count" and unit in ("곳", "군데") and particle in ("에서", "에"):
        # "캠페인 몇 곳에서 했어요?": the places it was held in are counted, not campaigns
        attribute = None
    if asks == "count" and unit is None and head is None and attribute and head_kind(attribute) == "amount" \
            and not re.search(r"몇", query):
        # "국비를 얼마나 확보했어?": 얼마나 said of a sum is how much money, not how many
        asks = "amount"
    if asks == "count" and unit and attribute and head_kind(attribute) in ("amount", "percent", "measure"):
        # "…추가 지원금 몇 대까지 지원해줘?" (a follow-up after a question of the grant): a sum, a
        # rate or a size is not what a counter counts; the noun before the question word is the
        # earlier turn's topic, no attribute of this one
        attribute = None
    if asks == "count" and attribute and head is None:
        # "외국인 방문객은 몇 명": the bare noun before the noun counted says which of them are
        # counted, as 택시 says which fare (_head_modifiers); "방문객 중 외지인은 몇 명": the part
        # of a whole named before 중 (가운데) is what is counted. An article never saying it counts all of
        # them (126만 명 방문객 answers neither): found anywhere in the article, as a subject is
        which = _counted_modifiers(query, toks, attribute) | (_topic_counted(query, attribute) if unit is None else frozenset())
        constraints = tuple(replace(c, kind="subject") if c.kind == "term" and squash(c.text) in which else c
                            for c in constraints)
    named = any(t.form in NAME_HEADS for t in toks)
    called = bool(_CALLED.search(text))
    if called and asks != "list":
        asks = "entity"  # "그 사람을 무엇이라고 부르는가": a word (콩도르세 승자), not a person's name
    predicate = _predicate(toks)
    slot = _slot(toks, wh_i)
    relative = _relative(toks) if asks in ("person", "entity", "place") else None
    constraints = constraints + _breakdowns(toks, constraints) + _misread_bodies(query, toks, constraints)
    if listed:
        # (the list's own noun is no word to find: news writes the items, not 목록)
        constraints = tuple(c for c in constraints if c.text not in _LIST_REQUESTED)
    if asks == "place":
        # "추가로 여는 곳은 어디 권역이에요?": 곳 stands for the place asked, no word to find
        constraints = tuple(c for c in constraints if not (c.kind == "term" and c.text in ("곳", "군데")))
    return Question(
        text=asked, query=query, asks=asks, attribute=attribute, named=named, unit=unit, head=head, constraints=constraints, count=count,
        total=(any(t.form in _TOTAL_FORMS and t.tag in ("MM", "MAG", "NNG", "XPN") for t in toks)
               or _OVER_SPAN.search(query) is not None), korean=korean, tokens=tuple(tokenize(query)),
        focus=tuple(tokenize(own)) if own and own != query else (), particle=particle, predicate=predicate,
        called=called, slot=slot, relative=relative, relative_object=bool(relative) and _object_gap(toks),
        excluded=excluded(asked), numbered=bool(numbered) or (bool(head) and head.endswith("번호") and asks == "entity"),
        compounds=_compounds(query, toks))


# the words that say a breakdown by sex: "남녀 각각 몇 명", said back by any of them
_BY_SEX = ("남녀", "남성", "여성", "남자", "여자")
_SEX_OF = {"여자": ("여자", "여성", "여학생"), "여성": ("여성", "여자", "여학생"),
           "남자": ("남자", "남성", "남학생"), "남성": ("남성", "남자", "남학생"),
           "여학생": ("여학생", "여자", "여성", "여고생"), "남학생": ("남학생", "남자", "남성", "남고생")}


# the ages a fee is set for ("청소년 요금", "어린이 입장료"), said back by any of their names
_AGE_GROUPS = {"청소년": ("청소년",), "어린이": ("어린이", "아동", "소인"), "아동": ("아동", "어린이", "소인"),
               "성인": ("성인", "어른", "대인"), "어른": ("어른", "성인", "대인"), "유아": ("유아", "영유아"),
               "노인": ("노인", "어르신", "경로"), "어르신": ("어르신", "노인", "경로"), "경로": ("경로", "노인", "어르신")}


# the nouns a body's or a facility's name ends in
_BODY_END = re.compile(r"(?:센터|재단|공단|협회|연구소|연구원|도서관|복지관|회관|병원|의료원|학교)$")


def _misread_bodies(query: str, toks, constraints: tuple[Constraint, ...]) -> tuple[Constraint, ...]:
    """A word typed as one, four syllables or more, ending in a body's noun and cut by Kiwi into
    pieces not all nouns, none an ending or a particle ("다함께돌봄센터": 다 + 함께 + 돌봄 + 센터):
    the body's name, to be found as written (an article about another centre does not answer it)."""
    have = {squash(c.text) for c in constraints}
    out = []
    for m in re.finditer(r"[가-힣]+", query):
        core = PARTICLE_END.sub("", m.group(0))
        if len(core) < 4 or not _BODY_END.search(core) or core in have:
            continue
        inside = [t for t in toks if m.start() <= t.start < m.start() + len(core)]
        # (no ending or particle inside: "새로생긴복지관", 생기 + ㄴ, is a phrase typed without spaces)
        others = [t for t in inside if not t.tag.startswith(("NN", "XPN", "XSN", "SN"))]
        if others and not any(t.tag.startswith(("E", "J")) for t in others):
            out.append(Constraint("subject", core, (core,)))
    return tuple(out)


def _breakdowns(toks, constraints: tuple[Constraint, ...]) -> tuple[Constraint, ...]:
    """A breakdown asked ("시도별로는 어디가 제일 많아?", "연령대별 투표율", "남녀 각각 몇 명",
    "여자 선수는 몇 명"): the noun it is by (시도, 연령대; 남녀, 여자) must be found, or the articles
    give no such breakdown."""
    out = []
    for i, (t, nxt) in enumerate(zip(toks, [*toks[1:], None])):
        if nxt is not None and nxt.tag == "XSN" and nxt.form == "별" and t.tag == "NNG" and len(t.form) >= 2 \
                and nxt.start == t.start + t.len:
            out.append(Constraint("breakdown", t.form, (t.form,)))
        elif nxt is not None and nxt.tag == "XSN" and nxt.form == "별" and t.tag == "NNG" and len(t.form) == 1 \
                and nxt.start == t.start + t.len:
            # "구별로 나누면", "동별로 몇 곳씩", "월별 탐방객 수": a unit of one syllable (구, 동, 월) is
            # said in any article; the breakdown is said by the word itself or by a list of units
            # each with its figure (abstain: the part names the unit)
            out.append(Constraint("breakdown", t.form + "별", (t.form + "별",), (t.form,)))
        elif t.form == "남녀" and nxt is not None and nxt.form in ("각각", "별", "따로"):
            out.append(Constraint("breakdown", t.form, _BY_SEX))
        elif t.form in _SEX_OF and _BODY_WORD.search(_glued_word(toks, i)):
            continue  # "여성가족부 예산": the word names a body, no breakdown by sex
        elif t.form in _SEX_OF and t.tag == "NNG" and nxt is not None and (
                nxt.tag == "NNG" or (nxt.tag.startswith("J") and any(x.form == "몇" for x in toks[i + 1:]))):
            # "여자 선수는 몇 명?", "신입생 중 남학생은 몇 명?": the people counted are of one sex,
            # which must be said
            out.append(Constraint("breakdown", t.form, _SEX_OF[t.form]))
        elif t.form in _AGE_GROUPS and t.tag == "NNG" and nxt is not None and nxt.tag == "NNG" \
                and head_kind(nxt.form) == "amount":
            # "청소년 요금은 얼마로 바뀌어?": a fee of one age, which must be said (not the fare of all)
            out.append(Constraint("breakdown", t.form, _AGE_GROUPS[t.form]))
    # (a subject of the same word is looked for as the question's words are, some of them may be
    # missing; a breakdown must be said)
    return tuple(c for c in out if not any(c.text == d.text and d.kind not in ("term", "subject") for d in constraints))


# how the name of a body or a facility ends (여성가족부, 여성인력개발센터)
_BODY_WORD = re.compile(r"(?:부|청|처|원|관|회|센터|재단|병원|학교|공단|공사|협회|위원회)$")


def _glued_word(toks, i: int) -> str:
    """The nouns written together from token ``i`` on ("여성" + "가족부" -> 여성가족부); the
    token alone when the next one is spaced off or no noun."""
    word = toks[i].form
    for a, b in zip(toks[i:], toks[i + 1:]):
        if b.start != a.start + a.len or b.tag not in ("NNG", "NNP", "XSN"):
            break
        word += b.form
    return word


def _sum_of_thing(word: str) -> bool:
    """``word`` is a common noun and a sum's ending (교복 + 비, 참가 + 료): the cost of a thing."""
    w = squash(word)
    if len(w) < 3 or not w.endswith(AMOUNT_SUFFIXES):
        return False
    toks = pos(w[:-1])
    return len(toks) == 1 and toks[0].tag == "NNG" and len(toks[0].form) == len(w) - 1


# nouns that place a thing by another beside it ("이마트 근처", "역 주변"): said in many ways
_NEAR_PLACE = frozenset("근처 주변 인근 부근 일대 일원 근방 주위 맞은편 건너편".split())


def _next_noun(query: str, at: int) -> str | None:
    """The common noun the word after ``at`` starts with ("1년 예산이" -> 예산), or None."""
    rest = query[at:]
    if not rest[:1].isspace():
        return None
    toks = pos(rest.strip())
    return toks[0].form if toks and toks[0].tag == "NNG" else None


def _compounds(query: str, toks) -> tuple[str, ...]:
    """Words whose nominal stem is three or more common nouns written together, no proper
    noun, figure or letter among them ("청년도전지원사업은" -> 청년도전지원사업). Kiwi reads a
    programme's name it does not know so, noun by noun; _constraints counts the nouns one by
    one (soft), and this keeps the whole for the engine to look up."""
    return tuple(dict.fromkeys(word for word, stem in _glued_nouns(query, toks) if len(stem) >= 3))


def _glued_nouns(query: str, toks):
    """(word, stem) of each word whose nominal stem is two or more common nouns written together,
    none of them generic (Kiwi's pieces of 청년도전지원사업, 시내버스)."""
    for _, _, ts in _eojeols(query, toks):
        stem = nominal_stem(ts)
        if len(stem) > 2 and stem[-1].tag == "XSN" and stem[-1].form == "들":
            stem = stem[:-1]  # 손해보험사들 -> 손해보험사: the plural is the same thing
        glued = all(b.start == a.start + a.len for a, b in zip(stem, stem[1:]))
        if len(stem) >= 2 and all(t.tag == "NNG" for t in stem) and glued and not any(t.form in GENERIC for t in stem):
            yield query[stem[0].start:stem[-1].start + stem[-1].len], stem


def noun_pairs(query: str) -> tuple[tuple[str, str], ...]:
    """(modifier, head) of each word whose nominal stem is common nouns written together, the last
    of two syllables or more ("시내버스" -> (시내, 버스), "근원물가" -> (근원, 물가)): a kind of the
    head the question names (abstain.with_sibling_compounds)."""
    return tuple(dict.fromkeys((word[:-len(stem[-1].form)], stem[-1].form) for word, stem in _glued_nouns(query, pos(query))
                               if len(stem[-1].form) >= 2 and len(word) - len(stem[-1].form) >= 2))


# a counter 번/호 followed by a noun that no verb takes up: "몇 번 버스예요", "몇 번 출구로 나가"
# ask a number borne; "몇 번 방문했어" (방문 + 했) counts times
# the words that say how a count of times runs or is rounded ("몇 번 연속으로", "몇 번 정도"),
# no thing bearing a number ("몇 번 출구")
_HOW_COUNTED = frozenset({"연속", "정도", "가량", "쯤", "꼴"})


def _numbered(toks, wh_i: int) -> str | None:
    k = wh_i + 2
    if k + 1 < len(toks) and toks[k].form in ("으로", "로") and toks[k].tag == "JKB" \
            and toks[k + 1].form in ("걸", "걷", "전화", "연락", "문의"):
        return "번호"  # "몇 번으로 걸어?" (Kiwi: 걷): the number to call, not how many times
    if k >= len(toks) or toks[k].tag not in ("NNG", "NNP") or toks[k].start > toks[k - 1].start + toks[k - 1].len + 1:
        return None
    if toks[k].form in _BOUNDS_SAID or toks[k].form in _HOW_COUNTED:
        return None  # "몇 번 이상 신고된", "몇 번 연속으로": how many times, no number named
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.start == toks[k].start + toks[k].len and (
            after.tag.startswith("XSV") or after.tag.startswith("XSA") or after.tag.split("-")[0] in ("VV", "VA")):
        return None
    return toks[k].form


def _common_nouns(toks, word: str) -> bool:
    """``word`` is read as common nouns only (Kiwi's morphemes inside it)."""
    parts = [t for t in toks if t.form in word]
    return bool(parts) and all(t.tag == "NNG" for t in parts)


# "X 말고", "X 빼고", "X를 제외한", "X 외에", "X 이외의": the noun phrase before sets X aside
_EXCEPT = re.compile(r"(?:(?<=\S)(?:을|를|은|는)?\s*(?:빼고|제외하고|제외한|제외하면|제외하곤|말고|말곤)"
                     r"|\s+(?:외에|외의|외엔|외에는|이외에|이외의|이외엔|밖에|말고|빼고))(?=\s|$|[,?])")
# the words of a list written before it: "용인·구리·오산", "부산, 울산과 경남"
_LIST_SEP = re.compile(r"\s*[·ㆍ,/]\s*|(?<=[가-힣])(?:와|과|랑|이랑|하고)\s+")
_PRONOUNS = frozenset("이 그 저 이것 그것 저것 이곳 그곳 여기 거기 그밖 이밖".split())


def excluded(text: str) -> tuple[str, ...]:
    """The names and nouns a question sets aside with 말고/빼고/제외한/외에 (see Question.excluded):
    the word right before the marker and the words listed with it."""
    out: list[str] = []
    for m in _EXCEPT.finditer(text):
        words = text[:m.start()].split()
        if not words:
            continue
        phrase = words[-1]
        k = len(words) - 1
        while k > 0 and re.search(r"(?:[·ㆍ,/]|[가-힣](?:와|과|랑|이랑|하고))$", words[k - 1]):
            k -= 1  # "부산, 울산과 경남 말고": the list goes on before
            phrase = words[k] + " " + phrase
        for w in _LIST_SEP.split(phrase):
            w = squash(PARTICLE_END.sub("", w))
            if len(w) < 2 or w in _PRONOUNS or w in GENERIC or not has_hangul(w) and not w.isalpha():
                continue
            out += [w, _ADMIN.sub("", w)] if len(_ADMIN.sub("", w)) >= 2 else [w]
    return tuple(dict.fromkeys(out))


# the tags of a content word beside the question word (nouns, names, verb and adjective stems)
SLOT_TAGS = ("NNG", "NNP", "SL", "SH", "VV", "VA", "XR")


def _slot(toks, wh_i: int) -> tuple[str | None, str | None]:
    """The content morphemes next to the question word: the one before it (in the same clause)
    and the first after it and the noun it governs ("어느 나라를 공습한" -> 공습)."""
    if wh_i < 0:
        return None, None
    before = None
    for t in reversed(toks[max(0, wh_i - 3):wh_i]):
        if t.tag.split("-")[0] in SLOT_TAGS:
            before = t.form if len(t.form) >= 2 else None
            break
        if t.tag in ("SP", "SF", "EC", "EF", "JX"):
            break  # another clause, or the topic ("반기문은 어느 나라를"): said anywhere, not beside it
    after = None
    k = wh_i + 1
    if toks[wh_i].form in _WH_MM:
        while k < len(toks) and toks[k].tag in ("NNG", "NNB", "NNP", "SL") and toks[k].start == toks[k - 1].start + toks[k - 1].len \
                or (k == wh_i + 1 and k < len(toks) and toks[k].tag in ("NNG", "NNB", "NNP", "SL")):
            k += 1  # the noun it governs (나라, 위) is the answer's kind, not its neighbour
        if k + 1 < len(toks) and toks[k].tag == "JKG" and toks[k + 1].tag in ("NNG", "NNP"):
            k += 2  # "어떤 형태의 지진파가": the phrase goes on to the noun it describes
    for t in toks[k:k + 4]:
        tag = t.tag.split("-")[0]
        if tag in SLOT_TAGS and t.form not in ("하", "되", "이", "있"):
            after = t.form
            break
        if tag in ("SP", "SF"):
            break
    return before, after


# what may follow the noun a relative clause describes, to the end of the question
_AFTER_HEAD = frozenset({"NNG", "NNP", "NNB", "NP", "JKG", "JX", "JKS", "VCP", "EF", "EC", "SF", "SP", "XSN", "SL", "SN"})


def _relative(toks) -> str | None:
    """The predicate of the relative clause the question's last noun phrase is described by
    ("…주장한 사람은?" -> 주장, "가장 희박한 곳은?" -> 희박, "상소문을 올린 사람은?" -> 올리), or
    None when the question goes on with another predicate after it ("…한 사람은 누구를 만났나?").
    A light verb takes its object's noun ("역할을 한 것은?" -> 역할)."""
    for i in range(len(toks) - 1, 0, -1):
        t = toks[i]
        if t.tag.split("-")[0] in ("VV", "VA", "XSV", "XSA"):
            return None  # a predicate after the last relative clause: the question says more
        if t.tag != "ETM":
            if t.tag.split("-")[0] not in _AFTER_HEAD:
                return None
            continue
        if not any(x.tag in ("NNG", "NNP", "NNB", "NP") for x in toks[i + 1:]):
            return None
        j = i - 1
        while j > 0 and toks[j].tag == "EP":
            j -= 1  # "맡았던", "했던": the tense before the ending
        k = j - 1 if toks[j].form == "하" and toks[j - 1].form == "말" else j  # 말 + 하
        if toks[k].form in ("하", "말하", "말") and k >= 2 and toks[k - 1].tag == "EC" \
                and re.search(r"(?:다|라|자|냐)고$", toks[k - 1].form):
            # "기대한다고 한 지사", "늘리겠다고 말한 장관": the words reported say what was done
            j = k - 2
            while j > 0 and toks[j].tag == "EP":
                j -= 1
        p = toks[j]
        tag = p.tag.split("-")[0]
        if tag in ("XSV", "XSA") and j >= 1 and toks[j - 1].tag in ("NNG", "XR"):
            return toks[j - 1].form
        if tag in ("VV", "VA"):
            if p.form not in _LIGHT_VERBS:
                return p.form
            if j >= 2 and toks[j - 1].tag == "JKO" and toks[j - 2].tag == "NNG":
                return toks[j - 2].form  # "역할을 한": the object says what was done
        return None
    return None


def _object_gap(toks) -> bool:
    """The question's last relative clause has a subject and no object: "방시혁이 설립한 회사" (the
    company is what was founded), not "회사를 설립한 사람" (the person is who founded it)."""
    etm = max((i for i, t in enumerate(toks) if t.tag == "ETM"), default=-1)
    before = toks[:etm]
    subject = any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in before)
    return etm > 0 and subject and not any(t.tag == "JKO" for t in before)


# Verbs that say little of what happened (있다, 되다, 하다) and light verbs after a verbal noun
_LIGHT_VERBS = frozenset("있 없 되 하 이 아니 받 당하 시키 갖 가지 보 주 오 가".split())


_REQUEST_VERBS = frozenset({"알리", "가르치", "말하", "찾"})


_TOPIC_QUANTITIES = ("count", "measure", "percent", "age", "duration", "amount")


def _topic_kind(toks, wh_i: int, kinds=("count", "measure", "percent", "age", "duration")) -> str | None:
    """The kind of quantity the question's topic or subject names ("관광객 수는 … 얼마에" ->
    count), when it names one; its compound is read whole (관광객 수 -> 관광객수, 취업+률 -> 취업률)."""
    topic = _topic_noun(toks, wh_i)
    if topic is None:
        return None
    for w in topic:
        kind = head_kind(w) if len(w) >= 2 else None
        if kind is None and len(w) >= 3 and w.endswith("객"):
            kind = "count"  # "이용객이 얼마였어?": visitors, riders, passengers are counted
        if kind in kinds:
            return kind
    return None


def _topic_noun(toks, wh_i: int) -> tuple[str, str] | None:
    """The noun marked as topic, subject or object before the question word, as (its compound
    read whole, the noun itself): "관광객 수는 … 얼마에" -> (관광객수, 수); "참여율을 남녀로 나누면
    각각 얼마야?" -> (참여율, 참여율)."""
    for i in range(wh_i - 1, 0, -1):
        t, nxt = toks[i - 1], toks[i]
        if (nxt.tag in ("JX", "JKS", "JKO") and nxt.form in ("은", "는", "이", "가", "을", "를")
                and t.tag in ("NNG", "NNB", "XSN")):
            word, k = t.form, i - 1
            while k > 0 and toks[k - 1].tag == "NNG" and toks[k - 1].start + toks[k - 1].len >= toks[k].start - 1:
                k -= 1
                word = toks[k].form + word
            return word, t.form
    return None


def _counter_then_copula(toks) -> tuple:
    """"몇 종이래?" is 몇 종 + 이래 (a counter, then the copula), not 종이 (paper) with the copula
    dropped after its vowel, as Kiwi reads it: after 몇 a noun counts, so a two-syllable noun
    ending in 이 before a copula Kiwi elides is its first syllable and the copula said."""
    out = list(toks)
    for i in range(1, len(out) - 1):
        t, nxt = out[i], out[i + 1]
        if (out[i - 1].form == "몇" and t.tag == "NNG" and len(t.form) == 2 and t.form.endswith("이")
                and nxt.tag == "VCP" and nxt.len == 0 and nxt.start == t.start + t.len):
            out[i] = SimpleNamespace(form=t.form[0], tag="NNG", start=t.start, len=1, end=t.start + 1)
            out[i + 1] = SimpleNamespace(form="이", tag="VCP", start=t.start + 1, len=1, end=t.start + 2)
    return tuple(out)


def _thing_said(toks) -> tuple:
    """"제일 높은 거래?" is 거 (a thing, 것) + 이래 (the copula, said as heard), not 거래 (a deal),
    as Kiwi reads it: a noun after a verb's adnominal ending, ending the question."""
    out = list(toks)
    for i in range(1, len(out)):
        t = out[i]
        rest = out[i + 1:]
        if (t.tag == "NNG" and t.form in ("거래", "거래요") and out[i - 1].tag.startswith("ETM")
                and all(x.tag in ("SF", "SP", "SW", "EF", "VCP", "JX") for x in rest)):
            out[i] = SimpleNamespace(form="거", tag="NNB", start=t.start, len=1, end=t.start + 1)
    return tuple(out)


def _how_much_said(toks) -> tuple:
    """어느 정도 / 어느 만큼 said as the question of a quantity is 얼마나, read as one word from
    here on: followed by 되다 or by a noun ("길이가 어느 정도 돼?", "어느 정도 규모야?"), not by
    the verb it qualifies ("어느 정도 발전된": somewhat). Said alone ("피해는 어느 정도야?") it
    asks how much of the topic (analyze: a rate, a count) or a description."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        after = toks[i + 2] if i + 2 < len(toks) else None
        if t.form == "어느" and i + 1 < len(toks) and toks[i + 1].form in ("정도", "만큼") and after is not None \
                and (after.tag == "NNG" or after.form == "되"):
            nxt = toks[i + 1]
            out.append(SimpleNamespace(form="얼마나", tag="MAG", start=t.start, len=nxt.start + nxt.len - t.start,
                                       end=nxt.start + nxt.len))
            i += 2
            continue
        out.append(t)
        i += 1
    return tuple(out)


# the nouns of a list a request asks for ("시설 목록 알려줘", "참여 기관 리스트 줘")
_LIST_REQUESTED = frozenset({"목록", "리스트"})


# the verbal nouns of telling a request is made with ("나열해줘", "설명해 주세요"), and what each asks
_TELLING_NOUNS = {"나열": "list", "열거": "list", "설명": "description", "정리": "description",
                  "요약": "description", "소개": "description"}


def _told(toks) -> int | None:
    """The index of a noun of telling the question asks for by 하 + 주다/보다 ending it ("나열해줘",
    "설명해 주세요", "정리해 봐", "설명해 주실 수 있나요"), or None: not a clause ("소개해 준 식당",
    "나열해 보니")."""
    for i, t in enumerate(toks):
        if not (t.tag == "NNG" and t.form in _TELLING_NOUNS and i + 1 < len(toks) and toks[i + 1].tag == "XSV"):
            continue
        j = next((k for k in range(i + 2, min(i + 4, len(toks)))
                  if toks[k].form in ("주", "보") and toks[k].tag.startswith("VX")), None)
        if j is None:
            continue
        rest = [x for x in toks[j + 1:] if x.tag != "EP"]
        if rest and (rest[0].tag == "EF" or (rest[0].tag == "EC" and all(x.tag.startswith("S") for x in rest[1:]))
                     or (rest[0].tag == "ETM" and len(rest) > 1 and rest[1].form == "수")):
            return i
    return None


def _done_after(toks, counted: str) -> bool:
    """A predicate stands between the count and the noun the request asks ("197개 조성 발표 때 …
    얘기한 가람시장 이름 알려줘"): the count is of what was done, not of the holders asked ("5개
    자치구 구청장 이름")."""
    digits = re.match(r"\d+", counted)
    at = next((i for i, t in enumerate(toks) if digits and t.form == digits.group(0)), None)
    end = _requested(toks)
    return at is not None and end is not None and any(t.tag in ("VV", "VA", "XSV", "ETM") for t in toks[at + 1:end])


def _post_named_asked(toks) -> bool:
    """The name of a post's holder is requested: "서울시장 이름 알려줘" (a post, 이름, a request)."""
    k = _requested(toks)
    if k is None or toks[k].form not in NAME_HEADS:
        return False
    k -= 1 + (k >= 1 and toks[k - 1].tag == "JKG")
    if k < 0 or toks[k].tag not in ("NNG", "NNP"):
        return False
    word = toks[k].form
    while k > 0 and toks[k - 1].tag in ("NNG", "NNP") and toks[k - 1].start + toks[k - 1].len == toks[k].start:
        k -= 1
        word = toks[k].form + word
    return any(word.endswith(t) for t in PERSON_TITLES if len(t) >= 2)


def _requested(toks) -> int | None:
    """The index of the noun a request asks for ("주소 좀 알려줘" -> 주소), or None when the
    question is no request: a verb of telling with the auxiliary 주다, the noun right before it."""
    for i, t in enumerate(toks):
        if t.tag.startswith("VV") and t.form in _REQUEST_VERBS and any(x.form == "주" and x.tag.startswith("VX")
                                                                       for x in toks[i + 1:i + 3]):
            k = i - 1
            while k >= 0 and (toks[k].tag in ("JKO", "JX", "MAG") or toks[k].form == "좀"):
                k -= 1
            if k >= 0 and toks[k].tag in ("NNG", "NNP"):
                return k
    return None


def _predicate(toks) -> str | None:
    """The last content predicate of the question: a verb stem (다스리, 낳) or a verbal noun
    with 하다/되다/받다 after it (출소, 발매, 선고). None when the question has none."""
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        tag = t.tag.split("-")[0]
        if tag in ("VV", "VA", "NNG") and any(u.tag == "EC" and u.form in ("면", "으면") for u in toks[i + 1:i + 3]):
            # "2회 추경까지 반영하면 총예산은 얼마가 돼요?": the verb of a condition (…하면) says what
            # is assumed, not the event the figure asked is of
            return None
        if tag in ("VV", "VA") and t.form not in _LIGHT_VERBS and len(t.form) >= 1:
            return t.form
        if (t.tag == "VX" and t.form == "지" and i + 1 < len(toks) and toks[i + 1].form == "었"
                and (i == 0 or toks[i - 1].start + toks[i - 1].len < t.start or toks[i - 1].tag.startswith("J"))):
            # an auxiliary opens no word: Kiwi reads "어디에 지었어" as 지/VX + 었, which is 짓 (지다
            # past is 졌)
            return "짓"
        if (tag == "VV" and t.form in ("오", "가") and i >= 2 and toks[i - 1].form in ("어", "아")
                and toks[i - 2].tag.split("-")[0] == "VV" and toks[i - 2].start + toks[i - 2].len == toks[i - 1].start
                and toks[i - 1].start + toks[i - 1].len == t.start):
            # a verb of motion glued to the one before it is one verb: Kiwi may read 들어왔어 as
            # 들 + 어 + 오, and money that came in (들어오) is no money spent (들)
            return toks[i - 2].form + toks[i - 1].form + t.form
        if tag == "NNG" and i + 1 < len(toks) and toks[i + 1].start == t.start + t.len and (
                toks[i + 1].tag.startswith("XSV") or toks[i + 1].form in ("받", "당하", "되")):
            return t.form if t.form not in GENERIC else None
    return None


# Verbs of saying and judging: their subject is the one who speaks.
_SPEECH = frozenset("꼽 말하 밝히 강조하 언급하 설명하 주장하 제시하 생각하 지적하 발언하 답하 전하 소개하 평가하".split())


def _speakers(toks, constraints: tuple[Constraint, ...]) -> tuple[Constraint, ...]:
    """A name that is the subject of a verb of saying ("박형준 시장이 꼽은") becomes a speaker."""
    out = []
    said = set()
    for c in constraints:
        kind = c.kind
        if kind == "name":
            for i, t in enumerate(toks):
                if t.form != c.text.split()[-1] if c.text else True:
                    continue
                tail = toks[i + 1:i + 5]
                subject = next((k for k, x in enumerate(tail) if x.tag == "JKS" or (x.tag == "JX" and x.form in ("은", "는"))), None)
                verbs = [x for x in tail[subject + 1:subject + 3] if x.form in _SPEECH or (x.tag == "NNG" and x.form + "하" in _SPEECH)] \
                    if subject is not None else []
                if verbs:
                    kind = "speaker"
                    said |= {x.form for x in verbs if x.tag == "NNG"}
                break
        out.append(c if kind == c.kind else Constraint(kind, c.text, c.forms))
    # the noun of the verb of saying ("부총리가 말한 물량": 말) is how the speaker said it, a quote
    # as often ("“…224만개 수입에 착수”라고"), no word the sentence must write
    return tuple(c for c in out if not (c.kind == "term" and c.text in said))


def _yes_no_focus(query: str, constraints: tuple[Constraint, ...], predicate: str | None = None) -> tuple[Constraint, ...]:
    """A yes/no question's noun taking 도 ("이사비도 지원해 줘요?") is what it asks about, beside
    what the article is known to give: an article that never says it does not answer "yes" or
    "no" (a subject, found anywhere in the article, not a soft term). So is the noun of its verb
    ("안 쓰면 환불돼요?": an article never speaking of 환불 says neither yes nor no)."""
    # … and the thing whose being there is asked ("주차할 데 있나요?", "카페 있어요?"): the last
    # noun before the ending, a few letters back at most
    exists = _EXISTS_ASKED.search(query)
    last = None
    if exists:
        near = [(query.rfind(c.text, 0, exists.start()), c) for c in constraints
                if c.kind == "term" and len(c.text) >= 2 and c.text not in GENERIC]
        near = [(i, c) for i, c in near if i >= 0 and exists.start() - (i + len(c.text)) <= 6]
        last = max(near, key=lambda x: x[0])[1] if near else None
    out = []
    for c in constraints:
        if c.kind == "term" and len(c.text) >= 2 and (
                re.search(rf"{re.escape(c.text)}도(?![가-힣])", query)
                or (c.text == predicate and re.search(rf"{re.escape(c.text)}\s?(?:돼|되|해|하)[가-힣]*\s*[?？]?\s*$", query))
                or c is last):
            c = Constraint("subject", c.text, c.forms, c.parts)
        out.append(c)
    return tuple(out)


# a yes/no question asking whether a thing is there ("주차장 있어요?", "주차할 데 있나요?")
_EXISTS_ASKED = re.compile(r"(?:이|가)?\s*(?:있|없)(?:나요|어요|어|습니까|니|나|을까요|는지요?|음)\s*[?？]?\s*$")


# how a question may name a year news counts from its date, and the word news writes for it
# (not read as dates in articles: "전년 대비" compares, it dates nothing)
_YEAR_WORD_ALIASES = {"전년도": "작년", "전년": "작년", "금년도": "올해"}
# the native ordinals (첫째 … 열째) and the numerals that count the same place (세 번째)
_NATIVE_ORDINALS = ("첫", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
_ORDINAL_COUNTED = ("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
_NATIVE_ORDINAL = re.compile(r"(" + "|".join(sorted(_NATIVE_ORDINALS, key=len, reverse=True)) + r")째$")


# a compound naming an event by its kind (수선화축제, 가람박람회), and those kinds alone
_EVENT_WORDS = frozenset("축제 행사 대회 박람회 페스티벌 축전 엑스포 개막식 설명회 공연 전시회 음악회 콘서트 마라톤".split())
_EVENT_END = re.compile("(?:" + "|".join(sorted(_EVENT_WORDS, key=len, reverse=True)) + ")$")


# letters then digits, as one word: a code or a model's name (T1, G20, A380, COVID-19), no figure
_LATIN_CODE = re.compile(r"[A-Za-z]+-?\d+[A-Za-z]*")
# a title set in marks: ‘…’, '…', “…”, "…", 「…」, 『…』, 《…》, 〈…〉
_QUOTED_TITLE = re.compile(r"([‘'“\"「『《〈])([^‘’'“”\"「」『』《》〈〉]{1,30})([’'”\"」』》〉])")


# what a time or a year in the question is compared with by ("작년보다", "1년 전 대비", "작년 9월이랑")
_COMPARED_WITH = r"(?:보다|대비|에\s*비해|과\s*비교|이랑|랑|하고|과|와)(?![가-힣])"


def _asks_day(toks, wh_i: int) -> bool:
    """The question word asks a day: 언제, 며칠 (Kiwi reads 며칠 as 몇 일)."""
    return wh_i >= 0 and (toks[wh_i].form in ("언제", "며칠") or (
        toks[wh_i].form == "몇" and wh_i + 1 < len(toks) and toks[wh_i + 1].form == "일"))


# a month and a day joined by a middle dot, a word of its own, naming a policy or an event:
# "1·29 방안" (not a pair of a series, "3·4호기", "2·3위")
_DATE_NAMED = re.compile(r"(?<![\d.·ㆍ‧])(1[0-2]|[1-9])[·ㆍ‧](3[01]|[12]\d|[1-9])(?=\s|$)")


# a part of a year after a year: "25년 상반기", "24년 3분기", "23년 12월"
_PART_OF_YEAR_AFTER = re.compile(r"\s*(?:[상하]반기|[1-4]\s?분기|(?:1[0-2]|[1-9])\s?월|연말|연초)")


# what follows a time said of an earlier event, up to the question word of a later time: "…에
# 제작이 중단된 후 언제", "…에 개장한 뒤 몇 년 만에"
# a time said of the report itself: "…년 (…월) 보도에서", "…년 기사 기준", "…년 정부 발표 당시"
# (발표 only at the time of it, 당시 or 기준: "2023년 발표한 대책" is an event's time; nor a noun
# the word modifies, "보도 정비", "기사 시험"; nor what came after, "발표 후")
_AS_REPORTED = re.compile(r"\s*(?:(\d{1,2})\s*월\s*)?(?:\d{1,2}\s*일\s*)?(?:초|말|중순)?\s*(?:에\s*)?(?:정부\s+)?"
                          r"(?:(?:보도|기사|보도자료)(?:(?:에서|에서는|에|로는|상)(?![가-힣])|\s*(?:기준|당시)(?:으로|에)?(?![가-힣])|(?=\s*[,)?？]|\s*$))"
                          r"|발표\s*(?:기준|당시)(?:으로|에)?(?![가-힣]))")


def _reported_time(query: str, stem, written: str) -> tuple[str, ...] | None:
    """The parts a year or a month said of the report carries (the month after the year, the
    year before the month), or None when the time is no report's: "2024년 1월 보도에서" makes 2024년
    reported with ("1월",) and 1월 with ("2024년",). A day, or a month with no year, stays a time."""
    if not re.fullmatch(r"\d{4}년|\d{1,2}월", written):
        return None
    end = stem[-1].start + stem[-1].len
    m = _AS_REPORTED.match(query, end)
    if m is None:
        return None
    if written.endswith("년"):
        return (f"{int(m.group(1))}월",) if m.group(1) else ()
    year = re.search(r"(\d{4})\s*년\s*$", query[:stem[0].start])
    return (f"{year.group(1)}년",) if year else None
_TIME_BEFORE_ASKED = re.compile(r"[^,?]{0,30}?(?:후|이후|뒤|다음)\s*(?:에\s*)?(?:언제|몇\s*년)")


def _constraints(query: str, toks, head: str | None, wh_i: int, value: bool = False,
                 person: bool = False, amount: bool = False) -> tuple[Constraint, ...]:
    """``value``: the question asks for a figure or a date, whose kind the noun before its head
    names (택시 기본요금): that noun must be found, as a subject is. ``amount``: a sum is asked
    (only then does the noun before a sum's name say which sum: 일반 of 일반회계)."""
    out: list[Constraint] = []
    seen: set[str] = set()
    words = _eojeols(query, toks)
    modifiers = _head_modifiers(words, head) if value else frozenset()
    only = _exclusive_words(words) if value else frozenset()
    # a short title in marks ("영화 ‘화차’에서", 《고려국사》) is a name, whole: the article writes it so
    quoted = []
    for m in _QUOTED_TITLE.finditer(query):
        inner = m.group(2).strip()
        if 2 <= len(squash(inner)) <= 15 and len(inner.split()) <= 3 and has_hangul(inner) \
                and squash(inner) not in seen and not _WH_WORD.search(inner):
            out.append(Constraint("name", inner, (squash(inner),)))
            seen.add(squash(inner))
            quoted.append((m.start(2), m.end(2)))
    for m in _DATE_NAMED.finditer(query):
        # "1·29 방안", "9·7 대책": a policy or an event named by its date, found as the article
        # writes it (a middle dot, a full stop, a comma between), not as two figures (a full stop
        # typed in the question is a decimal point as often: "평점 3.5 이상")
        a, b = m.groups()
        out.append(Constraint("name", m.group(0), tuple(f"{a}{dot}{b}" for dot in ("·", "ㆍ", "‧", ".", ","))))
        seen.add(squash(m.group(0)))
        quoted.append((m.start(), m.end()))
    for start, end, ts in words:
        if any(a <= start < b or a < end <= b for a, b in quoted) and all(
                any(a <= t.start < b for a, b in quoted) for t in ts if t.tag in ("NNG", "NNP", "SL", "SH", "SN")):
            continue  # (its words are the title's, found with it)
        stem = nominal_stem(ts)
        glued = not stem and _glued_adverb(ts)
        if glued:
            # "늘봄학교" read as 늘 (an adverb) + 봄 + 학교: an adverb is a word of its own, so one
            # glued to nouns is part of a name Kiwi does not know (it reads 늘봄학교 whole in the
            # article)
            stem = ts[:1] + nominal_stem(ts[1:])
        if not stem:
            continue
        word = query[stem[0].start:stem[-1].start + stem[-1].len]
        if squash(word) in seen or re.search(r"[<>=/\\{}\[\]$;`|]", word):
            continue  # markup and code are not names ("<img src=x>")
        tags = {t.tag for t in stem} | ({"NNP"} if glued or _syllable_run(stem) or _unknown_compound(stem) or _kind_named(stem)
                                            or _proper_inside(stem) or _unknown_before_noun(stem)
                                            or _proper_styled(stem) else set())
        if len(stem) == 1 and stem[0].tag == "NNP":
            # Kiwi sometimes reads a common word with its particle as one proper noun ("어디에",
            # "연도로"): the word without the particle says what it is
            bare = PARTICLE_END.sub("", word)
            if bare != word and (bare in _WH_NP or bare in HEADS or bare in GENERIC):
                if bare in _WH_NP:
                    continue
                word, tags = bare, {"NNG"}
                stem = [SimpleNamespace(form=bare, tag="NNG", start=stem[0].start, len=len(bare))]
        digits = [t for t in stem if t.tag in ("SN", "W_SERIAL")]
        if "몇" in word or any(t.form in _WH_NP for t in stem):
            continue
        if (len(stem) >= 2 and stem[-1].form == "당" and stem[-1].tag == "XSN" and stem[-2].tag in ("SL", "SW")
                and not digits):
            # "kWh당 얼마", "MJ당", "㎡당": a unit in Latin letters or a symbol with 당 is what a rate
            # is per, as 리터당 is; no name to find (the article writes it ㎾h당, "MJ(메가줄)당")
            continue
        before = [t for t in toks if t.start < stem[0].start]
        if before and before[-1].form == "몇":
            continue  # "몇 km로", "몇 곳": the unit asked (Question.unit), found with its figure, not a name
        if len(stem) == 1 and stem[0].form in _BOUNDS_SAID and before and (
                before[-1].tag in ("NNB", "SN", "NR", "SL", "SW") or before[-1].form == "얼마"
                or (len(before) > 1 and before[-2].form == "몇")):
            continue  # "몇 번 이상", "얼마 이상이면": the bound of the figure asked, no word to find
        if digits and _LATIN_CODE.fullmatch(squash(word)):
            # "SKT T1이", "G20 회의", "A380": letters then digits are a code naming a thing, found
            # as written — not a figure (no Korean writes a unit before its number)
            out.append(Constraint("name", word, (squash(word).lower(),)))
            seen.add(squash(word))
            continue
        if len(stem) == 2 and stem[0].tag in ("NNG", "NNP") and stem[0].len >= 2 and stem[1].tag == "SN" \
                and stem[1].start == stem[0].start + stem[0].len:
            # "뉴스1이", "코로나19": a noun glued to digits, no unit after, is a name the same way
            name = stem[0].form + stem[1].form
            out.append(Constraint("name", name, (name,)))
            seen.add(squash(word))
            continue
        if digits:
            units = [t.form for t in stem if t.tag in ("NNB", "NNG", "SL", "SW")]
            tail = [t.form for t in ts if t.start >= stem[-1].start + stem[-1].len]
            if ([t.form for t in digits] == ["1"] and units and unit_kind(units[0]) in ("count", "time", "measure")
                    and unit_kind("".join(units[:2])) != "ordinal"  # "1회차에는": the first round, no rate
                    and units[0] not in ("월", "일", "시", "분", "세기")
                    and (tail[:1] in (["에"], ["당"], ["마다"]) or stem[-1].form == "당")):
                continue  # "알집 1개에", "1년에", "1인당": per one, a rate's denominator, not a fact to find
            if ([t.form for t in digits] == ["1"] and units == ["년"] and not tail
                    and (nxt := _next_noun(query, stem[-1].start + stem[-1].len)) is not None
                    and head_kind(nxt) in ("amount", "count")):
                continue  # "1년 예산이 얼마야?", "1년 매출액": a year's worth, as 연간 says, no time to find
            if units and unit_kind(units[0]) == "time" and re.match(
                    r"\s*(?:전|앞)\s*" + _COMPARED_WITH, query[stem[-1].start + stem[-1].len:]):
                continue  # "1년 전보다 얼마나 올랐어?": what the figure is compared with, not its time
            within = re.match(r"\s*(새|사이)(?![가-힣])", query[stem[-1].start + stem[-1].len:])
            if units and units[0] == "년" and [t.form for t in digits] == ["1"] and within:
                # "1년 새 얼마나 올랐어?": the change over a year, which news gives against the year
                # before (지난해 동기 대비, 같은 기간), not a time to find (nor 새, "new", a word)
                seen.add(within.group(1))
                continue
            after = query[stem[-1].start + stem[-1].len:].split()
            if (not units and len(digits) == 1 and re.fullmatch(r"(?:19|20)\d\d", digits[0].form)
                    and squash(word) == digits[0].form
                    # (not a count whose counter is spaced off: "참가자 2000 명", "1998 대 1")
                    and not (after and (is_unit(PARTICLE_END.sub("", after[0]))
                                        or pos(after[0])[0].tag in ("NNB", "SW")
                                        # (Latin letters after it are a unit typed in lower case,
                                        # "2000 teu"; in capitals a name: "2015 BIFF")
                                        or (pos(after[0])[0].tag == "SL" and not after[0][:1].isupper())))):
                # "2024 가람낙화놀이 언제 열려": a bare year typed without 년 is a year all the same
                year = digits[0].form + "년"
                out.append(Constraint("time", year, (year, digits[0].form)))  # (or as typed, in a name)
                seen.add(squash(word))
                continue
            if not units and re.match(r"[~∼-]\s*\d{1,4}\s*(?:년|월|일)", query[stem[-1].start + stem[-1].len:].lstrip()):
                continue  # "2~4월 전망": the first end of a range, its unit said once after the last
            bound = _BOUND_AFTER.match(query, stem[-1].start + stem[-1].len)
            if bound and units and unit_kind(units[0]) in ("count", "measure", "money", "percent"):
                # "20cm 넘게 눈 쌓인 구는?": a bound a figure passes, found as any figure past it
                # ("20.6㎝"), not as itself
                op = (">" if bound.group(1) else "<") + ("=" if bound.group(0).strip() in ("이상", "이하") else "")
                out.append(Constraint("bound", word, (squash(word).replace(",", ""),), (op,)))
                seen.add(squash(word))
                continue
            kind = "time" if units and units[0] in ("년", "월", "일", "세기", "년대", "년도", "연도") else "number"
            if kind == "time" and _TIME_BEFORE_ASKED.match(query, stem[-1].start + stem[-1].len):
                # "1980년도에 제작이 중단된 후 언제 재발매됐어?": the time of the event before the one
                # asked, said near the answer, not the answer's own time
                kind = "number"
            reported = _reported_time(query, stem, squash(word)) if kind == "time" else None
            if reported is not None:
                # "2024년 1월 보도에서 … 완공 예정 시점은?", "2020년 발표 당시": the time the article
                # reports from, met by its date as well as by saying it (parts: the year or month
                # said with it)
                out.append(Constraint("reported", word, (squash(word),), reported))
                seen.add(squash(word))
                continue
            # a figure is found with its unit (1932년, 14차, 2.39m), not as bare digits anywhere
            written = squash(word).replace(",", "")
            written = re.sub(r"^(제|약|총|최대|최소)", "", written)
            # a fiscal year is its year: "2024년도 예산" is found as 2024년 (in "2024년 예산",
            # "2024년도") and, in an article of 2023, as its "내년도"
            written = re.sub(r"^(\d{4})(?:년도|연도)", r"\1년", written)
            if re.fullmatch(r"'?\d\d년", written) and _PART_OF_YEAR_AFTER.match(query, stem[-1].start + stem[-1].len):
                # "25년 상반기", "'24년 3분기": a year written short, as its part of the year says
                # (not "25년 동안", a span)
                short = written.lstrip("'")
                # (a year short of 50 is this century's, 25년 2025; the rest the last's, 99년 1999)
                written = ("20" if int(short[:2]) < 50 else "19") + short
                kind = "time"
            written = re.sub(r"짜리$", "", written)  # "3일짜리는 얼마?": the 3일 of "3일 1만원"
            rounds = re.fullmatch(r"(\d+)(차|회)", written)
            # "2차 추경" is the article's "제2회 추가경정예산": 차 and 회 both number a round
            # (… and "3번째" counts it as well: "3차 합동 점검" is an article's "3번째 합동 점검")
            other = (rounds.group(1) + ("회" if rounds.group(2) == "차" else "차"), rounds.group(1) + "번째") if rounds else ()
            if rounds and 0 < int(rounds.group(1)) <= len(_ORDINAL_COUNTED):
                other += (_ORDINAL_COUNTED[int(rounds.group(1)) - 1] + "번째",)
            grade = re.fullmatch(r"([초중고])([1-6])", written)
            if grade:
                # "고3" said, "고등학교 3학년" (or "고등학교의 3학년", "고교 3학년") written
                other += tuple(f"{k}{joint}{grade.group(2)}학년" for k in _SCHOOLS[grade.group(1)] for joint in ("", "의"))
            if written != squash(word).replace(",", "") and re.fullmatch(r"\d\d년", squash(word)):
                other += (squash(word),)  # (the year as typed is found too: "99년 11월")
            out.append(Constraint(kind, word, (written,) + other))
            seen.add(squash(word))
            continue
        ordinal = _NATIVE_ORDINAL.match(squash(word))
        if ordinal:
            # "넷째 아이 낳으면 얼마?": which child is asked, as 4번째 would be; an article giving
            # 첫째아 to 셋째아 does not give the fourth (found as written, 셋째 in 셋째아, or
            # counted: 세 번째, 3번째)
            n = _NATIVE_ORDINALS.index(ordinal.group(1)) + 1
            native = ordinal.group(1)
            days = ("첫날",) if native == "첫" else ()  # 첫째 날 is 첫날
            out.append(Constraint("number", native + "째",
                                  (native + "째", _ORDINAL_COUNTED[n - 1] + "번째", f"{n}번째") + days))
            seen.add(squash(word))
            continue
        nouns = [t for t in stem if t.tag in ("NNG", "NNP", "SL", "SH", "NNB", "XSN", "XPN", "NR")]
        if not nouns:
            continue
        year_word = _YEAR_WORD_ALIASES.get(word, word)
        if year_word in YEARS_FROM_DATE and not re.match(
                # (the year of a month or quarter compared with: "작년 9월이랑 비교하면")
                # ("작년 같은 기간엔 몇 명?" asks of that year: 같은 기간 is compared only with 대비, 보다 …)
                r"\s*(?:(?:\d{1,2}\s*월|\d\s*분기|[상하]반기|같은\s*(?:달|때|기간|분기|시기|주)|동기)\s*)?" + _COMPARED_WITH,
                query[stem[-1].start + stem[-1].len:]):
            # "올해 추진하는 사업은 몇 건": a year counted from the article's date (abstain.py);
            # not "올해보다 몇 퍼센트 늘었나": a year compared with
            # (a question's 전년도 is the article's 작년: "그 전년도 축제는 언제 열렸어?")
            out.append(Constraint("time", year_word, (year_word,)))
            seen.add(word)
            continue
        content = _content_forms(stem)
        if not content or all(c in GENERIC for c in content):
            continue
        if value and squash(word) in _QUANTITY_NOUNS:
            continue  # "돈이 얼마나 들어?", "사람 몇 명": the quantity asked, which its unit says (원, 명)
        if (head and squash(word) == squash(head) and "NNP" not in tags
                and (head in NAME_HEADS or head_kind(head) not in ("amount", "measure", "percent", "count")
                     or volume_noun(head))
                and (head_kind(head) is not None or (wh_i >= 0 and len(head) < 4))):
            # (a head of no known kind is what is asked when a question word governs it — "방향은
            # 무엇인가요?" — and what the question is about otherwise: "날씨 어때요?", and a long
            # compound such as 인천경제자유구역청장 always)
            # a kind noun (해, 사람, 곳, 이름) says what is asked, not what the evidence is about;
            # an attribute (요금, 길이, 예산) is both, and stays a soft term; a volume of an action
            # (물동량, 생산량) is said by the action as often ("356만TEU를 처리", "전력을 생산")
            continue
        if word.endswith("들") and len(word) >= 2:
            word = word[:-1]  # 강들 -> 강: the plural is the same thing
        if word.endswith(("님", "씨")) and len(word) >= 3 and stem[-1].tag == "XSN":
            word = word[:-1]  # 시장님 -> 시장: an honorific is not part of the word
        # "…로마인의 이름은?", "…출간지의 이름은?": the kind of thing whose name is asked, soft like
        # 요금 even when Kiwi tags it a proper noun (the answer names it: 요세푸스, 국정일보)
        asked_of = bool(re.search(rf"{re.escape(word)}의\s*(?:{_NAME_HEADS_RE})", query))
        if len(word) == 1 and "SL" not in tags:
            kind = "term"
        elif word in _NEAR_PLACE:
            kind = "term"  # "이마트 근처 공사": where, by a place named beside it; an article says 앞, 인근 as often
        elif word in _PLANNED:
            kind = "term"  # "완공 목표 연도는?": a plan is said by any of its words ("2031년까지 완공할 계획")
        elif (value and (word == head or (head is None and _asks_day(toks, wh_i)))
              and day_action(word) in DEADLINE_NOUNS):
            # "신청 마감일이 언제예요?": the end of a time asked, said by the date it runs until
            # ("다음달 10일까지 접수"), no word the article must say (also when 며칠 leaves no head:
            # "마감일이 며칠이에요?")
            kind = "term"
        elif asked_of and "NNP" in tags and "SL" not in tags:
            kind = "term"
        elif head and word == head and "SL" not in tags and re.search(rf"의\s*{re.escape(word)}", query):
            # "개포주공아파트의 시공사는?": the attribute asked of a named thing, however Kiwi tags
            # it; the answer names it ("현대건설이 시공했다") and need not say the word
            kind = "term"
        elif "NNP" in tags and "SL" not in tags and _sum_of_thing(word):
            # "교복비": the cost of a thing, a compound Kiwi does not know; no name — an article
            # says "교복 구입비", "교복을 지원"
            kind = "subject"
        elif "NNP" in tags or "SL" in tags or "SH" in tags:
            kind = "name"
        elif word in _SUCCESSION:
            # 초대 관장, 후임 국무장관: which holder of a post is asked; an article naming the post's
            # holder without saying first or next does not answer it (found anywhere in the article)
            kind = "subject"
        elif value and len(squash(word)) >= 4 and _EVENT_END.search(squash(word)) and word != head \
                and squash(word) not in _EVENT_WORDS:
            # the event whose time or figure is asked, named as a compound ("수선화축제는 며칠부터?",
            # "가람박람회 관람객 몇 명?"): another article's festival is another event (found
            # anywhere in the article, as a subject is)
            kind = "subject"
        elif ((_marked_subject(ts, stem) and len(content) == 1 and not _undergoes(toks, stem[-1].start + stem[-1].len))
              or (start in modifiers and len(content) <= 2)) \
                and len(word) >= 2 and word not in HEADS and word != head and word not in NAME_HEADS \
                and word not in _TOTAL_FORMS and word not in _MEAN_FORMS:
            # (not a word that sums or averages what is asked: "순이익 합계가", "평균 사기금액")
            # the subject of the question ("2006년 빅뱅이 발표한 첫 싱글은?"): a question about
            # another article's subject is about something else, even when Kiwi reads the
            # subject as a common noun. Found anywhere in the article (abstain.py): a subject
            # is often said once, sentences before the one that answers. So is the noun that says
            # which of its kind the figure asked is: 택시 of "택시 기본요금", 광역버스 of
            # "광역버스 요금" (a subway's fare, a city bus's, is another figure). Not of a name or a
            # thing asked: "외국 국적은?" is answered by "아르헨티나 국적", which says no 외국
            kind = "subject"
        else:
            kind = "term"
        parts = ()
        if kind == "name" and len(nouns) > 1:
            parts = tuple(squash(t.form) for t in nouns if t.tag == "NNP" and len(t.form) >= 2
                          and len(t.form) < len(squash(word)))
        if kind == "term" and (start in only or len(content) > 1):
            # a compound of common nouns counts noun by noun, so spacing does not matter:
            # "해양미래기술대융합전략은예산규모가" and "해양-미래기술 대융합 전략의 예산 규모" give the
            # same terms; a figure asked of one part ("장애인 복지에만 배정된 예산") has each noun of
            # the part found beside the figure, not anywhere in the article (a total says no part);
            # the body glued to a post asked ("기상청장은 누구?": 기상 + 청장) says whose post it is:
            # another body's 청장 is someone else
            part = start in only
            glued_stem = all(b.start == a.start + a.len for a, b in zip(stem, stem[1:]))
            office = person and head and head_kind(head) == "person" and content[-1] == head
            # the sum asked named by its kind ("일반회계는 얼마", 일반 + 회계): the noun saying which
            # one is said beside the figure; a total or another account says no 일반
            # (a date asked of a sum's programme, "입학준비금 언제까지 써야돼?", asks no account)
            which_sum = (amount and head and squash(word) == squash(head) and len(content) == 2
                         and head_kind(head) == "amount" and head_kind(content[-1]) == "amount"
                         # (a total or a time is no account: 전체예산, 올해예산, 연간예산)
                         and content[0] not in _TOTAL_FORMS and content[0] not in YEARS_FROM_DATE
                         and content[0] not in _SUM_PERIODS)
            if len(content) >= 2 and all(len(c) == 1 for c in content) and glued_stem:
                # "쌀값은": nouns of one syllable each, glued, are one word (쌀값, 집값, 땅값), not
                # two too short to find
                content = ["".join(content)]
            for form in dict.fromkeys(content):
                if form in GENERIC or squash(form) in seen or (len(form) < 2 and not part):
                    continue
                each = ("part" if part or (which_sum and form == content[0]) else "subject" if office and form != head
                        else "term")
                out.append(Constraint(each, form, (squash(form),) + _day_stem(form)))
                seen.add(squash(form))
            continue
        if kind == "name" and head and len(head) >= 2 and squash(word).endswith(squash(head)) \
                and len(squash(word)) > len(squash(head)) and head not in NAME_HEADS:
            # the attribute asked typed onto the name ("KTX요금"): the name is what must be found
            word = word[:len(word) - len(head)].rstrip()
        forms = _forms(word)
        if kind == "name" and len(stem) >= 2 and stem[0].tag == "XPN" and stem[1].tag == "NNP":
            # "대이스라엘 수출": a prefix on the name (대, 범, 친, 반: against, all, pro-) — the
            # articles name the place itself ("한국이 이스라엘에 수출한")
            forms += (squash(word)[len(stem[0].form):],)
        if kind == "name" and _proper_inside(stem):
            # "정읍시청": the proper noun Kiwi finds inside is the name as the article may write it alone
            forms += (squash(pos(stem[0].form)[0].form),)
        if kind == "subject" and "NNP" in tags and _sum_of_thing(word):
            forms += (squash(word)[:-1],)  # 교복비 -> 교복 (a compound Kiwi knows keeps its word)
        if kind == "subject" and len(squash(word)) >= 3 and squash(word).endswith(_MEASURE_SUFFIXES):
            forms += (squash(word)[:-1],)  # 생산량 -> 생산
        if kind == "subject":
            forms += _day_stem(word)
            event = _EVENT_END.search(squash(word))
            if event and len(squash(word)) - len(event.group(0)) >= 2:
                # the event by what it is of (수제맥주 of 수제맥주축제): an article may name it
                # "수제맥주 & 블루스 페스티벌" and call it 축제 after
                forms += (squash(word)[:event.start()],)
        if kind == "name" and _proper_styled(stem):
            forms += (squash(word)[:-1],)  # 일본식 이름 is the article's 일본 이름; 충북형 is not 충남형
        m = _ROUTE.fullmatch(squash(word)) if kind == "name" else None
        if m:
            # a line, a station, a port or a branch named by its place (녹산선, 서면역), a departure
            # or a destination (무안발, 도쿄행): articles often write the place alone ("하단~녹산
            # 14.4㎞", "무안국제공항에서 … 출발"), as 부산 for 부산시
            forms += (m.group(1),)
        out.append(Constraint(kind, word, forms, parts))
        seen.add(squash(word))
    for m in _COUNTED_ORDINAL.finditer(query):
        # "세 번째 원칙은?": which one of a series is asked, two words the loop above reads apart (세 is
        # no noun); an article giving the first does not give the third
        n = _ORDINAL_COUNTED.index(m.group(1)) + 1
        if f"{n}번째" not in seen:
            out.append(Constraint("number", m.group(0), (f"{n}번째", m.group(1) + "번째", _NATIVE_ORDINALS[n - 1] + "째")))
            seen.add(f"{n}번째")
    return tuple(out)


# what is counted in days when 며칠 asks of it: a span, a leave, a break ("휴가는 며칠이야?")
_DAY_SPANS = frozenset("기간 일수 휴가 연휴 방학 휴무 휴직 휴업 휴가일 격리 입원".split())


# an ordinal counted in native numerals, spaced: "세 번째", "첫 번째"
_COUNTED_ORDINAL = re.compile(r"(?<![가-힣])(" + "|".join(sorted(_ORDINAL_COUNTED, key=len, reverse=True)) + r")\s+번째")
