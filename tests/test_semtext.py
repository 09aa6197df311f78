"""Segmenting for the semantic rules: only the stretches claims read, the same segments as a
whole-document segmentation there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx import semseg
from claimx.quantities import find_quantities
from claimx.semlex import TOKEN, sem_lexicon
from claimx.semtext import MARGIN, WINDOW, SemDoc, build
from claimx.structure import analyse

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def segment(text: str, lang: str, *, whole: bool = False) -> SemDoc:
    """Return the SemDoc of ``text`` with its quantities, as describe_all builds it."""
    doc = analyse(text, lang)
    qs = sorted(find_quantities(text, lang), key=lambda q: (q.start, q.end))
    return build(text, sem_lexicon(lang), doc, qs, whole=whole)


def _fields(d: SemDoc, k: int) -> tuple[object, ...]:
    s = d.segs[k]
    return (s.start, s.end, s.low, s.cls, s.kind, s.q, s.first, s.content)


def assert_same_around_claims(text: str, lang: str) -> None:
    """Every quantity sees the segments, and the sentence limits, of the whole document: from
    one segment before its sentence through the punctuation and five segments after it."""
    lazy, ref = segment(text, lang), segment(text, lang, whole=True)
    assert [q < 0 for q in lazy.qseg] == [q < 0 for q in ref.qseg]
    for i, (a, b) in enumerate(zip(lazy.qseg, ref.qseg, strict=True)):
        if a < 0:
            continue
        limits = (lazy.sent_lo[i] - a, lazy.sent_hi[i] - a)
        assert limits == (ref.sent_lo[i] - b, ref.sent_hi[i] - b)
        k = ref.sent_hi[i]
        while k < len(ref.segs) and ref.segs[k].kind == "p":
            k += 1
        last = min(len(ref.segs), k + 5)
        for j in range(max(ref.sent_lo[i] - 1, 0), last):
            assert _fields(lazy, j - b + a) == _fields(ref, j), (text, i, j - b)
        for j in range(ref.sent_lo[i], last):  # what depends on the segment before, too
            s, t = lazy.segs[j - b + a], ref.segs[j]
            assert (s.time, s.agent) == (t.time, t.agent), (text, i, j - b)
        if last == len(ref.segs):
            assert len(lazy.segs) - a == len(ref.segs) - b  # the text's end is where it is


@pytest.mark.parametrize(
    ("prefix", "lang"),
    [
        ("(" * 50_000, "id"),
        ('"' * 50_000, "en"),
        ("$" * 50_000, "en"),
        ("Ekonomi tumbuh pesat dan stabil. " * 1_500, "id"),
        ("The economy grew fast and steadily. " * 1_500, "en"),
    ],
)
def test_a_long_prefix_without_claims_is_not_segmented(prefix: str, lang: str) -> None:
    # a whole-document segmentation would build ~50 000 segments here; the claim's rules read
    # its sentence, clipped to WINDOW segments on either side, and a few around it
    tail = "\nEkspor naik 5 persen." if lang == "id" else "\nExports rose 5 percent."
    d = segment(prefix + tail, lang)
    assert [q >= 0 for q in d.qseg] == [True]
    assert len(d.segs) <= 2 * (WINDOW + 1 + MARGIN) + 10
    assert d.phrase(d.qseg[0], d.qseg[0] + 1) == "5 persen" if lang == "id" else "5 percent"


def test_claims_far_apart_build_two_stretches() -> None:
    filler = "Pasar tetap ramai sepanjang hari itu. " * 800
    text = f"Ekspor naik 5 persen. {filler}Impor turun 3 persen. {filler}"
    d = segment(text, "id")
    assert len(d.segs) <= 4 * (WINDOW + 1 + MARGIN)
    assert_same_around_claims(text, "id")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a cue phrase ("lebih dari", "sebesar") and quantities glued to words and marks
        ("Penjualan naik lebih dari 5 persen menjadi Rp5,2 triliun (2023).Target 30 juta.", "id"),
        # a verb cue whose class depends on the word before it ("Indonesia projects")
        ("Indonesia projects growth of 5.1 percent. 15 projects worth $2 billion were cut.", "en"),
        # a full stop glued to the next sentence, with quotes, and a framing sentence after
        ('Ekspor 5 persen pada 2019."Ini target," kata dia. Impor 3 persen.', "id"),
        # a claim followed by a long run of punctuation, then a framing word
        ("Ekspor naik 5 persen" + " (" * 800 + " Ini target.", "id"),
        # claims in one sentence longer than the window on both sides
        ("Nilai " + "dan barang lain " * 200 + "naik 5 persen " + "serta jasa " * 200 + ".", "id"),
        # long words: the first guess of where a stretch starts holds too few segments
        ("Nilai " + "pertumbuhanberkelanjutan " * 150 + "naik 5 persen.", "id"),
        # restarts near words that continue a cue phrase ("dari", "to") and inside amounts
        ("Ekspor. " * 40 + "lebih dari Rp 20 triliun dan 5 persen. " * 30, "id"),
        ("Sales. " * 40 + "is expected to rise 5 percent to $3 billion. " * 30, "en"),
    ],
)
@pytest.mark.parametrize("margin", [MARGIN, 0])
def test_the_stretches_match_a_whole_document_segmentation(
    text: str, lang: str, margin: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with no margin a stretch starts right where the rules read: its first segment must be
    # a whole-document one
    monkeypatch.setattr(semseg, "MARGIN", margin)
    assert_same_around_claims(text, lang)


_SEED_DOCS = [json.loads(line) for line in (SEEDS / "docs.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("meta", _SEED_DOCS, ids=lambda m: m["doc"][:3])
def test_seed_articles_segment_as_a_whole_document(meta: dict[str, str]) -> None:
    text = (SEEDS / f"{meta['doc']}.txt").read_text(encoding="utf-8")
    assert_same_around_claims(text, meta["lang"])


_PIECES = [
    "5",
    "5 persen",
    "Rp 20 triliun",
    "$3 billion",
    "12,5%",
    "naik",
    "lebih",
    "dari",
    "sebesar",
    "target",
    "projects",
    "is",
    "expected",
    "to",
    "Indonesia",
    "the",
    "May",
    "i.e.",
    "(",
    ")",
    '"',
    "“",
    ".",
    ",",
    "-",
    "\n",
    "kata",
    "UMKM",
    "Ini",
]


def _pieces(lang: str) -> list[str]:
    """Return the text pieces: the fixed ones and the cue phrases of ``lang`` (whole, and cut
    into words)."""
    phrases = sorted(" ".join(k) for k in sem_lexicon(lang).phrases if len(k) > 1)[:60]
    return _PIECES + phrases + sorted({w for p in phrases for w in p.split()})


def _texts(size: int) -> st.SearchStrategy[tuple[str, str]]:
    """Texts of up to ``size`` pieces joined by no, one or two spaces, with their language."""

    def joined(lang: str) -> st.SearchStrategy[tuple[str, str]]:
        pieces = st.lists(
            st.tuples(st.sampled_from(_pieces(lang)), st.sampled_from(["", " ", "  "])),
            min_size=1,
            max_size=size,
        )
        return pieces.map(lambda ps: ("".join(p + g for p, g in ps), lang))

    return st.sampled_from(["id", "en"]).flatmap(joined)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts(400))
def test_random_texts_segment_as_a_whole_document(case: tuple[str, str]) -> None:
    text, lang = case
    assert_same_around_claims(text, lang)
    saved = semseg.MARGIN
    try:
        semseg.MARGIN = 0
        assert_same_around_claims(text, lang)
    finally:
        semseg.MARGIN = saved


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts(150))
def test_every_restart_point_is_a_whole_document_boundary(case: tuple[str, str]) -> None:
    # a stretch may start at a restart point: the whole-document segmentation has a segment
    # starting there, and segmenting from there gives the segments that follow it
    text, lang = case
    doc = analyse(text, lang)
    qs = sorted(find_quantities(text, lang), key=lambda q: (q.start, q.end))
    lex = sem_lexicon(lang)
    ref = build(text, lex, doc, qs, whole=True).segs
    index = {s.start: k for k, s in enumerate(ref)}
    points = {semseg.Segmenter(text, lex, qs)._restart(t) for t in range(len(text))} - {None}
    for p in sorted(points):  # type: ignore[type-var]
        assert p in index, (text, p)
        b = semseg.Segmenter(text, lex, qs)
        b._open(p)
        b.run(12)
        k = index[p]
        got = [(s.start, s.end, s.low, s.cls, s.kind, s.q, s.content) for s in b.segs]
        want = [(s.start, s.end, s.low, s.cls, s.kind, s.q, s.content) for s in ref[k : k + 13]]
        assert got == want, (text, p)


def test_after_punct_skips_a_run_of_marks_from_anywhere_in_it() -> None:
    d = segment("Ekspor naik 5 persen" + " (" * 50 + " Ini target.", "id")
    first = d.qseg[0] + 1
    words = [k for k in range(first, len(d.segs)) if d.segs[k].kind != "p"]
    assert d.segs[words[0]].low == "ini"
    for k in (first, first + 20, first + 49, words[0]):
        assert d.after_punct(k) == words[0]
    assert d.after_punct(len(d.segs) - 1) == len(d.segs)  # the final full stop


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_tokenises_as_with_the_unicode_pattern(text: str) -> None:
    want = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    assert semseg._tokens(text, 0, len(text)) == want


def test_time_and_agent_are_decided_with_the_segment_before() -> None:
    d = segment("Pada tahun ini kami proyeksikan ekspor 5 persen, kata dia.", "id")
    by_low = {s.low: s for s in d.segs}
    assert by_low["tahun"].time and by_low["ini"].time  # "ini" after a time word
    assert by_low["proyeksikan"].agent and not by_low["ekspor"].agent
    assert not by_low["kami"].time and not by_low["ekspor"].time
