"""English questions: a small policy-domain glossary turns them into Korean keywords.

The articles are Korean and e5-small's English-to-Korean similarities are too flat to
tell an English question about the articles from an off-topic one (measured: 0.75-0.83
for both). So an English question is searched with the Korean words of its domain
terms, and it is answered only when most of its content words are domain terms; the
answer quotes the Korean sentences as usual.
"""
from __future__ import annotations

import re

# English word (lower case, singular) -> Korean search words. Policy-domain vocabulary only.
GLOSSARY = {
    "busan": "부산", "digital": "디지털", "data": "데이터", "industry": "산업", "industrial": "산업",
    "ai": "AI 인공지능", "artificial": "인공지능", "intelligence": "인공지능", "budget": "사업비 예산",
    "cost": "사업비", "money": "사업비", "invest": "투자 투입", "investment": "투자 투입", "spend": "투입",
    "total": "총", "plan": "계획", "strategy": "전략", "project": "사업", "program": "사업", "programme": "사업",
    "core": "핵심", "key": "핵심", "economic": "경제", "economy": "경제", "growth": "성장", "innovation": "혁신",
    "mayor": "시장", "commissioner": "청장", "head": "단장 청장", "leader": "단장", "chief": "청장",
    "free": "자유", "zone": "구역", "authority": "청", "cloud": "클라우드", "metaverse": "메타버스",
    "blockchain": "블록체인", "5g": "5G", "talent": "인재", "training": "양성", "train": "양성",
    "academy": "아카데미", "center": "센터", "centre": "센터", "bigdata": "빅데이터", "finance": "금융",
    "financial": "금융", "medical": "의료", "healthcare": "의료 헬스케어", "health": "헬스케어",
    "logistics": "물류", "tourism": "관광", "specialized": "특화", "specialised": "특화", "fintech": "핀테크",
    "company": "기업", "firm": "기업", "business": "기업", "startup": "창업", "smart": "스마트",
    "meeting": "회의", "expert": "전문가", "report": "보고회", "goal": "목표", "target": "목표",
    "marine": "해양", "ocean": "해양", "maritime": "해양", "energy": "에너지", "life": "라이프",
    "cooperation": "협력", "agreement": "업무협약", "mou": "MOU", "fire": "소방서",
    "evaluation": "성과평가", "assessment": "성과평가", "grade": "등급", "it": "IT", "ict": "ICT",
    "surfing": "서핑빌리지", "village": "빌리지", "platform": "플랫폼", "ecosystem": "생태계",
    "infrastructure": "인프라", "convergence": "융합", "fusion": "융합", "technology": "기술",
    "institute": "연구원", "institution": "기관", "agency": "기관", "research": "연구", "branch": "브랜치 분원",
    "southeast": "동남권", "attend": "참석", "attended": "참석", "attendee": "참석", "participate": "참여",
    "participated": "참여", "participant": "참여", "people": "명", "establish": "설립", "attract": "유치",
    "university": "대학", "job": "일자리", "employment": "고용", "youth": "청년", "manufacturing": "제조업",
    "species": "종", "type": "종", "datasets": "데이터", "dataset": "데이터", "field": "분야", "area": "분야",
    "sector": "분야", "city": "시티", "hub": "허브", "cluster": "클러스터", "park": "파크", "exchange": "거래소",
}
NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "first": "첫째", "second": "두 번째", "third": "3호"}
# Question words keep the answer type (question_type reads the Korean query).
QUESTION_WORDS = [("how much", "얼마"), ("how many", "몇"), ("who", "누구"), ("when", "언제"), ("where", "어디"),
                  ("which", "어떤"), ("what", "무엇")]
STOP = frozenset("""a an the of in on for to and or is are was were be been do does did will would can could
should how many much who whom whose what which where when why me tell please i you we they it's its this that
these those there their with by from at as about into over under s has have had get gets
plans planned planning going""".split()) | {"how", "much"}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def translate(question: str) -> tuple[str, float]:
    """(Korean search query, share of English content words the glossary knew)."""
    text = question.lower().replace("big data", "bigdata")
    words = [w for w in _WORD.findall(text) if w not in STOP]
    terms: list[str] = []
    known = 0
    for w in words:
        w = w.removesuffix("'s")
        ko = GLOSSARY.get(w) or GLOSSARY.get(_singular(w)) or NUMBERS.get(w) or (w if w.isdigit() else None)
        if ko:
            known += 1
            terms.append(ko)
    hints = [ko for en, ko in QUESTION_WORDS if re.search(rf"\b{en}\b", text)][:1]
    share = known / len(words) if words else 0.0
    return " ".join(terms + hints), share
