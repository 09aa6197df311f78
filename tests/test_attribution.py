"""Speaker attribution: every pattern of issue #4, per language, as tables of real sentences."""

from __future__ import annotations

import pytest

from claimx.attribution import attribute
from claimx.models import Speaker
from claimx.structure import analyse


def speaker(text: str, lang: str, probe: str) -> Speaker | None:
    """Return the speaker claimx gives to the first occurrence of ``probe`` in ``text``."""
    at = text.index(probe)
    return attribute(text, lang, analyse(text, lang)).speaker_for(at, at + len(probe))


def name(text: str, lang: str, probe: str) -> str | None:
    sp = speaker(text, lang, probe)
    return None if sp is None else sp.name


ID_CASES = [
    # after a quotation: "…," kata / ujar / ungkap / tutur / jelas / tegas / imbuh / … X
    *[
        (
            f"“Saat ini sudah 27 juta UMKM yang go digital,” {verb} Rudy Salahuddin.",
            "27 juta",
            "Rudy Salahuddin",
        )
        for verb in (
            "kata",
            "ujar",
            "ungkap",
            "tutur",
            "jelas",
            "tegas",
            "imbuh",
            "tambah",
            "lanjut",
            "ucap",
            "papar",
        )
    ],
    (
        "“Kita sudah menargetkan 30 juta,” kata Menteri Koperasi dan UKM (Menkop UKM) Teten "
        "Masduki usai rapat terbatas.",
        "30 juta",
        "Teten Masduki",
    ),
    # before or around indirect speech
    *[
        (
            f"Kepala BPS Suhariyanto {verb} jumlah penganggur naik menjadi 7,05 juta orang.",
            "7,05 juta",
            "Suhariyanto",
        )
        for verb in (
            "mengatakan",
            "menyampaikan",
            "menyatakan",
            "menegaskan",
            "menjelaskan",
            "melaporkan",
            "mengatakan bahwa",
            "juga mengatakan",
            "memperkirakan",
        )
    ],
    (
        "Di masa pandemi, ujar Teten Masduki, sebanyak 17,5 juta UMKM masuk ekosistem digital.",
        "17,5 juta",
        "Teten Masduki",
    ),
    (
        "Selain itu lanjut Ikhsan, UMKM berhasil menyerap 121 juta tenaga kerja.",
        "121 juta",
        "Ikhsan",
    ),
    # sources
    (
        "Menurut Badan Pusat Statistik (BPS), ada 7,05 juta penganggur.",
        "7,05 juta",
        "Badan Pusat Statistik",
    ),
    (
        "Berdasarkan data Asosiasi e-Commerce Indonesia per Mei 2021, ada 13,7 juta pelaku UMKM.",
        "13,7 juta",
        "Asosiasi e-Commerce Indonesia",
    ),
    (
        "Mengutip data Bank Indonesia, transaksi digital mencapai Rp 27.036 triliun.",
        "Rp 27.036",
        "Bank Indonesia",
    ),
    ("Kemenkop UKM mencatat jumlah koperasi mencapai 130.119 unit.", "130.119", "Kemenkop UKM"),
    (
        "Berdasarkan Survei Sosial Ekonomi Nasional Susenas 2021, koperasi di peringkat kedua.",
        "peringkat kedua",
        "Survei Sosial Ekonomi Nasional Susenas",
    ),
    # titles and organisations split from the name
    (
        "Gubernur Bank Indonesia, Perry Warjiyo memperkirakan transaksi mencapai Rp32.206 triliun.",
        "Rp32.206",
        "Perry Warjiyo",
    ),
    (
        "Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan produksi turun 645,09 ribu ton.",
        "645,09",
        "Amalia Adininggar Widyasanti",
    ),
    (
        "Kepala Unit Kantor Perwakilan (KPw) BI Malang Hendra Wangsa Dikrama menjelaskan, capaian "
        "270.023 merchant tumbuh.",
        "270.023",
        "Hendra Wangsa Dikrama",
    ),
    # a time adjunct between subject and verb
    (
        "Sementara itu, Ketua Umum Kadin Arsjad Rasjid, Senin (4/12), mengatakan ekspor turun "
        "5 persen.",
        "5 persen",
        "Arsjad Rasjid",
    ),
    ("Jokowi: Target 30 Juta UMKM Go Digital", "30 Juta", "Jokowi"),
    # headlines drop the meN- prefix
    ("Presiden Jokowi Targetkan 20 Juta UMKM Masuk Marketplace", "20 Juta", "Jokowi"),
    ("Jokowi Manfaatkan e-Commerce, Targetkan 30 Juta UMKM di Tahun 2024", "30 Juta", "Jokowi"),
    # passive with its agent
    (
        "Hal itu disampaikan Direktur Utama PT Jakpro Widi Amanasto, target 5 juta tiket.",
        "5 juta",
        "Widi Amanasto",
    ),
    # not cues: "dengan kata lain", "berdasarkan wilayah", a passive "tercatat"
    ("Dengan kata lain, ada lima orang penganggur dari 100 orang.", "100 orang", None),
    ("Berdasarkan wilayah, produksi terbesar ada di Jawa sebesar 56 persen.", "56 persen", None),
    ("Tercatat sebanyak 17,5 juta pelaku UMKM telah masuk ekosistem digital.", "17,5 juta", None),
    (
        "“Kami tidak mempermasalahkan 5 persen itu,” kata Ketua PBNU Abdul Mu’ti.",
        "5 persen",
        "Abdul Mu’ti",
    ),
    # a common noun opening the sentence is not a speaker
    ("Penjualan menunjukkan pertumbuhan 10 persen.", "10 persen", None),
    (
        "Ekspor mencatat kenaikan 5 persen. Nilai ekspor mencapai 20 miliar dolar AS.",
        "5 persen",
        None,
    ),
]

EN_CASES = [
    # after a quotation: "…," said X / "…," X said / "…," the official said
    (
        '"As of December, 25,292,701 MSMEs are online," said the Special Staff of the Minister '
        "for Creative Economic Empowerment at the Coordinating Ministry for SMEs Fiki Satari in a "
        "statement.",
        "25,292,701",
        "Fiki Satari",
    ),
    (
        '"The poverty line was set at Rp410,670 per month," Central Statistics Agency (BPS) '
        "chairman Suhariyanto told a press conference.",
        "Rp410,670",
        "Suhariyanto",
    ),
    (
        "“We are targeting some 24.5 million MSMEs,” the ministry’s deputy assistant for "
        "partnerships, Fixy, said.",
        "24.5 million",
        "Fixy",
    ),
    # indirect speech: X said (that) …, X noted / added / pointed out / remarked
    *[
        (
            f"Simorangkir {verb} the demand for KUR averaged Rp23 trillion per month.",
            "Rp23 trillion",
            "Simorangkir",
        )
        for verb in (
            "said",
            "said that",
            "noted",
            "added",
            "pointed out",
            "remarked",
            "also said",
            "stated",
        )
    ],
    ("John Smith, on Monday, said exports fell 5 percent.", "5 percent", "John Smith"),
    # a person linked to an organisation named after them
    (
        "Economist Bhima Yudhistira of Celios said inflation could reach 4 percent.",
        "4 percent",
        "Bhima Yudhistira",
    ),
    # an institution named by a common noun: the organisation it points back to, or itself
    (
        "Growth was 5.05 percent last year, the statistics agency said on Monday.",
        "5.05 percent",
        "statistics agency",
    ),
    (
        "Statistics Indonesia (BPS) said exports fell 2 percent. The statistics agency said "
        "imports rose 3 percent.",
        "3 percent",
        "Statistics Indonesia",
    ),
    (
        "In 2021, the demand for KUR averaged Rp23 trillion per month, Simorangkir noted.",
        "Rp23 trillion",
        "Simorangkir",
    ),
    (
        "The potential is estimated at 5.90 million tons, Deputy for Statistics of Distribution "
        "and Services of BPS Setianto remarked here on Monday.",
        "5.90 million",
        "Setianto",
    ),
    # names with apostrophes; contractions are not names; "X of Y" without a title is one name
    ("Conan O'Brien said 5 percent of viewers left.", "5 percent", "Conan O'Brien"),
    ("\"I'm sure it will grow 5 percent,\" I'm told.", "5 percent", None),
    (
        "The Pro Football Hall of Fame said 5 percent more fans came.",
        "5 percent",
        "Pro Football Hall of Fame",
    ),
    # a role with no name: its organisation speaks
    ("A Google spokesperson said 5 percent of staff left.", "5 percent", "Google"),
    # sources
    (
        "The unemployment rate dropped to 4.99 percent, according to the Central Statistics "
        "Agency (BPS).",
        "4.99 percent",
        "Central Statistics Agency",
    ),
    (
        "Citing data from Bank Indonesia, transactions reached Rp 27 trillion.",
        "Rp 27 trillion",
        "Bank Indonesia",
    ),
    ("Still, Google noted that 37 percent of consumers joined recently.", "37 percent", "Google"),
    ("The BPS also pegged the number of laborers at 199.38 million.", "199.38 million", "BPS"),
    (
        "Statistics Indonesia (BPS) has forecast rice production at 32.07 million tons.",
        "32.07 million",
        "Statistics Indonesia",
    ),
    ("Indonesia's digital economy up 11% to $44b in 2020: Google", "11%", "Google"),
    (
        "The sector fell 6.7 percent from Google's earlier projection of $133 billion.",
        "$133 billion",
        "Google",
    ),
    # not cues: a passive, the reporter's own sentence
    (
        "Indonesia is now projected to churn out a total of $124 billion in 2025.",
        "$124 billion",
        None,
    ),
    ("Currently, Indonesia has 64.2 million MSMEs.", "64.2 million", None),
    ("Exports recorded a 5 percent rise, while imports fell as exports slowed.", "5 percent", None),
]


@pytest.mark.parametrize(("text", "probe", "expected"), ID_CASES)
def test_indonesian_patterns(text: str, probe: str, expected: str | None) -> None:
    assert name(text, "id", probe) == expected


@pytest.mark.parametrize(("text", "probe", "expected"), EN_CASES)
def test_english_patterns(text: str, probe: str, expected: str | None) -> None:
    assert name(text, "en", probe) == expected


SPLITS = [
    (
        "id",
        "Deputi Bidang Koordinasi Ekonomi Digital, Ketenagakerjaan, dan UMKM Kemenko "
        "Perekonomian Rudy Salahuddin melaporkan saat ini sekitar 27 juta UMKM go digital.",
        "27 juta",
        (
            "Rudy Salahuddin",
            "Deputi Bidang Koordinasi Ekonomi Digital, Ketenagakerjaan, dan UMKM",
            "Kemenko Perekonomian",
        ),
    ),
    (
        "id",
        "Ketua Asosiasi UMKM Indonesia Muhammad Ikhsan Ingratubun mengatakan UMKM menyumbang "
        "Rp8.400 triliun.",
        "Rp8.400",
        ("Muhammad Ikhsan Ingratubun", "Ketua", "Asosiasi UMKM Indonesia"),
    ),
    (
        "id",
        "Deputi Bidang Perkoperasian Kemenkop UKM Ahmad Zabadi mengatakan permodalan naik 26,66%.",
        "26,66%",
        ("Ahmad Zabadi", "Deputi Bidang Perkoperasian", "Kemenkop UKM"),
    ),
    (
        "en",
        '"KUR will grow by 40 percent," Deputy for Macro Economy and Finance Coordination at '
        "the Coordinating Ministry for Economic Affairs Iskandar Simorangkir stated.",
        "40 percent",
        (
            "Iskandar Simorangkir",
            "Deputy for Macro Economy and Finance Coordination",
            "Coordinating Ministry for Economic Affairs",
        ),
    ),
    (
        "en",
        "Meanwhile, Trade Minister Zulkifli Hasan said exports could reach $300 billion.",
        "$300 billion",
        ("Zulkifli Hasan", "Trade Minister", None),
    ),
    (
        "en",
        '"The number rose 1.67 million," BPS chief Suharyanto said.',
        "1.67 million",
        ("Suharyanto", "chief", "BPS"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "probe", "expected"), SPLITS)
def test_titles_and_organisations_are_split_from_the_name(
    lang: str, text: str, probe: str, expected: tuple[str, str | None, str | None]
) -> None:
    sp = speaker(text, lang, probe)
    assert sp is not None
    assert (sp.name, sp.title, sp.organization) == expected
    assert sp.start is not None and sp.end is not None
    assert text[sp.start : sp.end] == sp.name


def test_organisation_speaker_is_a_source_with_its_acronym_folded() -> None:
    text = (
        "Badan Pusat Statistik (BPS) mencatat pengangguran 7,05 juta orang.\n\n"
        "BPS juga mencatat angkatan kerja 133 juta orang."
    )
    first, second = speaker(text, "id", "7,05 juta"), speaker(text, "id", "133 juta")
    assert first is not None and second is not None
    assert (first.name, first.via) == ("Badan Pusat Statistik", "source")
    assert second.name == "Badan Pusat Statistik"  # "BPS" made canonical
