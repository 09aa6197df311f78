"""The HTML view: structure checked in Python, then the seeds page checked in headless Chromium."""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx.cli import main
from claimx.models import Article, Claim, DocDate, Speaker, TimeRef
from claimx.render import format_value, render, render_many

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Page(HTMLParser):
    """Parse a page strictly: tags must nest; collect the text pane and each claim's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, str] = {}  # data-doc -> text content of its text pane
        self.claims: dict[tuple[str, int], str] = {}  # (doc, index) -> text of its mark(s)
        self.cards: dict[tuple[str, int], str] = {}  # (doc, index) -> text of its card
        self.attrs: list[dict[str, str | None]] = []
        self.doc = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.attrs.append(a)
        if tag == "article":
            self.doc = a["data-doc"] or ""
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = [(a.get("class") or "").split() for _, a in self.stack]
        if any("text" in c for c in classes):
            self.texts[self.doc] = self.texts.get(self.doc, "") + data
        for _, a in self.stack:
            cls = (a.get("class") or "").split()
            if "claim" in cls and a.get("data-claim") is not None:
                key = (self.doc, int(a["data-claim"] or 0))
                self.claims[key] = self.claims.get(key, "") + data
            if "card" in cls:
                key = (self.doc, int(a["data-claim"] or 0))
                self.cards[key] = self.cards.get(key, "") + data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    assert not p.stack, f"unclosed elements {p.stack}"
    return p


def seed_pairs(seeds_dir: Path) -> list[tuple[Article, str]]:
    out = []
    for f in sorted(seeds_dir.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        out.append((claimx.extract(text, doc_id=f.stem), text))
    return out


def _claim(text: str, start: int, value: float, **kw: Any) -> Claim:
    kw.setdefault("unit", "count")
    return Claim(text=text, start=start, end=start + len(text), value=value, lang="id", **kw)


def _at(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(nth):
        i = text.index(part, i + 1)
    return i, i + len(part)


# "Per Juni 2023" overlaps the claim's start, the speaker lies inside a later claim's span
TEXT = (
    "Menurut Teten Masduki, per Juni 2023 sebanyak 22,8 juta UMKM <go> & “naik”.\n\n"
    "Target 30 juta Teten Masduki tahun depan."
)
S, E = _at(TEXT, "Juni 2023 sebanyak")
TIME = TimeRef(value="2023-06", text="Juni 2023 sebanyak", start=S, end=E, relation="as_of")
S, E = _at(TEXT, "Teten Masduki")
SPK = Speaker(name="Teten Masduki", title="Menteri Koperasi dan UKM", start=S, end=E)
S, E = _at(TEXT, "Teten Masduki", 2)
SPK2 = Speaker(name="Teten Masduki", title="Menteri Koperasi dan UKM", start=S, end=E)
S, E = _at(TEXT, "tahun depan")
NEXT_YEAR = TimeRef(value="2024", text="tahun depan", start=S, end=E, relation="by")
SYN = Article(
    doc_id='a"b<c>',
    lang="id",
    date=DocDate(value="2023-12-04", basis="given"),
    claims=(
        _claim(
            "sebanyak 22,8 juta",
            TEXT.index("sebanyak"),
            22.8e6,
            subject="UMKM",
            time=TIME,
            speaker=SPK,
            qualifier="exact",
        ),
        _claim(
            "30 juta Teten",
            TEXT.index("30 juta"),
            30e6,
            kind="target",
            time=NEXT_YEAR,
            speaker=SPK2,
        ),
    ),
)


def test_synthetic_page_keeps_text_and_nests_marks() -> None:
    page = render(SYN, TEXT)
    p = parse(page)
    assert p.texts['a"b<c>'] == TEXT, "the text pane must show the text unchanged"
    assert p.claims[('a"b<c>', 0)] == "sebanyak 22,8 juta"
    assert p.claims[('a"b<c>', 1)] == "30 juta Teten"
    assert "&lt;go&gt; &amp; “naik”" in page
    card0, card1 = p.cards[('a"b<c>', 0)], p.cards[('a"b<c>', 1)]
    for needed in ("22.8 million", "UMKM", "2023-06", "as of", "Teten Masduki", "Menteri Koperasi"):
        assert needed in card0, needed
    assert "target" in card1 and "2024" in card1 and "tahun depan" in card1
    assert page.count('class="speaker"') >= 2 and 'class="time"' in page


def test_speaker_role_not_repeating_the_name() -> None:
    bps = Speaker(name="BPS", title="Kepala BPS", organization="bps")
    art = SYN.model_copy(update={"claims": (SYN.claims[0].model_copy(update={"speaker": bps}),)})
    card = parse(render(art, TEXT)).cards[('a"b<c>', 0)]
    assert "BPS, Kepala BPS" in card and "Kepala BPS, bps" not in card


def test_page_is_self_contained() -> None:
    page = render(SYN, TEXT)
    p = parse(page)
    assert "<script" not in page
    assert "default-src 'none'" in page
    for a in p.attrs:
        for name in ("src", "href", "action"):
            v = a.get(name)
            assert v is None or v.startswith("#"), f"external reference {name}={v!r}"
    ids = [a["id"] for a in p.attrs if a.get("id")]
    assert len(ids) == len(set(ids)), "ids are unique"
    targets = {a["href"][1:] for a in p.attrs if (a.get("href") or "").startswith("#")}
    assert targets <= set(ids), f"links to missing ids: {targets - set(ids)}"


@st.composite
def marked_text(draw: st.DrawFn) -> tuple[Article, str]:
    """A text of awkward characters and claims, times and speakers at arbitrary offsets."""
    text = draw(st.text(alphabet="ab <&>\"'\n“”1,.", min_size=1, max_size=60))
    n = len(text)

    def span() -> tuple[int, int]:
        a = draw(st.integers(0, n - 1))
        return a, draw(st.integers(a + 1, n))

    claims = []
    for _ in range(draw(st.integers(0, 4))):
        s, e = span()
        time_ref = speaker = None
        if draw(st.booleans()):
            ts, te = span()
            time_ref = TimeRef(value="2024", text=text[ts:te], start=ts, end=te)
        if draw(st.booleans()):
            ps, pe = span()
            speaker = Speaker(name="X", start=ps, end=pe)
        claims.append(
            Claim(
                text=text[s:e],
                start=s,
                end=e,
                value=1.0,
                unit="count",
                lang="en",
                time=time_ref,
                speaker=speaker,
            )
        )
    claims.sort(key=lambda c: c.start)
    return Article(doc_id="p", lang="en", claims=tuple(claims)), text


@settings(max_examples=150, deadline=None)
@given(marked_text())
def test_any_overlap_keeps_the_text_and_every_claim(case: tuple[Article, str]) -> None:
    article, text = case
    p = parse(render(article, text))  # raises if the tags do not nest
    assert p.texts.get("p", "") == text
    for i, c in enumerate(article.claims):
        assert p.claims[("p", i)] == c.text


def test_render_refuses_the_wrong_text() -> None:
    with pytest.raises(ValueError, match="does not match the text"):
        render(SYN, TEXT.upper())


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (27e6, "count", "approx", "≈ 27 million"),
        (25292701, "count", "exact", "25,292,701"),
        (39.52, "percent", "exact", "39.52%"),
        (877e12, "IDR", "exact", "IDR 877 trillion"),
        (22.8e6, "count", "at_least", "≥ 22.8 million"),
        (-0.69, "percent", "exact", "-0.69%"),
        (2, "rank", "exact", "rank 2"),
        (1.5e9, "USD", "more_than", "> USD 1.5 billion"),
        (12345.5, "ton", "less_than", "< 12,345.5 ton"),
    ],
)
def test_format_value(value: float, unit: str, qualifier: str, expected: str) -> None:
    c = Claim(text="x", start=0, end=1, value=value, unit=unit, qualifier=qualifier, lang="en")
    assert format_value(c) == expected


def test_seeds_page_shows_every_claim(seeds_dir: Path) -> None:
    pairs = seed_pairs(seeds_dir)
    p = parse(render_many(pairs))
    for art, text in pairs:
        assert art.doc_id is not None
        assert p.texts[art.doc_id] == text
        for i, c in enumerate(art.claims):
            assert p.claims[(art.doc_id, i)] == c.text
            assert (art.doc_id, i) in p.cards


def test_render_command(
    seeds_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seeds.html"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n{"id": "y", "text": "Naik 5 persen."}\n', encoding="utf-8")
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    assert main(["render", *files, str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1: record has no 'text'" in err and "6 documents" in err
    p = parse(out.read_text(encoding="utf-8"))
    assert len(p.texts) == 6 and p.texts["y"] == "Naik 5 persen."


# --- headless Chromium ----------------------------------------------------------------------


def chromium() -> str:
    exe = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but chromium is missing: .ci/run must install Debian's chromium")
        pytest.skip("chromium is not installed (apt-get install chromium): browser test skipped")
    return exe


class DevTools:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fds 3 and 4)."""

    def __init__(self, exe: str, profile: Path) -> None:
        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()

        def fds() -> None:  # in the child: chromium reads fd 3 and writes fd 4
            # move both ends above 4 first: either may itself be fd 3 or 4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w)]
            os.dup2(high[0], 3)  # dup2 makes the new descriptor inheritable
            os.dup2(high[1], 4)

        args = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,  # the only way to place the pipe on fds 3 and 4
            close_fds=False,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._r, 1 << 16)
            if not chunk:
                raise RuntimeError(f"chromium closed the pipe (exit {self.proc.poll()})")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        out: dict[str, Any] = json.loads(msg)
        return out

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            m = self._read(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                result: dict[str, Any] = m.get("result", {})
                return result
            self.events.append(m)

    def wait_for(self, method: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for m in self.events:
            if m.get("method") == method:
                return m
        while True:
            m = self._read(deadline)
            self.events.append(m)
            if m.get("method") == method:
                return m

    def close(self) -> None:
        # the browser may close the pipe before it answers; the wait below checks it exits
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._r)
        os.close(self._w)


CHECK_JS = r"""
(() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92
      : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const rgba = (s) => s.match(/[\d.]+/g).map(Number);
  const bg = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const contrast = (el) => {
    const a = lum(rgba(getComputedStyle(el).color).slice(0, 3)), b = lum(bg(el));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const claims = {};
  for (const el of document.querySelectorAll('article.doc .text [data-claim]')) {
    const key = el.closest('article').dataset.doc + '#' + el.dataset.claim;
    claims[key] = (claims[key] || '') + el.textContent;
  }
  const texts = {};
  for (const el of document.querySelectorAll('article.doc')) {
    texts[el.dataset.doc] = el.querySelector('.text').textContent;
  }
  const checked = [...document.querySelectorAll(
    '.text, .claim, .card dt, .card dd, .card h3, .facet b, .as-written, .meta, a')];
  const low = checked.filter((el) => contrast(el) < 4.5)
    .map((el) => el.className + ': ' + contrast(el).toFixed(2));
  const first = document.querySelector('article.doc .text .claim');
  const box = first.getBoundingClientRect();
  return {claims, texts, low, cards: document.querySelectorAll('.card').length,
          firstVisible: box.width > 0 && box.height > 0,
          firstBg: getComputedStyle(first).backgroundColor};
})()
"""


def test_seeds_page_in_headless_chromium(seeds_dir: Path, tmp_path: Path) -> None:
    exe = chromium()
    pairs = seed_pairs(seeds_dir)
    page = tmp_path / "seeds.html"
    page.write_text(render_many(pairs, title="claimx: seed articles"), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    browser = DevTools(exe, tmp_path / "profile")
    try:
        target = browser.call("Target.createTarget", url="about:blank")["targetId"]
        s = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            browser.call(f"{domain}.enable", s)
        browser.call(
            "Emulation.setDeviceMetricsOverride",
            s,
            width=1280,
            height=1400,
            deviceScaleFactor=1,
            mobile=False,
        )
        browser.call("Page.navigate", s, url=page.as_uri())
        browser.wait_for("Page.loadEventFired")
        got = browser.call("Runtime.evaluate", s, expression=CHECK_JS, returnByValue=True)
        assert "exceptionDetails" not in got, got
        result = got["result"]["value"]
        shot = browser.call("Page.captureScreenshot", s, format="png")
        (ARTIFACTS / "seeds.png").write_bytes(base64.b64decode(shot["data"]))
        # keyboard: Tab reaches the skip link first, then claims, each with a visible focus ring
        focus = []
        for _ in range(40):  # the skip link, the article links, then the claims
            for kind in ("rawKeyDown", "keyUp"):
                browser.call(
                    "Input.dispatchKeyEvent",
                    s,
                    type=kind,
                    key="Tab",
                    code="Tab",
                    windowsVirtualKeyCode=9,
                )
            js = (
                "(() => { const e = document.activeElement; return [e.className, "
                "getComputedStyle(e).outlineStyle, e.dataset.claim ?? null]; })()"
            )
            v = browser.call("Runtime.evaluate", s, expression=js, returnByValue=True)
            focus.append(v["result"]["value"])
            if sum(f[2] is not None for f in focus) == 3:  # three claims in a row reached
                break
        shot = browser.call("Page.captureScreenshot", s, format="png")
        (ARTIFACTS / "seeds-focus.png").write_bytes(base64.b64decode(shot["data"]))
        # Enter on the focused claim follows its link to the card, which becomes :target
        for kind, text in (("keyDown", "\r"), ("keyUp", "")):
            browser.call(
                "Input.dispatchKeyEvent",
                s,
                type=kind,
                key="Enter",
                code="Enter",
                windowsVirtualKeyCode=13,
                text=text,
            )
        js = "[location.hash, document.querySelector(':target')?.className ?? null]"
        for _ in range(20):
            res = browser.call("Runtime.evaluate", s, expression=js, returnByValue=True)
            jumped = res["result"]["value"]
            if jumped[0]:
                break
            time.sleep(0.1)
        errors = [
            m
            for m in browser.events
            if m.get("method") == "Runtime.exceptionThrown"
            or (
                m.get("method") == "Runtime.consoleAPICalled"
                and m["params"]["type"] in ("error", "assert")
            )
            or (m.get("method") == "Log.entryAdded" and m["params"]["entry"]["level"] == "error")
        ]
    finally:
        browser.close()
    assert not errors, f"console errors: {errors}"
    n_claims = sum(len(a.claims) for a, _ in pairs)
    assert result["cards"] == n_claims
    for art, text in pairs:
        assert result["texts"][art.doc_id] == text
        for i, c in enumerate(art.claims):
            assert result["claims"].get(f"{art.doc_id}#{i}") == c.text, (art.doc_id, i)
    assert result["firstVisible"] and result["firstBg"] != "rgba(0, 0, 0, 0)"
    assert not result["low"], f"text below WCAG AA contrast 4.5:1: {result['low'][:5]}"
    assert focus[0][0] == "skip"
    claim_focus = [f for f in focus if f[2] is not None]
    assert claim_focus, f"Tab never reached a claim: {focus}"
    assert all(f[1] == "solid" for f in claim_focus), f"focus ring missing: {claim_focus}"
    assert jumped[0] == f"#d0-c{claim_focus[-1][2]}" and "card" in jumped[1], jumped
