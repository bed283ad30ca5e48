"""The scanner's fast paths give what the plain ones give: the context-word trie, the split
context search, the validator's cheap first checks, and Hyperscan's byte offsets turned
into character offsets in non-ASCII text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veil.detect import Detector
from veil.detect._registry import Context, RecognizerSpec, _context_regex, word_alternation
from veil.detect._validators import PRECHECKS, VALIDATORS, phone_national, phone_national_shape

# words of a few letters (shared prefixes likely), spaces, punctuation and non-ASCII
_WORD = st.text(alphabet="abcé =.-'", min_size=1, max_size=6)
_TEXT = st.text(alphabet="abcé =.-'0\n", max_size=60)


def _plain(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12), _TEXT)
def test_word_trie_matches_like_longest_first_alternation(words: list[str], text: str) -> None:
    trie = re.compile(rf"(?<![a-z0-9])(?:{word_alternation(words)})(?![a-z0-9])")
    plain = _plain(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for i in range(len(text)):  # and from every position, as the scanner's windows start
        a, b = trie.search(text, i), plain.search(text, i)
        assert (a and a.span()) == (b and b.span())


def test_word_trie_shares_prefixes() -> None:
    pattern = word_alternation(["call", "called", "calling", "cancel"])
    assert pattern.count("ca") == 1
    rx = re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")
    assert [m.group(0) for m in rx.finditer("called, calling, call, cancel, calls")] == [
        "called",
        "calling",
        "call",
        "cancel",
    ]


def _context(pattern: str | None) -> Context:
    spec = RecognizerSpec(
        name="t", type="PHONE_NUMBER", regex=r"\d+", context=["phone"], context_pattern=pattern
    )
    ctx = _context_regex(spec)
    assert ctx is not None
    return ctx


def test_context_search_leftmost_and_words_first_on_a_tie() -> None:
    ctx = _context(r"[a-z]+@[a-z]+\.[a-z]{2,}|ph")
    # the e-mail address stands left of the word: the pattern's match is the one reported
    m = ctx.search("mail ann@example.com or phone")
    assert m is not None and m.lastgroup == "context_pattern"
    # the word stands first
    m = ctx.search("phone or ann@example.com")
    assert m is not None and m.lastgroup is None and m.group(0) == "phone"
    # both start at the same place ("ph" and "phone"): the words win, as in one alternation
    m = ctx.search("phone")
    assert m is not None and m.lastgroup is None
    assert ctx.found("call ann@example.com") and not ctx.found("nothing here")
    only_words = _context(None)
    assert only_words.pattern is None and only_words.found("my phone") and not only_words.found("")


_NATIONAL_CANDIDATES = [
    "07769 927978",
    "0173/73063872",
    "(51) 91477-2772",
    "03-6104-2153",
    "6011 6324",  # a card's digit groups
    "06-09 16",  # a log stamp's date and hour
    "(541) 815-5774",  # North American: another rule's
    "04771-408",  # a Brazilian postcode
    "13.07.2006",  # a date
    "23 29 89 51",
    "0800-9442",
]


def test_precheck_is_the_validators_own_first_checks() -> None:
    assert PRECHECKS["phone_national"] is phone_national_shape
    assert VALIDATORS["phone_national"] is phone_national
    for value in _NATIONAL_CANDIDATES:
        for doc in (f"call {value} now", f"4111 {value} 1111", f"2024-{value}:52"):
            s = doc.index(value)
            if not phone_national_shape(doc, s, s + len(value)):
                assert phone_national(doc, s, s + len(value)) is None, (doc, value)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789 -./()", min_size=4, max_size=16),
    st.sampled_from(["", "x", "1 ", ":", "-"]),
)
def test_precheck_never_rejects_what_the_validator_accepts(value: str, before: str) -> None:
    doc = f"tel {before}{value} ok"
    s = doc.index(value, 4)
    if phone_national(doc, s, s + len(value)) is not None:
        assert phone_national_shape(doc, s, s + len(value))


def test_national_number_needs_context_words_still(detector: Detector) -> None:
    text = "Telefon: 030 12345678"
    assert [(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)] == [
        ("PHONE_NUMBER", "030 12345678")
    ]
    assert not detector.find("Lot 030 12345678 shipped")


def test_non_ascii_offsets_agree_between_engines(detector: Detector, re_detector: Detector) -> None:
    texts = [
        "Zażółć gęślą jaźń — bob@example.com, tél. +33 6 51 19 31 84",
        "📞🙂 Ünïcødé: IBAN DE89 3704 0044 0532 0130 00; SSN 123-45-6789",
        "plain ascii alice@example.org",
        "Straße 5 · 東京 · card 4111 1111 1111 1111 · ✓",
    ]
    got = detector.find_batch(texts)
    assert got == re_detector.find_batch(texts)
    values = {
        (f.entity_type.value, t[f.start : f.end])
        for t, fs in zip(texts, got, strict=True)
        for f in fs
    }
    assert {
        ("EMAIL_ADDRESS", "bob@example.com"),
        ("PHONE_NUMBER", "+33 6 51 19 31 84"),
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
        ("US_SSN", "123-45-6789"),
        ("EMAIL_ADDRESS", "alice@example.org"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
    } <= values


def test_phone_verdicts_are_kept_within_a_batch_only(detector: Detector) -> None:
    from veil.detect import _validators

    table = "name,phone\nAna Lopez,+44 20 7946 0958\nLi Wei,+49 30 901820\n"
    _validators.new_batch()
    found = detector.find_batch([table] * 100)  # the pool's chunks are batches too
    assert all(
        [
            (table[f.start : f.end], f.entity_type.value)
            for f in fs
            if f.entity_type.value == "PHONE_NUMBER"
        ]
        == [("+44 20 7946 0958", "PHONE_NUMBER"), ("+49 30 901820", "PHONE_NUMBER")]
        for fs in found
    )
    detector.find_batch([table])
    info = _validators._phone_value_valid.cache_info()
    assert info.hits > 0  # each cell is checked in its document and under its column
    detector.find_batch(["no number here"])
    assert _validators._phone_value_valid.cache_info().currsize == 0  # a new batch forgets
