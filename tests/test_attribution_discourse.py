"""Attribution across sentences: pronouns, continuation, the article's own voice, canonical
names, quotations over several sentences and paragraphs, and claimx.quotes()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimx
from claimx.attribution import attribute
from claimx.evaluate import read_jsonl, score
from claimx.models import Speaker
from claimx.structure import analyse


def speaker(text: str, lang: str, probe: str) -> Speaker | None:
    at = text.index(probe)
    return attribute(text, lang, analyse(text, lang)).speaker_for(at, at + len(probe))


ID_LEAD = "Kepala BPS Suhariyanto mengatakan pengangguran mencapai 7,05 juta orang."
EN_LEAD = "BPS chief Suharyanto said unemployment reached 6.88 million."

# (lang, text, probe, expected name, expected via)
CARRIED = [
    # pronoun tags after a quotation
    *[
        (
            "id",
            f"{ID_LEAD}\n\n“Angkanya naik 5 persen tahun ini,” {tag}.",
            "5 persen",
            "Suhariyanto",
            "pronoun",
        )
        for tag in (
            "ujarnya",
            "katanya",
            "ungkapnya",
            "tuturnya",
            "imbuhnya",
            "lanjutnya",
            "pungkasnya",
            "tegasnya",
            "jelasnya",
        )
    ],
    # pronoun subjects
    *[
        (
            "id",
            f"{ID_LEAD}\n\n{subj} lulusan SMK menyumbang 10,42 persen.",
            "10,42 persen",
            "Suhariyanto",
            "pronoun",
        )
        for subj in (
            "Ia menambahkan,",
            "Dia menambahkan,",
            "Dia mengungkapkan,",
            "Ia juga mengatakan bahwa",
        )
    ],
    *[
        ("en", f"{EN_LEAD}\n\n{clause}", "16.28 percent", "Suharyanto", "pronoun")
        for clause in (
            "He said people aged 15 to 24 contributed 16.28 percent.",
            "People aged 15 to 24 contributed 16.28 percent, he said.",
            "She pointed out that the young contributed 16.28 percent.",
            "The young contributed 16.28 percent, she pointed out.",
            "The official further said the young contributed 16.28 percent.",
            '"The young contributed 16.28 percent," the official said.',
            '"The young contributed 16.28 percent," the BPS leader stated.',
        )
    ],
    # a quotation over several sentences takes the tag at its end
    (
        "id",
        "“UMKM go digital ini kita optimis tercapai. Saat ini sudah 27 juta yang go digital,” "
        "ujar Rudy Salahuddin.",
        "27 juta",
        "Rudy Salahuddin",
        "explicit",
    ),
    # a quotation that runs on into the next paragraph takes the tag of its last part
    (
        "id",
        "“Jumlahnya sudah 22 juta pelaku usaha di seluruh negeri.\n\n“Targetnya tahun depan "
        "30 juta,” kata Teten Masduki.",
        "22 juta",
        "Teten Masduki",
        "explicit",
    ),
    # an unclosed quotation ended by its tag
    (
        "id",
        '"Angka Kota Malang tumbuh 107,63 persen secara tahunan, jelas Hendra Wangsa Dikrama.',
        "107,63 persen",
        "Hendra Wangsa Dikrama",
        "explicit",
    ),
    # an introducing cue before the quotation
    (
        "en",
        'Fiki said: "We expect 30 million MSMEs online by 2024."',
        "30 million",
        "Fiki",
        "explicit",
    ),
    # indirect speech continued in the same paragraph
    (
        "id",
        "Menteri Perdagangan Muhammad Lutfi mengatakan prospek ekonomi digital baik. Pada "
        "2020 ekonomi digital menghasilkan 4 persen dari PDB.",
        "4 persen",
        "Muhammad Lutfi",
        "continuation",
    ),
    (
        "en",
        "Google noted a significant trend. More than a third, or 37 percent, joined recently.",
        "37 percent",
        "Google",
        "continuation",
    ),
    # a paragraph that opens by pointing back to the last figure continues its speaker
    (
        "id",
        "Selain itu lanjut Ikhsan, UMKM menyerap 121 juta tenaga kerja.\n\nAngka tersebut "
        "sekitar 96% dari serapan tenaga kerja.",
        "96%",
        "Ikhsan",
        "continuation",
    ),
    # a lead that names the official in the next paragraph
    (
        "en",
        "At least 25 million MSMEs could go online by 2024, an official from the Ministry of "
        "Cooperatives has affirmed.\n\n“We are targeting 24.5 million,” the ministry’s deputy "
        "assistant, Fixy, said.",
        "25 million",
        "Fixy",
        "pronoun",
    ),
    (
        "en",
        "The government projected KUR at 99.9 percent of the target, according to an "
        'official.\n\n"KUR will grow," Deputy Minister Iskandar Simorangkir stated.',
        "99.9 percent",
        "Iskandar Simorangkir",
        "pronoun",
    ),
    # a title standing for the person the article named with it
    (
        "id",
        "Presiden RI Joko Widodo (Jokowi) menargetkan 20 juta UMKM go digital.\n\nDi masa "
        "pandemi, ujar Presiden, sebanyak 17,5 juta UMKM masuk ekosistem digital.",
        "17,5 juta",
        "Joko Widodo",
        "pronoun",
    ),
    (
        "id",
        "Menurut arahan Presiden Joko Widodo skema KUR direvisi.\n\nPresiden meminta "
        "alokasi kredit ditingkatkan menjadi 30 persen.",
        "30 persen",
        "Joko Widodo",
        "pronoun",
    ),
    # a role phrase stands for the current speaker and is never a name
    (
        "id",
        "Presiden Joko Widodo menargetkan 30 juta UMKM.\n\nKepala Negara menegaskan 500 "
        "koperasi modern harus berdiri.",
        "500 koperasi",
        "Joko Widodo",
        "pronoun",
    ),
]


@pytest.mark.parametrize(("lang", "text", "probe", "expected", "via"), CARRIED)
def test_carried_and_pronoun_attribution(
    lang: str, text: str, probe: str, expected: str, via: str
) -> None:
    sp = speaker(text, lang, probe)
    assert sp is not None
    assert (sp.name, sp.via) == (expected, via)


VOICE = [
    # the reporter's own background after someone's quotation: no speaker is carried
    (
        "id",
        "“Saat ini sudah 27 juta,” ujar Rudy.\n\nArtinya, pemerintah harus mengakselerasi "
        "3 juta UMKM lagi.",
        "3 juta",
    ),
    (
        "id",
        "Kepala BPS Suhariyanto mengatakan pengangguran naik.\n\nSetelah lulusan SMK, "
        "lulusan SMA berada di posisi kedua sebesar 7,29 persen.",
        "7,29 persen",
    ),
    (
        "en",
        "“They only open their laptop two days later,” the official said.\n\nCurrently, "
        "Indonesia has 64.2 million MSMEs.",
        "64.2 million",
    ),
    (
        "en",
        '"The figure is far below," he stated.\n\nBased on their types, KUR comprised '
        "Rp10 trillion for Super Mikro.",
        "Rp10 trillion",
    ),
    # a short phrase in quotation marks is a title, not speech
    (
        "en",
        'Simorangkir spoke at "Reflection of Achievement 2021 and Outlook 2022".\n\nKUR '
        "reached Rp285 trillion.",
        "Rp285 trillion",
    ),
]


@pytest.mark.parametrize(("lang", "text", "probe"), VOICE)
def test_the_articles_own_voice_has_no_speaker(lang: str, text: str, probe: str) -> None:
    assert speaker(text, lang, probe) is None


CANONICAL = [
    (
        "id",
        "“Kita menargetkan 30 juta,” kata Menteri Koperasi dan UKM Teten Masduki.\n\n"
        "Dengan sisa waktu 3 tahun, kata Teten, ada 13,7 juta UMKM online.",
        "13,7 juta",
        "Teten Masduki",
    ),
    (
        "id",
        "Presiden RI Joko Widodo (Jokowi) menargetkan 20 juta UMKM.\n\nJokowi juga "
        "menargetkan 500 koperasi modern.",
        "500 koperasi",
        "Joko Widodo",
    ),
    (
        "en",
        '"We are targeting 25,292,701 MSMEs," said Fiki Satari.\n\nHe added that the '
        "digital economy is worth Rp.877 trillion.",
        "Rp.877 trillion",
        "Fiki Satari",
    ),
    (
        "en",
        "Deputy Iskandar Simorangkir opened the event.\n\nSimorangkir remarked that KUR "
        "reached Rp278.71 trillion.",
        "Rp278.71",
        "Iskandar Simorangkir",
    ),
]


@pytest.mark.parametrize(("lang", "text", "probe", "expected"), CANONICAL)
def test_names_are_canonical_within_the_article(
    lang: str, text: str, probe: str, expected: str
) -> None:
    sp = speaker(text, lang, probe)
    assert sp is not None and sp.name == expected


def test_quotes_lists_quotations_and_indirect_statements() -> None:
    text = (
        "Kepala BPS Suhariyanto mengatakan pengangguran mencapai 7,05 juta orang.\n\n"
        "“Ada lima orang penganggur dari 100 orang angkatan kerja,” ujarnya.\n\n"
        "Pemerintah menyiapkan program pelatihan kerja."
    )
    found = claimx.quotes(text, lang="id")
    assert [s.kind for s in found] == ["indirect", "quote"]
    for s in found:
        assert text[s.start : s.end] == s.text
        assert s.speaker is not None and s.speaker.name == "Suhariyanto"
    assert found[1].text.startswith("Ada lima orang")


def test_quotes_detects_the_language_and_checks_its_input() -> None:
    found = claimx.quotes('"Exports rose sharply in March," the minister said.')
    assert [s.kind for s in found] == ["quote"]
    assert claimx.quotes("   ") == ()
    with pytest.raises(TypeError, match="bytes"):
        claimx.quotes(b"kata dia")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'fr'"):
        claimx.quotes("x", lang="fr")


def test_extract_fills_the_claim_speaker() -> None:
    art = claimx.extract(
        "“Saat ini sudah 27 juta UMKM yang go digital,” ujar Rudy Salahuddin.\n\n"
        "Artinya, pemerintah harus mengakselerasi 3 juta UMKM lagi.",
        lang="id",
    )
    speakers = {c.text: c.speaker.name if c.speaker else None for c in art.claims}
    assert speakers == {"27 juta": "Rudy Salahuddin", "3 juta": None}


def test_lookup_of_many_claims_in_a_long_text() -> None:
    para = "“Penjualan naik 5 persen,” kata Budi Santoso.\n\nHarga turun 2 persen.\n\n"
    text = para * 400
    atts = attribute(text, "id", analyse(text, "id"))
    hits = [atts.speaker_for(m, m + 1) for m in range(0, len(text), len(para))]
    assert all(h is not None and h.name == "Budi Santoso" for h in hits)
    tail = len(para) - len("Harga turun 2 persen.\n\n")
    assert all(
        atts.speaker_for(m + tail, m + tail + 1) is None for m in range(0, len(text), len(para))
    )


@pytest.mark.parametrize(("which", "floor"), [("seeds", 0.95), ("dev", 0.85)])
def test_speaker_accuracy_on_gold(which: str, floor: float, shared_dir: Path) -> None:
    gold_dir = shared_dir / which
    preds = []
    for d in read_jsonl(gold_dir / "docs.jsonl"):
        text = (gold_dir / f"{d['doc']}.txt").read_text(encoding="utf-8")
        art = claimx.extract(text, doc_id=d["doc"], lang=d["lang"])
        preds.append(json.loads(art.model_dump_json()))
    fields = score(gold_dir, preds).as_dict()["fields"]
    assert fields["speaker"] >= floor


@pytest.mark.parametrize(
    ("text", "probe", "written"),
    [
        (f"{ID_LEAD}\n\n“Angkanya naik 5 persen,” ujarnya.", "5 persen", "Suhariyanto"),
        (
            "Presiden Joko Widodo menargetkan 30 juta UMKM.\n\nDi masa pandemi, ujar Presiden, "
            "17,5 juta UMKM go digital.",
            "17,5 juta",
            "Joko Widodo",
        ),
    ],
)
def test_a_pronoun_or_title_points_at_the_written_name(text: str, probe: str, written: str) -> None:
    sp = speaker(text, "id", probe)
    assert sp is not None and sp.start is not None and sp.end is not None
    assert text[sp.start : sp.end] == written
    assert sp.via == "pronoun"
