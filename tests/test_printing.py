"""PDF forms, checked by their extracted text (pypdf) and their font resources."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from unioncase.printing import (
    FONT_ENV_VAR,
    Choice,
    Field,
    FontError,
    FormDocument,
    PersonFormData,
    TableValue,
    chinese_date,
    cjk_font,
    render_person_registration,
)
from unioncase.printing import fonts as fonts_module


def id_with_check_char(first17: str) -> str:
    """A resident ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


ID_NUMBER = id_with_check_char("33040219850615123")
EMPLOYER = "嘉兴市南湖区恒达精密机械制造有限公司"


@pytest.fixture
def person() -> PersonFormData:
    return PersonFormData(
        number="ZG-330402-2026-000123",
        name="张伟",
        id_number=ID_NUMBER,
        sex="男",
        birth_date=date(1985, 6, 15),
        phone="13857312345",
        household="农村",
        union_member=True,
        employer=EMPLOYER,
        address="浙江省嘉兴市南湖区东栅街道中环南路1288号阳光花园17幢2单元1502室",
        station_name="南湖区东栅街道工会服务站",
        notes="2026年10月因欠薪来访，已转劳动争议调解。",
        printed_on=date(2026, 11, 23),
        operator="李晓燕",
    )


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace, so values wrapped over two lines still match."""
    return "".join(text.split())


def page_fonts(pdf: bytes) -> Iterator[Any]:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for ref in resources.get_object()["/Font"].values():
            yield ref.get_object()


def test_person_form_prints_the_worker(person: PersonFormData) -> None:
    pdf = render_person_registration(person)

    texts = pages_text(pdf)
    assert len(texts) == 1
    text = texts[0]
    flat = squeeze(text)
    assert "职工信息登记表" in flat
    assert "ZG-330402-2026-000123" in text
    assert "张伟" in text
    assert ID_NUMBER in text
    assert squeeze(EMPLOYER) in flat
    assert "第 1 页 共 1 页" in text
    for expected in (
        "公民身份号码",
        "1985年6月15日",
        "户籍类别",
        "是否工会会员",
        "登记信息",
        "南湖区东栅街道工会服务站",
        "李晓燕",
        "2026年11月23日",
        "本人承诺以上信息真实有效。",
        "本人签名",
        "经办人签名",
        "服务站盖章",
    ):
        assert expected in flat, expected

    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.title == "职工信息登记表"
    assert metadata.author == "UnionCase"


def test_person_form_with_blanks_and_markup(person: PersonFormData) -> None:
    data = replace(
        person, name="欧阳<娜娜>&", birth_date=None, phone="", household="", address="", notes=""
    )

    text = pages_text(render_person_registration(data))[0]

    assert "欧阳<娜娜>&" in text
    assert "第 1 页 共 1 页" in text


def test_very_long_notes_flow_onto_the_next_page(person: PersonFormData) -> None:
    sentence = "该职工反映用人单位自2026年3月起拖欠工资，多次协商未果，要求协助调解。"
    data = replace(person, notes=sentence * 60)

    texts = pages_text(render_person_registration(data))

    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {len(texts)} 页" in text
    marks = {"南湖区东栅街道工会服务站", "编号：ZG-330402-2026-000123"}
    body = [
        line for t in texts for line in t.splitlines() if line not in marks and "页 共" not in line
    ]
    assert squeeze(sentence * 60) in squeeze("".join(body))
    # Chinese punctuation never starts a line.
    assert not any(line.startswith(("，", "。")) for t in texts for line in t.splitlines())


def test_long_table_repeats_its_header_and_counts_pages() -> None:
    doc = FormDocument(
        "困难职工救助金发放花名册",
        "BF-330402-2026-000045",
        subtitle="（2026年大病救助第二批）",
        organization="嘉兴市职工服务中心",
    )
    doc.field_grid([[Field("救助项目", "大病救助"), Field("发放批次", "第二批", 3)]])
    doc.section("发放明细")
    headers = ["序号", "姓名", "公民身份号码", "工作单位", "金额（元）", "领取人签名"]
    rows: list[list[TableValue]] = [
        [
            n,
            f"职工{n:03d}",
            id_with_check_char(f"3304021985061{n:04d}"),
            "嘉兴某纺织公司",
            "100.00",
            "",
        ]
        for n in range(1, 121)
    ]
    doc.table(
        headers, rows, col_widths=[1, 2, 4, 5, 2.5, 3], totals=["合计", "", "", "", "12000.00", ""]
    )
    doc.signatures(["经办人：", "审核人："])

    pdf = doc.render()
    texts = pages_text(pdf)

    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert "BF-330402-2026-000045" in text
        assert "公民身份号码" in text
        assert "领取人签名" in text
    everything = "".join(texts)
    names = [f"职工{n:03d}" for n in range(1, 121)]
    assert all(name in everything for name in names)
    positions = [everything.index(name) for name in names]
    assert positions == sorted(positions)
    assert "12000.00" in texts[-1]


def test_the_cjk_font_is_embedded(person: PersonFormData) -> None:
    font = cjk_font()
    if not font.embedded:
        pytest.skip("no TrueType CJK font on this machine (install fonts-wqy-zenhei)")
    assert font.path is not None
    assert Path(font.path).is_file()

    pdf = render_person_registration(person)

    fonts = list(page_fonts(pdf))
    assert fonts
    for resource in fonts:  # every font of the PDF is an embedded TrueType subset
        assert resource["/Subtype"] == "/TrueType", resource
        descriptor = resource["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, resource["/BaseFont"]


def test_font_is_registered_once() -> None:
    assert cjk_font() is cjk_font()


def test_explicit_missing_font_raises(tmp_path: Path) -> None:
    with pytest.raises(FontError, match="does not exist") as caught:
        cjk_font(tmp_path / "no-such-font.ttf")
    assert caught.value.code == "font_missing"


def test_explicit_font_that_is_not_truetype_raises(tmp_path: Path) -> None:
    junk = tmp_path / "broken.ttf"
    junk.write_bytes(b"this is not a font" * 100)
    with pytest.raises(FontError, match="cannot load"):
        cjk_font(junk)

    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 100)
    with pytest.raises(FontError, match="CFF"):
        cjk_font(otf)


def test_font_from_environment_is_explicit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, person: PersonFormData
) -> None:
    monkeypatch.setenv(FONT_ENV_VAR, str(tmp_path / "missing.ttc"))
    with pytest.raises(FontError):
        render_person_registration(person)


def test_without_truetype_font_falls_back_to_cid_font(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(FONT_ENV_VAR, raising=False)
    monkeypatch.setattr(fonts_module, "_discovered", None)
    monkeypatch.setattr(fonts_module, "_candidates", lambda: iter(()))

    with caplog.at_level(logging.WARNING, logger=fonts_module.__name__):
        font = cjk_font()

    assert font.name == "STSong-Light"
    assert not font.embedded
    assert font.path is None
    assert "STSong-Light" in caplog.text
    doc = FormDocument("调解协议书", "TJ-330402-2026-000007", font=font)
    doc.paragraph("双方自愿达成如下协议。")
    assert "第 1 页 共 1 页" in pages_text(doc.render())[0]


def test_render_to_writes_the_file(tmp_path: Path) -> None:
    doc = FormDocument("来访登记表", None)
    doc.field_grid(
        [[Field("来访人", "王芳"), Field("来访方式", Choice(("来访", "来电"), "来电"), 3)]]
    )
    doc.seal_box("服务站盖章")
    target = tmp_path / "form.pdf"

    assert doc.render_to(target) == target

    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]
    assert "来访人" in pages_text(target.read_bytes())[0]


def test_field_grid_rows_must_fill_the_columns() -> None:
    doc = FormDocument("测试表", "X-1")
    with pytest.raises(ValueError, match="fills 4 of 6 columns"):
        doc.field_grid([[Field("姓名", "张伟"), Field("性别", "男")]])
    with pytest.raises(ValueError, match="3 cells for 2 columns"):
        doc.table(["a", "b"], [["1", "2", "3"]])
    with pytest.raises(ValueError, match="not one of the options"):
        Choice(("城镇", "农村"), "城市")


def test_chinese_date() -> None:
    assert chinese_date(date(2026, 11, 23)) == "2026年11月23日"
    assert chinese_date(date(2022, 3, 5)) == "2022年3月5日"
    assert chinese_date(None) == ""


def test_the_faster_subsetting_embeds_the_same_glyphs_and_widths() -> None:
    """The registered font reads its big tables in place and writes widths at once; its subsets
    must be byte for byte those of reportlab's own font face, its widths the face's widths."""
    import re

    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFace
    from reportlab.pdfgen import canvas

    font = cjk_font()
    if not font.embedded or font.path is None:
        pytest.skip("no TrueType CJK font on this machine (install fonts-wqy-zenhei)")
    plain = TTFontFace(font.path, subfontIndex=0)  # reportlab's, not registered
    # more than 256 distinct characters: two subsets
    text = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400)) + "ABC abc 123，。（）"
    codes = [ord(c) for c in dict.fromkeys(text)]
    ours = pdfmetrics.getFont(font.name).face
    for subset in (codes[:256], codes[256:], [0, 32, *codes[10:20]]):
        assert ours.makeSubset(subset) == plain.makeSubset(subset)

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(font.name, 10)
    for start in range(0, len(text), 40):
        page.drawString(40, 800 - start, text[start : start + 40])
    page.showPage()
    page.save()
    subsets = [f for f in page_fonts(buffer.getvalue()) if "/FontDescriptor" in f]
    assert len(subsets) == 2
    seen = set()
    for resource in subsets:
        cmap = resource["/ToUnicode"].get_object().get_data().decode("ascii")
        unicode_of = {int(code, 16): int(char, 16)
                      for code, char in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)}
        widths = [float(w) for w in resource["/Widths"]]
        assert len(widths) == resource["/LastChar"] - resource["/FirstChar"] + 1
        expected = [float(fp_str(plain.getCharWidth(unicode_of[c]))) for c in range(len(widths))]
        assert widths == expected
        seen |= set(unicode_of.values())
        font_file = resource["/FontDescriptor"].get_object()["/FontFile2"].get_object()
        subset = [unicode_of[code] for code in range(len(widths))]
        assert font_file.get_data() == plain.makeSubset(subset)
    assert set(codes) <= seen


def test_pages_are_deflated_without_ascii85(person: PersonFormData) -> None:
    pdf = render_person_registration(replace(person, notes="备注" * 2000))  # several pages

    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        contents: Any = page["/Contents"].get_object()
        assert contents["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
        assert f"第 {number} 页 共 {len(pages)} 页" in page.extract_text()
