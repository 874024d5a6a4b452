"""qa.clean: decoding and removing page furniture from raw articles.

The seed tests run every raw article in ../shared/seeds through the cleaner and check
both directions: the noise is gone, and no sentence of the curated article is lost.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from qa.clean import (
    MENU_WORDS,
    _drop_headline_tail,
    _drop_repeats,
    apostrophe_dots,
    clean_text,
    decode,
    fold_line,
    is_noise_line,
    looks_binary,
    paragraphs,
    undouble,
)
from qa.korean import split_sentences

KOREAN = "부산시는 디지털 대전환을 위해 데이터 산업을 육성한다.\n똠방각하 같은 드문 글자도 읽는다."


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _seed(seeds_dir, prefix: str) -> tuple[str, str]:
    """(raw text, cleaned text) of the seed whose file name starts with ``prefix``."""
    found = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix}_*.txt not in {seeds_dir}")
    raw = decode(found[0].read_bytes()).text
    return raw, clean_text(raw)


MENU_LINES = ["기사 스크랩", "공유", "댓글", "클린뷰", "프린트", "URL복사", "카카오톡 보내기"]


# --- the raw seed articles ----------------------------------------------------------

def test_seeds_noise_removed(seeds_dir):
    raws, cleans = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = decode(path.read_bytes()).text
        cleaned = clean_text(raw)
        raws.append(raw)
        cleans.append(cleaned)
        lines = cleaned.split("\n")
        assert "℃" not in cleaned, path.name
        assert "기상청 제공" not in lines, path.name
        for word in MENU_LINES:
            assert word not in lines, (path.name, word)
        assert "ⓒ" not in cleaned and "무단전재" not in cleaned, path.name
        assert "NEWS HEADLINE" not in cleaned, path.name
        assert cleaned == cleaned.strip() and "\n\n\n" not in cleaned
    # The checks above must have had something to remove.
    every = "\n".join(raws)
    for noise in ["℃", "기상청 제공", "ⓒ", "무단전재", "NEWS HEADLINE", *MENU_LINES]:
        assert noise in every, f"no seed contains {noise!r}: the check above proves nothing"


def test_seed_000_weather_widget_removed(seeds_dir):
    raw, cleaned = _seed(seeds_dir, "000")
    weather = [line for line in raw.split("\n") if "℃" in line]
    assert len(weather) >= 5
    assert not any("℃" in line for line in cleaned.split("\n"))
    # the article starts with its headline once the widget is gone
    assert cleaned.split("\n")[0].startswith("부산시, 디지털산업 활성화 계획")


def test_seed_001_second_copy_removed(seeds_dir):
    raw, cleaned = _seed(seeds_dir, "001")
    raw_long = [fold_line(x) for x in raw.split("\n") if len(fold_line(x)) >= 40]
    doubled = {x for x in raw_long if raw_long.count(x) > 1}
    assert len(doubled) >= 10, "seed 001 should hold a second copy of its body"
    lines = cleaned.split("\n")
    for line in set(raw_long):
        assert lines.count(line) == 1, line[:60]


def test_seed_002_headline_list_removed(seeds_dir):
    raw, cleaned = _seed(seeds_dir, "002")
    raw_lines = [fold_line(x) for x in raw.split("\n")]
    marker = next(i for i, x in enumerate(raw_lines) if "NEWS HEADLINE" in x)
    after = [x for x in raw_lines[marker + 1:] if x]
    assert after, "seed 002 should list headlines after its marker"
    for headline in after:
        assert headline not in cleaned
    # the interview ends with its last line, which comes right before the marker
    last_body = next(x for x in reversed(raw_lines[:marker]) if x)
    assert cleaned.endswith(last_body)


def test_seed_003_copyright_and_menu_removed(seeds_dir):
    raw, cleaned = _seed(seeds_dir, "003")
    assert "카카오톡 보내기" in raw and "ⓒ" in raw and "뉴스댓글" in raw
    assert "카카오톡" not in cleaned and "ⓒ" not in cleaned and "뉴스댓글" not in cleaned


def _curated_by_seed(curated):
    return {meta["seed"]: (path, body) for path, meta, body in curated if meta.get("seed")}


def test_every_curated_document_names_an_existing_seed(curated, seeds_dir):
    by_seed = _curated_by_seed(curated)
    assert len(by_seed) == len(curated)
    for seed in by_seed:
        assert (seeds_dir / seed).is_file(), seed


def test_seed_cleaning_keeps_every_curated_sentence(curated, seeds_dir):
    checked = 0
    for seed, (path, body) in sorted(_curated_by_seed(curated).items()):
        seed_path = seeds_dir / seed
        if not seed_path.is_file():
            continue
        cleaned = clean_text(decode(seed_path.read_bytes()).text)
        # 002 is a subtitle track: the curated text joins its caption lines with spaces,
        # so there only the characters are compared, not the spacing.
        if seed.startswith("002"):
            hay, norm = _squash(cleaned), _squash
        else:
            hay, norm = _fold(cleaned), _fold
        spans = split_sentences(body)
        assert len(spans) >= 5, path.name
        lost = [body[s.start:s.end] for s in spans if norm(body[s.start:s.end]) not in hay]
        assert not lost, f"{seed} -> {path.name}: {len(lost)} sentence(s) lost, e.g. {lost[0][:80]!r}"
        checked += 1
    assert checked, "no curated document had its seed"


def test_clean_text_idempotent_on_seeds(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        once = clean_text(decode(path.read_bytes()).text)
        assert clean_text(once) == once, path.name


# --- clean_text on curated documents -------------------------------------------------

def test_clean_text_idempotent_on_curated_documents(curated):
    for path, _, body in curated:
        once = clean_text(body)
        assert clean_text(once) == once, path.name
        # the curated bodies are already clean: nothing is removed from them
        assert once == body.strip(), path.name


def test_clean_text_line_endings_unicode_and_blank_lines():
    nfd = unicodedata.normalize("NFD", "부산시는 데이터 산업을 키운다.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    raw = f"제목\r\n\r\n\r\n\r\n{nfd}\r둘째 줄\u200b입니다.\n\n\n"
    out = clean_text(raw)
    assert out == "제목\n\n부산시는 데이터 산업을 키운다.\n둘째 줄입니다."


def test_clean_text_keeps_a_long_sentence_that_mentions_copyright():
    long = ("이 조례는 저작권(ⓒ) 보호를 위해 시가 운영하는 공공데이터 포털의 이용 약관을 정비하고, "
            "시민과 기업이 데이터를 자유롭게 쓸 수 있도록 개방 범위를 넓히는 내용을 담았으며, "
            "무단 전재를 막는 대신 출처를 밝히면 누구나 다시 쓸 수 있게 했다.")
    assert len(long) >= 120
    out = clean_text(f"본문 첫 줄이다.\n{long}\nⓒ 부산일보 무단전재 및 재배포 금지")
    assert long in out
    assert "재배포 금지" not in out


def test_clean_text_drops_menu_words_breadcrumb_and_byline():
    raw = "\n".join(["본문내용 바로가기", "> 정책브리핑 > 스마트 도시 부산", "-", "공유", "· 프린트",
                     "부산시는 데이터 산업을 키운다.", "부산=김태현 기자 hyun@hankyung.com"])
    assert clean_text(raw) == "부산시는 데이터 산업을 키운다."


# --- decode -------------------------------------------------------------------------

def test_decode_utf8():
    d = decode(KOREAN.encode("utf-8"))
    assert (d.text, d.encoding, d.warning) == (KOREAN, "utf-8", None)


def test_decode_utf8_bom():
    d = decode(b"\xef\xbb\xbf" + KOREAN.encode("utf-8"))
    assert d.text == KOREAN and not d.text.startswith("\ufeff")
    assert d.encoding == "utf-8-sig" and d.warning is None


def test_decode_cp949():
    raw = KOREAN.encode("cp949")  # 똠 exists in CP949 only, not in EUC-KR
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    d = decode(raw)
    assert d.text == KOREAN and d.encoding == "cp949"
    assert d.warning and "CP949" in d.warning


def test_decode_euc_kr():
    text = "부산시 데이터 산업 육성 방안"
    d = decode(text.encode("euc-kr"))
    assert d.text == text and d.warning


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_decode_utf16_with_bom(codec, bom):
    d = decode(bom + KOREAN.encode(codec))
    assert d.text == KOREAN and d.encoding == "utf-16"
    assert d.warning


def test_decode_undecodable_bytes_replaced_with_warning():
    d = decode("부산".encode("utf-8") + b"\xff\xff\xff")
    assert d.text.startswith("부산") and "\ufffd" in d.text
    assert d.warning


# --- looks_binary ---------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
    b"\x01\x02\x03\x04\x05\x06" * 20 + "본문".encode(),  # control bytes without NULs
])
def test_looks_binary_true(raw):
    assert looks_binary(raw)


@pytest.mark.parametrize("raw", [
    b"",
    KOREAN.encode("utf-8"),
    KOREAN.encode("cp949"),
    "\ufeff".encode("utf-16-le") + KOREAN.encode("utf-16-le"),
    "표\t열\t값\r\n줄\t바꿈\r\n".encode("utf-8") * 50,  # tabs and CRLF are text
])
def test_looks_binary_false(raw):
    assert not looks_binary(raw)


# --- line rules ----------------------------------------------------------------------

def test_fold_line():
    assert fold_line("  부산\u00a0\u00a0시\t데이터\u3000산업\u200b \x07 ") == "부산 시 데이터 산업"


@pytest.mark.parametrize("line", [
    "• 흐림동두천 15.0℃", "  • 구름조금강진군 19.0℃", "맑음부산 -2.5℃", "기상청 제공", "URL복사",
    "기사 스크랩", "카카오톡 보내기", "• 카카오톡 보내기", "> 정책브리핑 > 스마트 도시 부산",
    "[ⓒ 파이낸셜경제신문 | 파이낸셜경제TV. 무단전재-재배포 금지]", "Copyright © Busan Ilbo. All rights reserved.",
])
def test_is_noise_line_true(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "부산시는 데이터 산업을 키운다.", "공유 경제를 키우는 부산시의 새 정책", "맑은 날씨에 부산 불꽃축제가 열렸다.",
    "감사합니다.", "스마트 도시 부산",
])
def test_is_noise_line_false(line):
    assert not is_noise_line(line)


def test_menu_words_are_removed_one_by_one():
    for word in sorted(MENU_WORDS):
        out = clean_text(f"본문이다.\n{word}\n끝이다.")
        # the line goes; at most a paragraph break stays where it was
        assert [x for x in out.split("\n") if x] == ["본문이다.", "끝이다."], word


def test_undouble():
    s = "부산시는 데이터 산업 생태계를 조성한다고 밝혔다"
    assert len(s + " " + s) >= 40
    assert undouble(s + " " + s) == s
    assert undouble(s + s) == s
    short = "사진 설명 사진 설명"  # too short to tell a doubled caption from real text
    assert undouble(short) == short
    other = s + " 그리고 " + s[::-1]
    assert undouble(other) == other


def test_drop_repeats_keeps_a_short_repeated_line_alone():
    lines = ["저는 부산이 가능성이 있다고 봅니다.", "본문 문장 하나.", "본문 문장 둘.",
             "저는 부산이 가능성이 있다고 봅니다.", "본문 문장 셋."]
    assert _drop_repeats(lines) == lines


def test_drop_repeats_drops_a_repeated_block():
    body = [f"{i}번째 본문 줄은 충분히 길어서 사십 자를 넘는 문장으로 되어 있습니다." for i in range(5)]
    short_block = ["짧은 줄 하나", "짧은 줄 둘", "짧은 줄 셋"]
    lines = ["제목"] + body + short_block + ["", "기자 이름"] + body[1:] + short_block
    out = _drop_repeats(lines)
    assert out == ["제목"] + body + short_block + ["", "기자 이름"]


def test_drop_repeats_drops_a_long_repeated_line_alone():
    long = "부산시는 2025년까지 데이터 2500종을 1만종으로 늘려 지역 산업의 전환을 돕는다고 밝혔다."
    assert len(long) >= 40
    lines = [long, "다른 문장.", long, "마지막 문장."]
    assert _drop_repeats(lines) == [long, "다른 문장.", "마지막 문장."]


def test_headline_tail_is_cut_only_when_only_titles_follow():
    tail = ["본문 마지막 문장이다.", "부산NEWS HEADLINE", "한국 최고 스마트도시 부산", "제17회 부산불꽃축제 개최"]
    assert _drop_headline_tail(tail) == ["본문 마지막 문장이다."]
    # a "related articles" heading followed by real sentences is not a tail
    middle = ["본문 첫 문장이다.", "관련 기사", "부산시는 이어서 두 번째 계획을 발표했다."]
    assert _drop_headline_tail(middle) == middle


def test_paragraphs():
    assert paragraphs("첫 문단.\n둘째 줄.\n\n  \n둘째 문단.\n") == ["첫 문단.\n둘째 줄.", "둘째 문단."]


@pytest.mark.parametrize("raw, clean", [
    ("가람군의 농'어촌 마을은 모두 120곳", "가람군의 농·어촌 마을은 모두 120곳"),  # a site's apostrophe for the middle dot
    ("시와 구'군은 올해 안으로", "시와 구·군은 올해 안으로"),
    ("▷주차장(12동'40%) ▷텃밭(6동'20%)", "▷주차장(12동·40%) ▷텃밭(6동·20%)"),
    ("'가람'이라는 이름", "'가람'이라는 이름"),  # a quote's closer, with its particle
    ("‘나래 쉼터'를 운영한다", "‘나래 쉼터'를 운영한다"),  # opened by a curly quote
    ("리조트 이용권'을 지급하고", "리조트 이용권'을 지급하고"),  # only a particle after it
    ("날을 맞아'다온콜'교통약자", "날을 맞아'다온콜'교통약자"),  # two in a word: a quote
    ("don't stop", "don't stop"),
    ("초'중'고 학생과 시'군'구는", "초·중·고 학생과 시·군·구는"),  # a list of one-syllable words
    ("이용권'을 받고 농'어촌은", "이용권'을 받고 농·어촌은"),  # a closer with no opener opens nothing
    ("일명'가람 나래'를 운영", "일명'가람 나래'를 운영"),  # an opener glued on, its closer later
])
def test_apostrophe_printed_for_a_middle_dot(raw, clean):
    assert apostrophe_dots(raw) == clean
    assert clean_text(raw) == clean
