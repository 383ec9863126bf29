"""Vietnamese names: matching with either tone-mark placement, ASCII slugs, suggestions."""

from __future__ import annotations

import re
import unicodedata

import pytest

from hpcampaign.plan.model import Plan
from hpcampaign.text.names import ascii_fold, name_key, slug, suggest


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Thuỷ", "Thủy"),
        ("Hoà", "Hòa"),
        ("Hoá", "Hóa"),
        ("Quý", "Qúy"),
        ("Nguỵ", "Ngụy"),
        ("Phường Thuỷ Nguyên", "Phường Thủy Nguyên"),
        ("Xã Vĩnh Hoà", "XÃ VĨNH HÒA"),
        ("Sở Văn hoá,  Thể thao", "sở văn hóa, thể thao"),
        (nfd("Phường Hồng Bàng"), "Phường Hồng Bàng"),  # decomposed, as some keyboards type it
        ("Hoà-Bình", "Hòa-Bình"),
    ],
)
def test_same_name(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Cẩm Giang", "Cẩm Giàng"),  # two communes: diacritics are never dropped for matching
        ("Hòa", "Hoa"),
        ("Thủy", "Thúy"),
        ("Đông", "Dong"),
        ("Hải An", "Hải Anh"),
    ],
)
def test_different_names(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_names_resolve_in_the_plan(plan: Plan) -> None:
    assert plan.resolve_unit("Phường Thuỷ Nguyên") is plan.unit_by_id["phuong-thuy-nguyen"]
    assert plan.resolve_unit(" phuong-thuy-nguyen ") is plan.unit_by_id["phuong-thuy-nguyen"]
    giang, giang_2 = plan.unit_by_id["xa-cam-giang"], plan.unit_by_id["xa-cam-giang-2"]
    assert (giang.name, giang_2.name) == ("Xã Cẩm Giang", "Xã Cẩm Giàng")
    assert plan.resolve_unit("xã cẩm giang") is giang
    assert plan.resolve_unit("Xã Cẩm Giàng") is giang_2
    assert plan.resolve_unit("Xã Cam Giang") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Đặc khu Cát Hải", "dac-khu-cat-hai"),
        ("Phường Hồng Bàng", "phuong-hong-bang"),
        ("Xã Cẩm Giàng", "xa-cam-giang"),
        ("Phường Thủy Nguyên", "phuong-thuy-nguyen"),
        ("  Xã  Vĩnh—Hòa! ", "xa-vinh-hoa"),
        (nfd("Đặc khu Bạch Long Vĩ"), "dac-khu-bach-long-vi"),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug(name))


def spec_id(name: str) -> str:
    """SPEC 2.2's id rule, written out on its own (not :func:`slug`): đ→d, diacritics dropped,
    lower case, spaces → ``-``. "Phường Hồng Bàng" → ``phuong-hong-bang``."""
    text = name.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return "-".join(text.lower().split())


def test_commune_ids_follow_the_id_rule(plan: Plan) -> None:
    """SPEC 2.2: type prefix + the name folded to ASCII; a clash gets a numbered suffix."""
    communes = [unit for unit in plan.units if "communes" in unit.groups]
    assert len(communes) == 114
    assert spec_id("Đặc khu Cát Hải") == "dac-khu-cat-hai"  # the SPEC's own example
    clashes = [unit.id for unit in communes if unit.id != spec_id(unit.name)]
    # Xã Cẩm Giàng folds to the id of Xã Cẩm Giang, listed first: the only numbered id.
    assert clashes == ["xa-cam-giang-2"]
    assert spec_id(plan.unit_by_id["xa-cam-giang-2"].name) == "xa-cam-giang"


def test_ascii_fold() -> None:
    assert ascii_fold("Đặc khu Cát Hải") == "dac khu cat hai"
    assert ascii_fold("ĐƯỜNG") == "duong"


@pytest.mark.parametrize(
    ("value", "candidates", "expected"),
    [
        ("artcle", ["news", "article", "report"], "article"),
        ("titel", ["date", "kind", "title", "url"], "title"),
        ("phuong-hong-bag", ["phuong-hong-bang", "phuong-le-chan"], "phuong-hong-bang"),
        ("Phuong Hong Bang", ["Phường Hồng Bàng", "Phường Lê Chân"], "Phường Hồng Bàng"),
        ("tivi", ["tv", "radio", "online"], "tv"),
        ("zzzz", ["news", "article"], None),
        ("anything", [], None),
        # Names that differ only in diacritics are told apart by them.
        ("Cẩm Giang", ["Xã Cẩm Giàng", "Xã Cẩm Giang"], "Xã Cẩm Giang"),
        ("Cẩm Giàng", ["Xã Cẩm Giang", "Xã Cẩm Giàng"], "Xã Cẩm Giàng"),
    ],
)
def test_suggest(value: str, candidates: list[str], expected: str | None) -> None:
    assert suggest(value, candidates) == expected


def test_names_without_diacritics_suggest_every_commune_they_could_be() -> None:
    from hpcampaign.text.catalogue import render

    names = ["Xã Cẩm Giang", "Xã Cẩm Giàng", "Xã Tuệ Tĩnh"]
    assert suggest("Xa Cam Giang", names) == "Xã Cẩm Giang | Xã Cẩm Giàng"
    assert suggest("Xã Cẩm Giàg", names) == "Xã Cẩm Giàng"
    message = render(
        "unknown-unit", {"value": "Xa Cam Giang", "suggestion": "Xã Cẩm Giang | Xã Cẩm Giàng"}, "vi"
    )
    assert message.endswith("có phải 'Xã Cẩm Giang' hay 'Xã Cẩm Giàng'?")


def test_invisible_characters_do_not_make_another_name() -> None:
    assert name_key("Phường Hồng\u200b Bàng") == name_key("Phường Hồng Bàng")
    assert name_key("\ufeffPhường Hồng Bàng") == name_key("Phường Hồng Bàng")
