"""Self-contained, accessible HTML pages showing each article with its claims highlighted.

A page carries its own CSS, no script and no external asset (a Content-Security-Policy forbids
any), so it can be mailed or archived as one file. Each article shows its text with every claim
highlighted as a link to the claim's card (keyboard-focusable, numbered), the speakers' names and
the time expressions marked, and one card per claim listing value with unit, subject, kind,
aspect, qualifier, time and speaker with title. Fields not given are shown as "—" so cards keep
one layout. The text content of the text pane equals the article text: nothing is rewritten.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from claimx.models import Article, Claim

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_QUALIFIER_SIGN = {
    "approx": "≈ ",
    "at_least": "≥ ",
    "more_than": "> ",
    "at_most": "≤ ",
    "less_than": "< ",
}
_PRIORITY = {"claim": 0, "speaker": 1, "time": 2, "docdate": 3}

_CSS = """
:root { color-scheme: light; --fg: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --panel: #f6f6f4;
  --line: #c9c9c4; --link: #0b4ea2; --focus: #0b4ea2; --actual: #fde68a; --target: #bfdbfe;
  --forecast: #ddd6fe; --speaker: #1d4ed8; --time: #047857; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus-visible, .card:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.page, main { max-width: 84rem; margin: 0 auto; padding: 1rem 1.5rem; }
header.page h1 { margin: .2rem 0; font-size: 1.6rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: .5rem 0;
  list-style: none; color: var(--muted); font-size: .9rem; }
.legend span { color: var(--fg); }
nav.toc ol { margin: .3rem 0; padding-left: 1.4rem; }
article.doc { border-top: 2px solid var(--line); padding: 1rem 0 2rem; }
article.doc > h2 { margin: .2rem 0; font-size: 1.3rem; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 60rem) { .cols { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 72ch; font-size: 1.02rem;
  line-height: 1.75; }
.claim { color: var(--fg); text-decoration: none; border-radius: 3px; padding: 0 .1em;
  box-shadow: inset 0 -2px 0 rgba(0, 0, 0, .35); background: var(--actual); }
.claim.kind-target { background: var(--target); }
.claim.kind-forecast { background: var(--forecast); }
.claim:not(.cont)::after { content: attr(data-n); font-size: .7em; font-weight: 700;
  vertical-align: super; margin-left: .15em; color: var(--fg); }
.claim:hover { box-shadow: inset 0 -3px 0 var(--fg); }
.speaker { text-decoration: underline solid var(--speaker) 2px; text-underline-offset: .2em;
  font-weight: 600; }
.time { text-decoration: underline dashed var(--time) 2px; text-underline-offset: .2em; }
.docdate { text-decoration: underline dotted var(--muted) 2px; text-underline-offset: .2em; }
ol.claims { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem;
  align-content: start; }
.card { background: var(--panel); border: 1px solid var(--line); border-left: 6px solid
  var(--actual); border-radius: 6px; padding: .6rem .8rem; }
.card.kind-target { border-left-color: #60a5fa; }
.card.kind-forecast { border-left-color: #a78bfa; }
.card.kind-actual { border-left-color: #f59e0b; }
.card:target { outline: 3px solid var(--focus); }
.card h3 { margin: 0; font-size: 1.05rem; display: flex; gap: .5rem; align-items: baseline;
  flex-wrap: wrap; }
.card .n { font-weight: 700; }
.card .unit { font-size: .85rem; font-weight: 400; color: var(--muted); }
.facets { display: flex; flex-wrap: wrap; gap: .3rem; margin: 0 0 .35rem; font-size: .85rem; }
.facet { border: 1px solid var(--line); background: var(--bg); border-radius: 999px;
  padding: 0 .55em; color: var(--muted); }
.facet b { color: var(--fg); font-weight: 600; }
.card .as-written { margin: .1rem 0 .3rem; color: var(--muted); font-size: .92rem; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0;
  font-size: .92rem; }
.card dt { color: var(--muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.none { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
"""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # claim, speaker, time, docdate
    key: int  # claim index for a claim; a running number otherwise
    claims: tuple[int, ...]


def format_number(v: float) -> str:
    """Return ``v`` for reading: "27 million", "25,292,701", "39.52", "-0.69"."""
    if math.isnan(v) or math.isinf(v):
        return str(v)
    for scale, word in _SCALES:
        if abs(v) >= scale:
            x = v / scale
            if abs(x - round(x, 3)) < 1e-9 * max(1.0, abs(x)):
                return f"{round(x, 3):,.3f}".rstrip("0").rstrip(".") + f" {word}"
            break
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def _with_unit(v: float, unit: str) -> str:
    num = format_number(v)
    if unit == "count":
        return num
    if unit == "percent":
        return f"{num}%"
    if len(unit) == 3 and unit.isalpha() and unit.isupper():  # ISO 4217 currency code
        return f"{unit} {num}"
    if unit == "rank":
        return f"rank {num}"
    return f"{num} {unit}"


def format_value(claim: Claim) -> str:
    """Return the claim's value with its unit and qualifier: "≈ 27 million", "IDR 877 trillion"."""
    if claim.qualifier == "range" and claim.lower is not None and claim.upper is not None:
        return f"{_with_unit(claim.lower, claim.unit)} – {_with_unit(claim.upper, claim.unit)}"
    return _QUALIFIER_SIGN.get(claim.qualifier, "") + _with_unit(claim.value, claim.unit)


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _valid(start: int | None, end: int | None, n: int) -> bool:
    return start is not None and end is not None and 0 <= start < end <= n


def _spans(article: Article, text: str) -> list[_Span]:
    """Return the spans to mark: claims, speaker names, time expressions, the document date.

    Raises:
        ValueError: a claim's offsets do not index ``text`` (the wrong text was given).
    """
    n = len(text)
    out: list[_Span] = []
    for i, c in enumerate(article.claims):
        if not _valid(c.start, c.end, n) or text[c.start : c.end] != c.text:
            raise ValueError(
                f"document {article.doc_id!r}: claim {i} {c.text!r} at {c.start}:{c.end} "
                "does not match the text given (render needs the text the claims came from)"
            )
        out.append(_Span(c.start, c.end, "claim", i, (i,)))
    shared: dict[tuple[str, int, int], list[int]] = {}
    for i, c in enumerate(article.claims):
        for kind, ref in (("speaker", c.speaker), ("time", c.time)):
            if ref is not None and _valid(ref.start, ref.end, n):
                assert ref.start is not None and ref.end is not None
                shared.setdefault((kind, ref.start, ref.end), []).append(i)
    for k, ((kind, s, e), idx) in enumerate(sorted(shared.items())):
        out.append(_Span(s, e, kind, k, tuple(idx)))
    d = article.date
    if d is not None and _valid(d.start, d.end, n):
        assert d.start is not None and d.end is not None
        out.append(_Span(d.start, d.end, "docdate", 0, ()))
    return out


def _order(s: _Span) -> tuple[int, int, int, int]:
    return (_PRIORITY[s.kind], s.start, -s.end, s.key)


class _TextWriter:
    """Emit text with properly nested marks; a mark crossing another is split into pieces."""

    def __init__(self, article: Article, prefix: str) -> None:
        self.article = article
        self.prefix = prefix
        self.parts: list[str] = []
        self.opened: set[int] = set()

    def open(self, s: _Span) -> None:
        p = self.prefix
        if s.kind == "claim":
            c = self.article.claims[s.key]
            first = s.key not in self.opened
            self.opened.add(s.key)
            attrs = [
                f'class="claim kind-{c.kind}{"" if first else " cont"}"',
                f'href="#{p}-c{s.key}"',
                f'data-claim="{s.key}"',
                f'data-n="{s.key + 1}"',
                f'title="claim {s.key + 1}: {_esc(_summary(c))}"',
            ]
            if first:
                attrs.insert(0, f'id="{p}-m{s.key}"')
            else:
                attrs.append('tabindex="-1"')
            self.parts.append(f"<a {' '.join(attrs)}>")
            return
        label = {"speaker": "speaker", "time": "time", "docdate": "document date"}[s.kind]
        refs = " ".join(str(i) for i in s.claims)
        data = f' data-claims="{refs}"' if refs else ""
        self.parts.append(f'<span class="{s.kind}" title="{label}"{data}>')

    def close(self, s: _Span) -> None:
        self.parts.append("</a>" if s.kind == "claim" else "</span>")

    def render(self, text: str, spans: list[_Span]) -> str:
        """Return ``text`` as HTML with every span marked; its text content equals ``text``."""
        starts: dict[int, list[_Span]] = {}
        ends: dict[int, list[_Span]] = {}
        for s in spans:
            starts.setdefault(s.start, []).append(s)
            ends.setdefault(s.end, []).append(s)
        bounds = sorted({0, len(text), *starts, *ends})
        active: set[_Span] = set()
        stack: list[_Span] = []
        for a, b in itertools.pairwise(bounds):
            active.difference_update(ends.get(a, ()))
            active.update(starts.get(a, ()))
            want = sorted(active, key=_order)
            keep = 0
            while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
                keep += 1
            for s in reversed(stack[keep:]):
                self.close(s)
            for s in want[keep:]:
                self.open(s)
            stack = want
            self.parts.append(html.escape(text[a:b], quote=False))
        for s in reversed(stack):
            self.close(s)
        return "".join(self.parts)


def _summary(c: Claim) -> str:
    bits = [format_value(c), c.kind]
    if c.time is not None and c.time.value:
        bits.append(c.time.value)
    if c.speaker is not None:
        bits.append(c.speaker.name)
    return ", ".join(bits)


def _none() -> str:
    return '<span class="none" aria-label="not given">—</span>'


def _row(label: str, value: str | None) -> str:
    return f"<dt>{label}</dt><dd>{value if value else _none()}</dd>"


def _time_html(c: Claim) -> str | None:
    t = c.time
    if t is None:
        return None
    bits = [f"<strong>{_esc(t.value)}</strong>" if t.value else "unresolved"]
    if t.relation:
        bits.append(f"({_esc(t.relation.replace('_', ' '))})")
    bits.append(f"from “{_esc(t.text)}”" if t.text else "inferred")
    return " ".join(bits)


def _speaker_html(c: Claim) -> str | None:
    sp = c.speaker
    if sp is None:
        return None
    out = f"<strong>{_esc(sp.name)}</strong>"
    seen = {sp.name.casefold()}
    parts = []
    for x in (sp.title, sp.organization):  # skip a title or organisation that repeats the name
        if x and x.casefold() not in seen:
            seen.add(x.casefold())
            parts.append(_esc(x))
    role = ", ".join(parts)
    if role:
        out += f", {role}"
    if sp.via:
        out += f' <span class="none">({_esc(sp.via)})</span>'
    return out


def _facet(label: str, value: str) -> str:
    return f'<span class="facet">{label} <b>{_esc(value)}</b></span>'


def _card(c: Claim, i: int, prefix: str) -> str:
    aspect = c.aspect + (f" ({'↑ up' if c.direction == 'up' else '↓ down'})" if c.direction else "")
    qualifier = c.qualifier.replace("_", " ")
    if c.qualifier == "range" or c.lower is not None or c.upper is not None:
        bounds = [format_number(x) if x is not None else "…" for x in (c.lower, c.upper)]
        qualifier += f" [{bounds[0]}, {bounds[1]}]"
    facets = "".join(
        (_facet("kind", c.kind), _facet("aspect", aspect), _facet("qualifier", qualifier))
    )
    rows = [_row("Subject", _esc(c.subject) if c.subject else None)]
    if c.base:
        rows.append(_row("Of (base)", _esc(c.base)))
    rows += [_row("Time", _time_html(c)), _row("Speaker", _speaker_html(c))]
    if c.quoted:
        rows.append(_row("Quoted", "in a direct quotation"))
    if c.concept:
        rows.append(_row("Concept", _esc(c.concept)))
    if c.notes:
        rows.append(_row("Notes", "; ".join(_esc(x) for x in c.notes)))
    head = (
        f'<h3 id="{prefix}-h{i}"><span class="n">{i + 1}.</span> '
        f"<span>{_esc(format_value(c))}</span>"
        f'<span class="unit">{_esc(c.unit)}</span></h3>'
    )
    written = (
        f'<p class="as-written">“{_esc(c.text)}” · '
        f'<a href="#{prefix}-m{i}">show in text<span class="sr-only"> (claim {i + 1})</span>'
        "</a></p>"
    )
    return (
        f'<li class="card kind-{c.kind}" id="{prefix}-c{i}" data-claim="{i}" '
        f'aria-labelledby="{prefix}-h{i}">{head}{written}<p class="facets">{facets}</p>'
        f"<dl>{''.join(rows)}</dl></li>"
    )


def _doc_date_html(article: Article) -> str:
    d = article.date
    if d is None:
        return "date unknown"
    out = f"dated {_esc(d.value)} ({_esc(d.basis)}"
    if d.text:
        out += f" “{_esc(d.text)}”"
    out += ")"
    if d.conflict:
        out += f"; note: {_esc(d.conflict)}"
    return out


def article_html(article: Article, text: str, *, index: int = 0) -> str:
    """Return the ``<article>`` element for one document (for embedding in a page).

    Raises:
        ValueError: a claim's offsets do not index ``text``.
    """
    p = f"d{index}"
    spans = _spans(article, text)
    body = _TextWriter(article, p).render(text, spans)
    name = article.doc_id if article.doc_id is not None else f"document {index + 1}"
    n = len(article.claims)
    cards = "".join(_card(c, i, p) for i, c in enumerate(article.claims))
    if not cards:
        cards = '<li class="empty">No claims found.</li>'
    return (
        f'<article class="doc" id="{p}" data-doc="{_esc(name)}" aria-labelledby="{p}-title">'
        f'<h2 id="{p}-title">{_esc(name)}</h2>'
        f'<p class="meta">Language {_esc(article.lang)} · {_doc_date_html(article)} · '
        f"{n} claim{'' if n == 1 else 's'}</p>"
        f'<div class="cols"><div class="text" lang="{_esc(article.lang)}" '
        f'aria-label="Article text">{body}</div>'
        f'<ol class="claims" aria-label="Claims of {_esc(name)}">{cards}</ol></div></article>'
    )


def render_many(items: Iterable[tuple[Article, str]], *, title: str = "claimx claims") -> str:
    """Return one self-contained HTML page showing every (article, text) pair in order.

    Raises:
        ValueError: a claim's offsets do not index the text it is paired with.
    """
    pairs = list(items)
    docs = [article_html(a, t, index=k) for k, (a, t) in enumerate(pairs)]
    total = sum(len(a.claims) for a, _ in pairs)
    toc = ""
    if len(pairs) > 1:
        links = "".join(
            f'<li><a href="#d{k}">{_esc(a.doc_id or f"document {k + 1}")}</a> '
            f"({len(a.claims)} claims)</li>"
            for k, (a, _) in enumerate(pairs)
        )
        toc = f'<nav class="toc" aria-label="Articles"><ol>{links}</ol></nav>'
    legend = (
        '<ul class="legend" aria-label="Legend">'
        '<li><span class="claim">actual</span> <span class="claim kind-target">target</span> '
        '<span class="claim kind-forecast">forecast</span> claims (number = card)</li>'
        '<li><span class="speaker">speaker</span> named</li>'
        '<li><span class="time">time</span> expression</li>'
        '<li><span class="docdate">document date</span></li></ul>'
    )
    n_docs = len(pairs)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f'<meta name="generator" content="claimx"><title>{_esc(title)}</title>'
        f"<style>{_CSS}</style></head><body>"
        '<a class="skip" href="#main">Skip to the articles</a>'
        f'<header class="page"><h1>{_esc(title)}</h1>'
        f"<p>{n_docs} document{'' if n_docs == 1 else 's'}, {total} claim"
        f"{'' if total == 1 else 's'}.</p>{legend}{toc}</header>"
        f'<main id="main" tabindex="-1">{"".join(docs)}</main></body></html>\n'
    )


def render(article: Article, text: str, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing ``text`` with the claims of ``article``.

    ``text`` must be the text the article was extracted from (claim offsets index it).

    Raises:
        ValueError: a claim's offsets do not index ``text``.
    """
    name = title or (f"claimx: {article.doc_id}" if article.doc_id else "claimx claims")
    return render_many([(article, text)], title=name)
