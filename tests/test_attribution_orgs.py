"""Speaker attribution to organisations and closing attributions, per language, as tables.

Covers: a sentence-final "…, Title Name said" after indirect speech; full organisation names
as sources ("data from the Trade Ministry"); definite role nouns pointing to the last
organisation of their kind ("the lender", "perseroan"); an organisation as the agent of a
forecast or decision about the figure; and the reporter's voice, which stays unattributed.
"""

from __future__ import annotations

import pytest

from claimx.attribution import attribute
from claimx.structure import analyse


def name(text: str, lang: str, probe: str) -> str | None:
    """Return the speaker name claimx gives to the first occurrence of ``probe``."""
    at = text.index(probe)
    sp = attribute(text, lang, analyse(text, lang)).speaker_for(at, at + len(probe))
    return None if sp is None else sp.name


EN_CASES = [
    # 1. a closing attribution after indirect speech names the whole sentence's speaker
    (
        "Meanwhile, the government will set aside $4.5 billion for ports, Maritime Minister "
        "Luhut Pandjaitan said on Thursday.",
        "$4.5 billion",
        "Luhut Pandjaitan",
    ),
    (
        "The state plans to lift the biodiesel blend to 40 percent, Energy Minister Arifin "
        "Tasrif told reporters.",
        "40 percent",
        "Arifin Tasrif",
    ),
    (
        "The government expects the deficit to narrow to 2.6 percent, Finance Minister Sri "
        "Mulyani Indrawati told a news conference in Jakarta on Tuesday.",
        "2.6 percent",
        "Sri Mulyani Indrawati",
    ),
    (
        "The ministry estimated losses at $700 million, Deputy Trade Minister Jerry Sambuaga said.",
        "$700 million",
        "Jerry Sambuaga",
    ),
    (
        "The government put the cost at $900 million, Public Works Minister Basuki "
        "Hadimuljono said on Monday, adding that half would come from private investors and "
        "the rest from the state budget.",
        "$900 million",
        "Basuki Hadimuljono",
    ),
    (
        "The firm said profit grew 11 percent, PT Indofood CBP Sukses Makmur Tbk said in a filing.",
        "11 percent",
        "PT Indofood CBP Sukses Makmur Tbk",
    ),
    (
        "Unilever Indonesia said on Monday it would build a plant. The company said in a "
        "statement the plant would cost $80 million.",
        "$80 million",
        "Unilever Indonesia",
    ),
    (
        "Nickel exports climbed 12 percent, Bahlil Lahadalia, the investment minister, told "
        "parliament.",
        "12 percent",
        "Bahlil Lahadalia",
    ),
    # 2. full organisation names as sources
    (
        "Car sales fell 6 percent in April, data from the Industry Ministry showed.",
        "6 percent",
        "Industry Ministry",
    ),
    (
        "Palm oil stocks rose to 2.1 million tonnes, figures from the Malaysian Palm Oil Board "
        "showed on Monday.",
        "2.1 million tonnes",
        "Malaysian Palm Oil Board",
    ),
    (
        "A report by the Agriculture Ministry said rice output would reach 31 million tonnes.",
        "31 million tonnes",
        "Agriculture Ministry",
    ),
    (
        "Figures released by the Finance Ministry on Friday showed a surplus of $1.2 billion.",
        "$1.2 billion",
        "Finance Ministry",
    ),
    (
        "Statistics Indonesia projects the harvest to grow 3 percent this year.",
        "3 percent",
        "Statistics Indonesia",
    ),
    # 3. a definite role noun points back to the last organisation of its kind
    (
        "PT Vale Indonesia Tbk produced 60,000 tonnes of nickel. The company said in a "
        "statement that output would rise 5 percent next year.",
        "5 percent",
        "PT Vale Indonesia Tbk",
    ),
    (
        "Bank Negara Indonesia opened 30 branches. The lender said bad loans dropped to 2.4 "
        "percent.",
        "2.4 percent",
        "Bank Negara Indonesia",
    ),
    (
        "Bank Negara Indonesia opened 30 branches. The bank's latest report put its capital "
        "ratio at 21 percent.",
        "21 percent",
        "Bank Negara Indonesia",
    ),
    (
        "The Energy Ministry issued new rules on Monday. The ministry also expects coal output "
        "of 700 million tonnes.",
        "700 million tonnes",
        "Energy Ministry",
    ),
    (
        "Bank Negara Indonesia and PT Vale Indonesia Tbk signed a deal. The firm said it would "
        "borrow $300 million.",
        "$300 million",
        "PT Vale Indonesia Tbk",
    ),
    (
        "Bank Negara Indonesia and PT Vale Indonesia Tbk signed a deal. The lender said it "
        "would lend $300 million.",
        "$300 million",
        "Bank Negara Indonesia",
    ),
    (
        "Bank Permata opened 12 branches. The Jakarta-based lender said deposits grew 7 percent.",
        "7 percent",
        "Bank Permata",
    ),
    (
        "PT Timah Tbk said it would mine more tin. The state-controlled company expects "
        "exports of 20,000 tonnes.",
        "20,000 tonnes",
        "PT Timah Tbk",
    ),
    # 4. an organisation as the agent of a forecast or decision about the figure
    (
        "The World Bank lowered its growth forecast for Vietnam to 4.7 percent.",
        "4.7 percent",
        "World Bank",
    ),
    (
        "The central bank held its policy rate at 5.75 percent for a fourth month.",
        "5.75 percent",
        "central bank",
    ),
    ("The Fed raised rates by 25 basis points.", "25 basis points", "Fed"),
    (
        "The Asian Development Bank (ADB) on Thursday trimmed its 2025 growth forecast for "
        "Thailand to 2.6 percent.",
        "2.6 percent",
        "Asian Development Bank",
    ),
    (
        "Bank Danamon reported higher profit. The bank, which serves 8 million customers, kept "
        "its dividend payout ratio at 35 percent.",
        "35 percent",
        "Bank Danamon",
    ),
    ("The OECD projects global growth of 2.7 percent.", "2.7 percent", "OECD"),
    (
        "The World Bank released its outlook on Tuesday. According to the bank's latest "
        "outlook, Indonesia will grow 5 percent.",
        "5 percent",
        "World Bank",
    ),
    (
        "Shares of Bank Mandiri rose. The central bank kept its policy rate at 6 percent.",
        "6 percent",
        "central bank",
    ),
    # reporter's voice: no agent, no cue
    ("The big company employs 5,000 people.", "5,000 people", None),
    ("Rice prices rose 8 percent last month.", "8 percent", None),
    ("Indonesia has 17,000 islands.", "17,000 islands", None),
    ("Widodo raised the minimum wage by 7 percent last year.", "7 percent", None),
    ("The country raised its fuel prices by 30 percent in 2022.", "30 percent", None),
    ("The talks were held in Bali, where 20 leaders met.", "20 leaders", None),
    ("The Finance Ministry held a 20 percent stake in the bank.", "20 percent", None),
    (
        "The IMF raised its forecast for Peru to 3 percent. Copper prices fell 2 percent.",
        "2 percent",
        None,
    ),
]

ID_CASES = [
    # 1. a closing attribution after indirect speech
    (
        "Pemerintah akan menyalurkan bantuan Rp 7 triliun, kata Menteri Sosial Tri Rismaharini "
        "di Jakarta, Rabu.",
        "Rp 7 triliun",
        "Tri Rismaharini",
    ),
    (
        "Pemerintah menargetkan inflasi 3 persen, ujar Menteri Keuangan Sri Mulyani Indrawati "
        "di Gedung DPR, Selasa (12/9).",
        "3 persen",
        "Sri Mulyani Indrawati",
    ),
    (
        "Impor beras turun 20 persen, Kepala Bulog Budi Waseso menyampaikan dalam rapat.",
        "20 persen",
        "Budi Waseso",
    ),
    (
        "Produksi gula ditargetkan 2,6 juta ton, Menteri Pertanian Andi Amran Sulaiman "
        "mengatakan di Jakarta, Kamis, seraya menambahkan impor akan dikurangi.",
        "2,6 juta ton",
        "Andi Amran Sulaiman",
    ),
    (
        "Menteri BUMN Erick Thohir menjelaskan, Kimia Farma akan memastikan produksi 100 juta "
        "dosis.",
        "100 juta dosis",
        "Erick Thohir",
    ),
    (
        "Kepala Dinas Perhubungan Syafrin Liputo mengatakan, jumlah bus dibatasi. Hal ini agar "
        "perusahaan otobus (PO) menaikkan tarif tidak lebih dari 10 persen.",
        "10 persen",
        "Syafrin Liputo",
    ),
    # 2. full organisation names as sources
    (
        "Ekspor CPO naik 9 persen, menurut data Kementerian Perdagangan.",
        "9 persen",
        "Kementerian Perdagangan",
    ),
    (
        "Data Kementerian Perindustrian menunjukkan utilisasi pabrik mencapai 75 persen.",
        "75 persen",
        "Kementerian Perindustrian",
    ),
    (
        "Laporan Kementerian Energi dan Sumber Daya Mineral menyebutkan produksi batu bara "
        "mencapai 690 juta ton.",
        "690 juta ton",
        "Kementerian Energi dan Sumber Daya Mineral",
    ),
    (
        "Neraca dagang surplus 2,9 miliar dollar AS, demikian data Kementerian Perdagangan.",
        "2,9 miliar",
        "Kementerian Perdagangan",
    ),
    # 3. role nouns point back to the last organisation of their kind
    (
        "PT Gudang Garam Tbk meraih laba Rp 6 triliun. Emiten rokok itu mencatat volume "
        "penjualan turun 3 persen.",
        "3 persen",
        "PT Gudang Garam Tbk",
    ),
    (
        "PT Pertamina (Persero) menjual 80 juta kiloliter BBM. Perusahaan pelat merah itu "
        "menargetkan penjualan naik 5 persen.",
        "5 persen",
        "PT Pertamina",
    ),
    (
        "PT Bank Rakyat Indonesia (Persero) Tbk mencatat laba Rp 50 triliun. Perseroan "
        "menyatakan kredit UMKM tumbuh 9 persen.",
        "9 persen",
        "PT Bank Rakyat Indonesia (Persero) Tbk",
    ),
    (
        "PT Bank Mandiri (Persero) Tbk membukukan laba Rp 12 triliun. Perseroan menyatakan "
        "kredit tumbuh 14 persen.",
        "14 persen",
        "PT Bank Mandiri (Persero) Tbk",
    ),
    (
        "PT Astra International Tbk membukukan pendapatan Rp 300 triliun. Menurut perseroan, "
        "penjualan mobil naik 10 persen.",
        "10 persen",
        "PT Astra International Tbk",
    ),
    (
        "PT Semen Indonesia Tbk menambah kapasitas pabrik. Perusahaan tersebut memperkirakan "
        "permintaan semen naik 4 persen.",
        "4 persen",
        "PT Semen Indonesia Tbk",
    ),
    # 4. an organisation deciding or forecasting the figure
    (
        "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen.",
        "6 persen",
        "Bank Indonesia",
    ),
    (
        "Dana Moneter Internasional (IMF) merevisi proyeksi pertumbuhan Indonesia menjadi 5 "
        "persen.",
        "5 persen",
        "Dana Moneter Internasional",
    ),
    (
        "Bank Indonesia pada Rabu mempertahankan suku bunga acuan di level 6,25 persen.",
        "6,25 persen",
        "Bank Indonesia",
    ),
    # the article's own voice
    ("Jumlah penduduk Indonesia mencapai 278 juta jiwa.", "278 juta", None),
    ("Harga cabai naik 15 persen di sejumlah pasar.", "15 persen", None),
    ("Banyak perusahaan menaikkan upah 5 persen tahun ini.", "5 persen", None),
    ("Petani menaikkan harga gabah hingga 10 persen.", "10 persen", None),
    ("Meski demikian, harga beras naik 5 persen.", "5 persen", None),
    (
        "Kinerja ekspor Bank Mandiri akan menaikkan laba hingga 5 persen.",
        "5 persen",
        None,
    ),
    (
        "Kejaksaan Negeri Bogor menahan dua tersangka. Kerugian negara mencapai Rp 3 miliar.",
        "Rp 3 miliar",
        None,
    ),
    (
        "Bank Indonesia menaikkan suku bunga acuan menjadi 6 persen. Rupiah melemah 0,3 persen.",
        "0,3 persen",
        None,
    ),
    ("Harga itu naik 5 persen dalam sepekan.", "5 persen", None),
]


@pytest.mark.parametrize(("text", "probe", "expected"), EN_CASES)
def test_english_organisations_and_closing_attribution(
    text: str, probe: str, expected: str | None
) -> None:
    assert name(text, "en", probe) == expected


@pytest.mark.parametrize(("text", "probe", "expected"), ID_CASES)
def test_indonesian_organisations_and_closing_attribution(
    text: str, probe: str, expected: str | None
) -> None:
    assert name(text, "id", probe) == expected


@pytest.mark.parametrize(
    ("lang", "text", "probe", "title"),
    [
        (
            "en",
            "Output rose 3 percent, Transport Minister Budi Karya Sumadi said.",
            "3 percent",
            "Transport Minister",
        ),
        (
            "id",
            "Produksi naik 3 persen, kata Menteri Perdagangan Zulkifli Hasan di Jakarta, Jumat.",
            "3 persen",
            "Menteri Perdagangan",
        ),
    ],
)
def test_a_portfolio_before_the_title_stays_in_the_title(
    lang: str, text: str, probe: str, title: str
) -> None:
    at = text.index(probe)
    sp = attribute(text, lang, analyse(text, lang)).speaker_for(at, at + len(probe))
    assert sp is not None and sp.title == title and sp.organization is None


def test_a_role_noun_with_no_organisation_before_it_stays_itself() -> None:
    text = "The lender said bad loans fell to 2 percent."
    at = text.index("2 percent")
    sp = attribute(text, "en", analyse(text, "en")).speaker_for(at, at + 9)
    assert sp is not None and sp.name == "lender" and sp.via == "source"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Output reached 790 million tons last year, ministry data shows.", "ministry"),
        ("Output reached 790 million tons, central bank data showed.", "central bank"),
        ("Output reached 790 million tons, BPS data showed.", "BPS"),
        # a document with no owner before it names nobody
        ("Output reached 790 million tons, the report showed.", None),
    ],
)
def test_institution_before_a_document_noun(text: str, speaker: str | None) -> None:
    import claimx

    claim = claimx.extract(text, lang="en").claims[0]
    assert (claim.speaker.name if claim.speaker else None) == speaker


def test_closing_data_source_outranks_the_speaker_before() -> None:
    import claimx

    text = (
        'Exports will fall, minister Bahlil Lahadalia said. "We expect a decline," he said.\n\n'
        "Output last year reached 790 million tons, ministry data shows."
    )
    claim = claimx.extract(text, lang="en").claims[0]
    assert claim.speaker is not None and claim.speaker.name == "ministry"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Analysts at Mandiri Sekuritas expect coal exports to fall 3% this year.",
            "Analysts at Mandiri Sekuritas",
        ),
        (
            "Economists at Bank Central Asia estimate growth of 5.1 percent.",
            "Economists at Bank Central Asia",
        ),
        ("Officials at the ministry say 40 percent of farms are insured.", "ministry"),
    ],
)
def test_plural_subject_verbs(text: str, speaker: str) -> None:
    import claimx

    claim = claimx.extract(text, lang="en").claims[0]
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"Panen naik 40 persen," kata Hanafi.\n\nMenurut dia, tiga provinsi menyumbang 56 persen.',
        '"Panen naik 40 persen," kata Hanafi.\n\nMenurutnya, tiga provinsi menyumbang 56 persen.',
        "Hanafi mengatakan panen naik 4 persen.\n\nMenurut beliau, Jawa menyumbang 56 persen.",
    ],
)  # fmt: skip
def test_source_cue_with_a_pronoun_across_paragraphs(text: str) -> None:
    import claimx

    claim = claimx.extract(text, lang="id").claims[-1]
    assert claim.speaker is not None and claim.speaker.name == "Hanafi"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Toyota kept its full-year operating profit forecast at 4.3 trillion yen.", "Toyota"),
        ("Apple lowered its revenue guidance to $84 billion.", "Apple"),
        # "his" is a person's: a person deciding a figure is no source
        ("Smith raised his forecast to 5 percent.", None),
    ],
)
def test_its_after_a_decision_verb_marks_an_organisation(text: str, speaker: str | None) -> None:
    import claimx

    claim = claimx.extract(text, lang="en").claims[0]
    assert (claim.speaker.name if claim.speaker else None) == speaker


def _speaker(text: str, lang: str, probe: str) -> tuple[str | None, str | None, str | None]:
    at = text.index(probe)
    sp = attribute(text, lang, analyse(text, lang)).speaker_for(at, at + len(probe))
    assert sp is not None, text
    return sp.name, sp.title, sp.organization


@pytest.mark.parametrize(
    ("text", "probe", "expected"),
    [
        # a title, the body its holder heads (ending in a capitalised word), a comma, the holder
        (
            '"Ekspor naik 5 persen," kata Direktur Eksekutif Center of Reform on Economics, '
            "Mohammad Faisal.",
            "5 persen",
            "Mohammad Faisal",
        ),
        (
            '"Kami menolak 200 hektare tambang," ujar perwakilan Solidaritas untuk Warga Kali, '
            "Heru Santosa.",
            "200 hektare",
            "Heru Santosa",
        ),
        (  # a title after the comma marks the holder even with one name word
            '"Kontak tembak terjadi 100 meter dari pos," kata Wakil Kepala Operasi Lilin Sentosa, '
            "Komisaris Besar Faizal, di Jayapura.",
            "100 meter",
            "Faizal",
        ),
        # one bare capitalised word after the comma is a place or a day, not the holder
        ('"Ekspor naik 5 persen," kata Menteri Keuangan Sri Mulyani, Jakarta.', "5", "Sri Mulyani"),
        (
            '"Ekspor naik 5 persen," kata Menteri Keuangan Sri Mulyani, Senin (4/12).',
            "5",
            "Sri Mulyani",
        ),
    ],
)
def test_the_holder_after_a_comma_that_closes_a_titled_body(
    text: str, probe: str, expected: str
) -> None:
    assert _speaker(text, "id", probe)[0] == expected


def test_an_abbreviation_in_brackets_stays_with_the_organisation_it_abbreviates() -> None:
    text = (
        "Ekonom Center of Reform on Economics (CORE) Mohammad Faisal memperkirakan ekonomi "
        "tumbuh di kisaran 4,8 persen."
    )
    assert _speaker(text, "id", "4,8 persen") == (
        "Mohammad Faisal",
        "Ekonom",
        "Center of Reform on Economics (CORE)",
    )


@pytest.mark.parametrize(
    ("lang", "text", "probe", "expected"),
    [
        (  # after a title in lower case, the capitalised words before the head name the body
            "en",
            '"Inflows rose 5 percent," said the head of Indonesia Investment Authority, '
            "Ridha Wirakusumah.",
            "5 percent",
            ("Ridha Wirakusumah", "head", "Indonesia Investment Authority"),
        ),
        (  # a capitalised title's portfolio is capitalised too and stays in the title
            "id",
            "Deputi Bidang Statistik Distribusi dan Jasa BPS Pudji Ismartini mengatakan impor "
            "naik 5 persen.",
            "5 persen",
            (
                "Pudji Ismartini",
                "Deputi Bidang Statistik Distribusi dan Jasa",
                "BPS",
            ),
        ),
    ],
)
def test_title_and_body_split_by_the_case_of_the_title(
    lang: str, text: str, probe: str, expected: tuple[str, str, str]
) -> None:
    assert _speaker(text, lang, probe) == expected


@pytest.mark.parametrize(
    ("text", "probe", "expected"),
    [
        # a quotation's tag: the name, its role set off by commas (with "of"), then the verb
        (
            '"We expect exports to rise 5 percent," Perry Warjiyo, the governor of Bank '
            "Indonesia, told a news conference.",
            "5 percent",
            "Perry Warjiyo",
        ),
        (
            '"Revenue grew 7 percent," Maria Lim, chief executive of Lotus Foods, said.',
            "7 percent",
            "Maria Lim",
        ),
        # a closing attribution opened by a possessive still closes its sentence
        (
            "The company expects revenue to grow 5 percent this year, its chief executive "
            "John Riady said.",
            "5 percent",
            "John Riady",
        ),
        # an institution named by a common noun keeps the nouns that say which
        ("Exports rose 5 percent, the trade ministry said.", "5 percent", "trade ministry"),
        (
            "Exports rose 5 percent, data from the statistics bureau showed.",
            "5 percent",
            "statistics bureau",
        ),
        ("Exports will rise 5 percent, the central bank said.", "5 percent", "central bank"),
        # a tag verb of warning or arguing before the speaker, as "said" is
        (
            "Growth could slow to 4.8 percent, warned Dewi Sari, an economist at Bank Satu.",
            "4.8 percent",
            "Dewi Sari",
        ),
    ],
)
def test_english_tags_closings_and_institutions(text: str, probe: str, expected: str) -> None:
    assert name(text, "en", probe) == expected


@pytest.mark.parametrize(
    ("lang", "text", "probe", "expected"),
    [
        (  # after a tag: the role set off by a comma is the speaker's title and organisation
            "en",
            '"Coal exports fell 12 percent," said Rina Sari, head of the bureau.',
            "12 percent",
            ("Rina Sari", "head", "bureau"),
        ),
        (
            "en",
            "Exports jumped 12 percent, said Dewi Lestari, an economist at the Nusa Research "
            "Institute.",
            "12 percent",
            ("Dewi Lestari", "economist", "Nusa Research Institute"),
        ),
        (  # before the verb: "Name, role, said"
            "en",
            "Sri Mulyani, Indonesia's finance minister, said the deficit would be 2.3 percent.",
            "2.3 percent",
            ("Sri Mulyani", "Indonesia's finance minister", None),
        ),
        (
            "id",
            "Tri Wulandari, dokter emergensi dari Perhimpunan Dokter Muda, memaparkan 80 persen "
            "pasien pulih.",
            "80 persen",
            ("Tri Wulandari", "dokter emergensi", "Perhimpunan Dokter Muda"),
        ),
        (  # words after the comma that open with no title are no role ("beserta anggota")
            "id",
            "Budi Hartono, beserta anggota dewan lainnya, menyatakan 12 persen kursi kosong.",
            "12 persen",
            ("Budi Hartono", None, None),
        ),
    ],
)
def test_a_role_set_off_by_a_comma_after_the_name(
    lang: str, text: str, probe: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _speaker(text, lang, probe) == expected


@pytest.mark.parametrize(
    ("lang", "text", "probe", "expected"),
    [
        # a country's abbreviation before capitalised words opens a body's name, not a person's
        ("en", "Nickel output rose 8 percent, according to the US Geological Survey.", "8",
         "US Geological Survey"),
        # a party's abbreviation is no place: the name after it stays a person
        ("id", "Politikus PDI-P Effendi Simbolon membantah 2,5 persen suara hilang.", "2,5",
         "Effendi Simbolon"),
        # a word that heads a named body, with no title before it: all of it is the body
        ("id", "Menurut Universitas Gadjah Mada, 30 persen lulusan bekerja di luar Jawa.", "30",
         "Universitas Gadjah Mada"),
        ("en", "PT Sinar Raya posted a rise in profit. Revenue climbed 6.5% in 2025, the "
         "company said.", "6.5", "PT Sinar Raya"),
        # ... but with a title, the body's one-word name and then the person
        ("id", "Dirut PT Jakpro Widi Amanasto mengatakan pendapatan naik 5 persen.", "5",
         "Widi Amanasto"),
        # a tag verb before a document noun: the document's source speaks
        ("id", "Produksi nikel naik 8 persen, sebut laporan Bank Dunia.", "8", "Bank Dunia"),
        ("en", "Nickel output rose 8 percent, said a report by the World Bank.", "8",
         "World Bank"),
    ],
)  # fmt: skip
def test_bodies_named_after_abbreviations_and_documents(
    lang: str, text: str, probe: str, expected: str
) -> None:
    assert name(text, lang, probe) == expected


@pytest.mark.parametrize(
    ("lang", "text", "probe", "expected"),
    [
        # a verb of speech only before a clause: with an amount after it, it gains or counts
        ("en", "Shares of Hextar Mining added 15 sen to 2.70 ringgit.", "15 sen", None),
        ("id", "Perseroan menambahkan 50 gerai baru tahun ini.", "50", None),
        # ... and still reports speech before a clause or closing a sentence
        ("en", "Sales rose 5 percent, Budi Hartono added.", "5 percent", "Budi Hartono"),
        ("id", "Budi menambahkan, penjualan naik 5 persen.", "5 persen", "Budi"),
    ],
)
def test_an_amount_after_a_verb_of_adding_is_gained_not_said(
    lang: str, text: str, probe: str, expected: str | None
) -> None:
    assert name(text, lang, probe) == expected
