"""The plan as a run holds it: plain classes (``hpcampaign/plan/model.py``), validated by the
pydantic schema (``plan/schema.py``), and kept compiled in the content cache (``plan/compiled.py``,
``Cache.plan``), so that a run that finds the compiled copy never validates the plan again.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel

from hpcampaign.judge import cache as cache_module
from hpcampaign.judge.cache import Cache, records
from hpcampaign.plan import compiled, model, schema
from hpcampaign.plan.load import PlanError
from hpcampaign.plan.model import Plan

from .conftest import PLAN_PATH


def _schema_models() -> dict[str, type[BaseModel]]:
    return {
        name: value
        for name, value in vars(schema).items()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == schema.__name__
    }


def test_every_schema_model_has_a_plain_class_with_the_same_fields() -> None:
    models = {name: kind for name, kind in _schema_models().items() if name != "Strict"}
    plain = {kind.__name__: kind for kind in model.Data.__subclasses__()}
    assert sorted(models) == sorted(plain)
    assert len(plain) == 15
    for name, kind in models.items():
        assert tuple(kind.model_fields) == plain[name].fields(), name


def test_the_validated_plan_is_made_of_plain_classes(plan: Plan) -> None:
    assert type(plan) is model.Plan
    assert type(plan.rules[0].window) is model.Window
    assert plan.phases[0].start == date(2025, 9, 1) and plan.phases[1].end == date(2025, 9, 27)
    assert plan.meta.timezone == "Asia/Ho_Chi_Minh" and plan.meta.issuer_code == "TTBCXB"
    assert len(plan.rules) == 38
    documentary = plan.kind_by_id["documentary"]
    assert documentary.duration is not None and documentary.duration.min_minutes == 10.0
    assert isinstance(documentary.duration.min_minutes, float)  # the schema's float, not the file's 10
    assert plan.resolve_kind("tin") is plan.kind_by_id["news"]


def test_a_plan_never_changes(plan: Plan) -> None:
    with pytest.raises(AttributeError):
        plan.rules[0].min = 0
    with pytest.raises(AttributeError):
        del plan.meta.place
    with pytest.raises(TypeError):
        model.Text(vi="một")  # a field missing
    with pytest.raises(TypeError):
        model.Text(vi="một", en="one", fr="un")  # a field too many


def test_equal_parts_are_equal_and_hash_alike() -> None:
    one = model.Named(id="vi", name=model.Text(vi="Tiếng Việt", en="Vietnamese"))
    same = model.Named(id="vi", name=model.Text(vi="Tiếng Việt", en="Vietnamese"))
    other = model.Named(id="en", name=model.Text(vi="Tiếng Anh", en="English"))
    assert one == same and hash(one) == hash(same)
    assert one != other
    assert model.Text(vi="a", en="b") != model.Group(id="a", name=model.Text(vi="a", en="b"))
    assert repr(one) == "Named(id='vi', name=Text(vi='Tiếng Việt', en='Vietnamese'))"


def test_a_compiled_plan_reads_back_the_same(plan: Plan) -> None:
    payload = compiled.encode(plan)
    again = compiled.decode(payload)
    assert again == plan and again is not plan
    assert compiled.encode(again) == payload
    assert again.unit_by_id["phuong-hong-bang"].name == "Phường Hồng Bàng"
    assert again.start == plan.start and again.end == plan.end
    data = json.loads(payload)
    assert data[""] == "Plan" and data["phases"][0]["start"] == {"": "date", "iso": "2025-09-01"}


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data.update({"": "Exploit"}),  # a class the plan has not
        lambda data: data.update({"extra": 1}),  # a field too many
        lambda data: data.pop("rules"),  # a field missing
        lambda data: data["phases"][0].update({"start": {"": "date"}}),  # a date without its day
        lambda data: data["phases"][0].update({"start": {"": "date", "iso": 20250901}}),
        lambda data: data["phases"][0].update({"start": {"": "date", "iso": "2025-13-01"}}),
        lambda data: data.update({"": ["Plan"]}),
    ],
)
def test_a_foreign_or_damaged_payload_is_refused(plan: Plan, change: object) -> None:
    data = json.loads(compiled.encode(plan))
    assert callable(change)
    change(data)
    with pytest.raises(ValueError):
        compiled.decode(json.dumps(data).encode())


@pytest.mark.parametrize(
    "payload", [b"", b"not json", b"[1, 2]", b'"Plan"', b'{"": "Text", "vi": "a", "en": "b"}']
)
def test_what_is_not_a_plan_is_refused(payload: bytes) -> None:
    with pytest.raises(ValueError):
        compiled.decode(payload)


def _plan(folder: Path, raw: bytes, name: str) -> Plan:
    """The plan of a run with the cache in ``folder``, the run then over."""
    cache = Cache(folder, raw)
    try:
        return cache.plan(name)
    finally:
        cache.finish(())


def _validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the plans :meth:`Cache.plan` validates from here on."""
    seen: list[str] = []
    real = cache_module.plan_from  # type: ignore[attr-defined]

    def counting(raw: bytes, name: str) -> Plan:
        seen.append(name)
        return real(raw, name)

    monkeypatch.setattr(cache_module, "plan_from", counting)
    return seen


def test_the_cache_validates_a_plan_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: Plan) -> None:
    validated = _validations(monkeypatch)
    raw = PLAN_PATH.read_bytes()
    first = _plan(tmp_path, raw, "plans/haiphong-2025.yaml")
    assert validated == ["plans/haiphong-2025.yaml"]
    assert first == plan
    second = _plan(tmp_path, raw, "plans/haiphong-2025.yaml")
    assert validated == ["plans/haiphong-2025.yaml"]  # the compiled copy
    assert second == plan
    packs = sorted((tmp_path / "v2").glob("*.pack"))
    assert len(packs) == 1


def test_a_damaged_compiled_plan_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: Plan
) -> None:
    validated = _validations(monkeypatch)
    raw = PLAN_PATH.read_bytes()
    _plan(tmp_path, raw, "p.yaml")
    (pack,) = (tmp_path / "v2").glob("*.pack")
    content = bytearray(pack.read_bytes())
    content[-10] ^= 0x01  # one bit of the payload: the checksum no longer holds
    pack.write_bytes(bytes(content))
    assert _plan(tmp_path, raw, "p.yaml") == plan
    assert validated == ["p.yaml", "p.yaml"]
    assert _plan(tmp_path, raw, "p.yaml") == plan  # the new pack's copy wins
    assert validated == ["p.yaml", "p.yaml"]


def test_another_plan_is_not_taken_for_this_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validated = _validations(monkeypatch)
    raw = PLAN_PATH.read_bytes()
    _plan(tmp_path, raw, "a.yaml")
    edited = raw.replace(b"issuer_code: TTBCXB", b"issuer_code: TTBC")
    assert edited != raw
    other = _plan(tmp_path, edited, "b.yaml")
    assert validated == ["a.yaml", "b.yaml"]
    assert other.meta.issuer_code == "TTBC"
    keys: set[str] = set()
    for pack in (tmp_path / "v2").glob("*.pack"):
        with pack.open("rb") as handle:
            keys.update(key for key, _, _ in records(handle))
    assert keys == {Cache(tmp_path, raw).plan_key, Cache(tmp_path, edited).plan_key}


def test_an_invalid_plan_is_never_kept(tmp_path: Path) -> None:
    broken = PLAN_PATH.read_bytes().replace(b"timezone: Asia/Ho_Chi_Minh", b"timezone: Mars/Olympus")
    for _ in range(2):
        with pytest.raises(PlanError) as raised:
            _plan(tmp_path, broken, "plans/x.yaml")
        assert [p.code for p in raised.value.problems] == ["schema"]
    assert not list(tmp_path.glob("v2/*.pack"))
