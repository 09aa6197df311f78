"""spaCy integration: claimx.load, the registered factory, doc extensions, serialisation."""

from __future__ import annotations

from pathlib import Path

import spacy

import claimx


def test_load_gives_same_claims_as_extract() -> None:
    text = "Per Maret 2023, sebanyak 22 juta UMKM go digital senilai Rp.877 triliun."
    nlp = claimx.load("id")
    doc = nlp(text)
    assert [c.value for c in doc._.claimx_claims] == [
        c.value for c in claimx.extract(text, lang="id").claims
    ]
    assert [s.text for s in doc.spans["claimx"]] == ["22 juta", "Rp.877 triliun"]
    assert [t.text for t in doc][-4:-2] == ["Rp.", "877"]


def test_factory_is_registered_and_round_trips(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_claims")
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    doc = again("MSMEs grew 5 percent to 64.2 million.")
    assert [c.text for c in doc._.claimx_claims] == ["5 percent", "64.2 million"]
    assert again.get_pipe("claimx_claims").lang == "en"
