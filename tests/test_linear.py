"""Whole-text and per-item work stays out of the quantity, language and time stages.

No test here times anything: each counts the work a stage does (Python steps per mark, pattern
look-ups, file-system reads) or checks that a rewrite gives the result of the plain version.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
import regex
import regex._main as regex_main
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx import claimtime, langdata, language, nonclaims, qscan, timeexpr
from claimx.claimtime import Binder
from claimx.nonclaims import merge_spans
from claimx.qscan import AtWords
from claimx.quantities import _patterns, find_quantities
from claimx.structure import analyse
from claimx.timeexpr import TimeExpr, grammar, scan

# a mypyc-compiled class cannot be made with __new__ alone, and a compiled caller does not see a
# method or function patched in from Python
COMPILED_INTERNALS = "patches the internals of a module the compiled build compiles"

MINE = (
    "quantities", "nonclaims", "numbers", "language", "langdata", "lexicon", "timex",
    "timeexpr", "timeparse", "docdate", "claimtime", "periods", "timedata", "pipeline",
)  # fmt: skip


def test_no_pattern_lookup_per_call_in_quantity_and_time_stages(
    monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    """Module-level regex.split/sub/match with a string pattern looks the pattern up on every
    call; these stages use compiled patterns, so none of them calls regex's _compile."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for t in texts:
        claimx.extract(t)  # warm: patterns built once per language are allowed
    callers: list[str] = []
    real = regex_main._compile

    def counting(*args: object, **kwargs: object) -> object:
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").startswith("regex"):
            frame = frame.f_back  # type: ignore[assignment]
        name = frame.f_globals.get("__name__", "") if frame is not None else ""
        if name.rpartition(".")[2] in MINE:
            callers.append(f"{name}:{frame.f_lineno}")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(regex_main, "_compile", counting)
    for t in texts:
        claimx.extract(t)
    assert callers == []


def test_languages_are_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """check_lang runs on every extract; it must not list the package folder each time."""
    langdata.check_lang("id")

    def no_listing(*args: object) -> None:
        raise AssertionError("the language folders were listed again")

    monkeypatch.setattr(langdata.resources, "files", no_listing)
    assert langdata.check_lang("en") == "en"
    assert langdata.languages() == ("en", "id")
    with pytest.raises(ValueError, match="unsupported language"):
        langdata.check_lang("fr")


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["yang", "the", "dan", "and", "of", "di", "The", "YANG", "x", "é", "1"]),
        max_size=40,
    ),
    sample=st.integers(0, 200),
)
def test_language_counts_equal_a_word_by_word_count(words: list[str], sample: int) -> None:
    text = " ".join(words)
    stop = language.stopwords()
    counts = dict.fromkeys(stop, 0)
    for m in language._WORD.finditer(text, 0, sample):
        for lang, ws in stop.items():
            counts[lang] += m.group().lower() in ws
    best = max(counts.values())
    winners = [lang for lang, n in counts.items() if n == best]
    expected = "id" if len(winners) != 1 else winners[0]
    assert language.detect_language(text, sample=sample) == expected


@contextmanager
def _anchors_always() -> Iterator[None]:
    """Take the anchored paths whatever the density of digits (a short test text is dense)."""
    saved = qscan.SPARSE, nonclaims.SPARSE
    qscan.SPARSE = nonclaims.SPARSE = 0
    try:
        yield
    finally:
        qscan.SPARSE, nonclaims.SPARSE = saved


@contextmanager
def _dense_path() -> Iterator[None]:
    """Take the paths for texts dense in digits ("1.1.1.…"), with their candidate lists kept
    however many candidates there are (a short test text would give up on them)."""
    saved = nonclaims.dense_digits, nonclaims.SPARSE
    nonclaims.dense_digits, nonclaims.SPARSE = (lambda text: True), 0
    try:
        yield
    finally:
        nonclaims.dense_digits, nonclaims.SPARSE = saved


class _Counting:
    """A stand-in for a compiled pattern that counts the positions it is tried at."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, text: str, pos: int) -> regex.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, pos)


@pytest.mark.parametrize(
    ("lang", "filler"),
    [("id", " "), ("en", " "), ("id", "Desember "), ("en", "million "), ("id", "(("), ("en", "a ")],
)
def test_quantity_pattern_is_tried_only_near_anchors(lang: str, filler: str) -> None:
    """The full quantity pattern was tried at every position of a text (a run of spaces,
    month names, scale words); now only where a digit or a number word may begin."""
    main = _patterns(lang).main
    counting = _Counting(main.pattern)
    scan = replace(main, pattern=counting)
    text = filler * 5000 + "naik 5 persen, rose 7 percent"
    assert [m.span() for m in scan.finditer(text)] == [
        m.span() for m in main.pattern.finditer(text)
    ]
    assert counting.calls <= 5 + (5000 if filler == "million " else 0)


ANCHOR_ATOMS = [
    "1", "12", "1.5", "2,5", "-", "−", "–", "/", ".", ",", " ", "  ", "\n", "\u00a0", "~", "$",
    "US$", "Rp", "Rp.", "juta", "persen", "miliar", "lebih dari", "sekitar", "minus", "negatif",
    "a", "an", "one", "two", "hundred", "million", "more than", "not less than", "about",
    "sub-", "se", "dua", "puluh", "sejuta", "twenty-five", "half", "kg", "%", "x", "A", "_",
    "\u017f", "\u0130", "\u212a", "DUA", "Ten", "often",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(ANCHOR_ATOMS), max_size=25))
def test_anchored_scan_equals_the_full_scan(lang: str, parts: list[str]) -> None:
    text = "".join(parts)
    main = _patterns(lang).main
    full = [(m.span(), m.groupdict()) for m in main.pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in main.finditer(text)] == full
    with _anchors_always():
        assert [(m.span(), m.groupdict()) for m in main.finditer(text)] == full


MASK_ATOMS = [
    "1", "12", "2023", "5.0", "-", "_", "/", ".", ",", ":", " ", "\n", "Maret", "March", "Mar.",
    "http://", "www.", "x.com", ".co.id", "co", ".id", "@", "#", "[", "]", "=", '"', "(", ")",
    "a", "a-b", "..", "detik", "/path", "key", "v1.2", "V", "No.", "Nomor", "Vol.", "12:30",
    "WIB", "p.m.", "pm", " of ", "st", "Budi ", "0812", "+62", "(4/12/2023)", "2023-12",
    "0830", "9.30", "GMT", "a.m.", "th", "1st", "\u00a0",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(MASK_ATOMS), max_size=30))
def test_anchored_masks_equal_the_alternation_scan(lang: str, parts: list[str]) -> None:
    text = "".join(parts)
    expected = merge_spans(
        (*m.span(), m.lastgroup or "") for m in nonclaims._pattern(lang).finditer(text)
    )
    assert nonclaims.masks(text, lang) == expected  # short texts are mostly dense in digits
    with _anchors_always():
        assert nonclaims.masks(text, lang) == expected
    with _dense_path():
        assert nonclaims.masks(text, lang) == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_anchored_scan_equals_the_full_scan_on_the_seeds(lang: str, seeds_dir: Path) -> None:
    main = _patterns(lang).main
    for p in sorted(seeds_dir.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        assert [m.span() for m in main.finditer(text)] == [
            m.span() for m in main.pattern.finditer(text)
        ]


def _inside(times: list[TimeExpr], pos: int) -> bool:
    i = bisect_right([t.start for t in times], pos) - 1
    return i >= 0 and times[i].end > pos


@pytest.mark.skipif(claimx.compiled, reason=COMPILED_INTERNALS)
@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=8),
    marks=st.lists(st.integers(0, 70), max_size=40),
)
def test_marks_outside_times_equal_the_per_mark_test(
    spans: list[tuple[int, int]], marks: list[int]
) -> None:
    times = sorted((TimeExpr(s, s + n, None) for s, n in spans), key=lambda t: t.start)
    binder = Binder.__new__(Binder)
    binder.times, binder.starts = times, [t.start for t in times]
    positions = sorted(marks)
    expected = [p for p in positions if not _inside(times, p)]
    assert binder._outside_times(positions) == expected


@pytest.mark.skipif(claimx.compiled, reason=COMPILED_INTERNALS)
def test_marks_are_not_judged_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of many brackets has as many punctuation marks; whether each lies inside a time
    is decided by slicing, not by a Python call per mark."""
    text = "(" * 20000 + "\nEkspor naik 5 persen pada Desember 2023."
    calls = 0
    real = Binder._inside_time

    def counting(self: Binder, pos: int) -> bool:
        nonlocal calls
        calls += 1
        return real(self, pos)

    monkeypatch.setattr(claimtime.Binder, "_inside_time", counting)
    doc = analyse(text, "id")
    qs = find_quantities(text, "id")
    Binder(text, "id", doc, scan(text, "id"), None, qs)
    assert calls < 100


def test_breaks_skip_marks_inside_times() -> None:
    text = "Ekspor naik 5 persen (yoy) pada 1 Desember, 2023, lalu turun."
    doc = analyse(text, "id")
    b = Binder(text, "id", doc, scan(text, "id"), None, find_quantities(text, "id"))
    assert b.times, "the date is a time expression"
    for t in b.times:
        assert not any(t.start <= p < t.end for p in b.breaks)
    assert regex.search(r"\(", text) is not None
    assert text.index("(") in b.breaks


TIME_ATOMS = [
    "2023", "12", "1", "/", "-", "–", " ", "  ", ",", "(", ")", "\n", "Desember", "DESEMBER",
    "Des", "Jan.", "March", "kuartal", "Kuartal III", "semester I", "paruh pertama", "first half",
    "Third Quarter", "Q1", "1Q", "tahun lalu", "Tahun Ini", "saat ini", "this year",
    "a year earlier", "the same period", "per", "periode yang sama", "x", "a", "1st", "2nd",
    "\u017f", "\u0130", "January-March quarter", "Januari-Maret",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(TIME_ATOMS), max_size=20))
def test_word_led_time_forms_equal_their_full_scan(lang: str, parts: list[str]) -> None:
    """The time forms that begin with a word are tried only where such a word begins; they
    find what a scan of every position finds."""
    text = " ".join(parts)
    for atom in grammar(lang).atoms:
        full = atom.pattern if isinstance(atom, AtWords) else atom
        expected = [m.span() for m in full.finditer(text)]
        assert [m.span() for m in atom.finditer(text)] == expected
        with _anchors_always():
            assert [m.span() for m in atom.finditer(text)] == expected


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("filler", ["(", "1.", "1,"])
def test_word_led_time_forms_are_not_tried_everywhere(lang: str, filler: str) -> None:
    """Quarter, half and relative forms are tried where their first word begins; in English a
    quarter may begin with "1st", which is looked for as written, not at every digit run."""
    led = [a for a in grammar(lang).atoms if isinstance(a, AtWords)]
    assert len(led) >= 2, "quarter/half and relative forms are word-led"
    text = filler * 20000 + " Desember 2023 " + "x" * 20000
    for atom in led:
        counting = _Counting(atom.pattern)
        list(replace(atom, pattern=counting).finditer(text))
        assert counting.calls <= 2


@pytest.mark.parametrize(
    "filler", ["a ", "a.", "Budi ", "x.com.", "a=", "[", "www.", "Desember ", "(", "No "]
)
def test_masks_are_tried_only_where_one_may_begin(filler: str) -> None:
    """The masks of URLs, shortcodes, dates, times and identifiers were searched at every
    position; now only where one can begin ("http", "www.", a dotted run before a top-level
    domain, "[", a word before "=", a digit run, a month, an identifier cue)."""
    text = filler * 3000 + " detik.com [a=b] key=v 5 persen, 4 Desember 2023, No. 7"
    finders = nonclaims._finders("id")
    digits = [m.start() for m in regex.finditer(r"\d+", text)]
    for kind, pattern in nonclaims._parts("id"):
        if kind not in finders:
            continue
        found = finders[kind](text, digits)
        every = [m.start() for m in pattern.finditer(text)]
        assert set(every) <= set(found), kind
        assert len(found) <= text.count(filler[0]) + 20, kind


CUE_ATOMS = [
    "sejak", "per", "hingga", "sampai", "pada", "sebelum", "since", "as of", "by", "until",
    "in", "the", "of", "at", " ", "  ", "\u00a0", ",", "x", "akhir", "end", "-",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(CUE_ATOMS), max_size=14))
def test_relation_cue_read_leftwards_equals_the_search(lang: str, parts: list[str]) -> None:
    """The cue before a time expression is read leftwards from it; the relation is the one
    the search over the 40 characters before it finds."""
    text = " ".join(parts) + " 2023"
    g = grammar(lang)
    s = len(text) - 4
    m = g.cue.search(text, max(0, s - 40), s)
    expected = None if m is None else next((k for k, v in m.groupdict().items() if v), None)
    assert timeexpr._relation(text, s, g) == expected


RANK_ATOMS = [
    "peringkat", "Peringkat", "kedua", "ke-3", "ke", " ", "-", "ranked", "No.", "third", "3rd",
    "placed", "first-half", "pertama", "urutan", "1", "2", "x", "a", "RANKED",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(RANK_ATOMS), max_size=16))
def test_rank_scan_at_words_equals_the_full_scan(lang: str, parts: list[str]) -> None:
    text = " ".join(parts)
    rank = _patterns(lang).rank
    assert isinstance(rank, AtWords)
    assert [m.span() for m in rank.finditer(text)] == [
        m.span() for m in rank.pattern.finditer(text)
    ]
