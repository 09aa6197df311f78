"""The ``claimx_claims`` spaCy component: runs claimx on a Doc and stores the result.

``doc._.claimx_claims`` holds the Claim models, ``doc._.claimx_article`` the Article, and
``doc.spans["claimx"]`` a span per claim (aligned outward to token boundaries).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.langdata import check_lang
from claimx.pipeline import extract

SPANS_KEY = "claimx"


def _register_extensions() -> None:
    for name in ("claimx_claims", "claimx_article", "claimx_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class ClaimsComponent:
    """Attach claimx claims to every Doc."""

    def __init__(self, nlp: Language, name: str = "claimx_claims", *, lang: str | None = None):
        """Create the component for ``nlp``; ``lang`` defaults to the pipeline's language."""
        _register_extensions()
        self.name = name
        self.lang = check_lang(lang or str(nlp.lang))

    def __call__(self, doc: Doc) -> Doc:
        """Extract the claims of ``doc.text`` and store them on the Doc; return the Doc."""
        article = extract(doc.text, lang=self.lang, date=doc._.claimx_date)
        doc._.claimx_article = article
        doc._.claimx_claims = list(article.claims)
        spans = []
        for c in article.claims:
            span = doc.char_span(c.start, c.end, label=c.unit, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Write the component's settings to ``path/cfg.json``."""
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        (p / "cfg.json").write_text(json.dumps({"lang": self.lang}), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> ClaimsComponent:
        """Read settings written by :meth:`to_disk`; raise ValueError if they are invalid."""
        cfg = json.loads((Path(path) / "cfg.json").read_text(encoding="utf-8"))
        self.lang = check_lang(cfg["lang"])
        return self
