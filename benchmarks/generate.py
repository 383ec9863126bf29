"""Write a deterministic corpus of submission files (format 1) for the benchmarks.

Words used here:

- *corpus*: a folder of submission files, as a campaign's shared repository would hold them,
  plus ``manifest.json`` (what was written: counts of items, files and injected errors). The
  checker reads only ``*.yaml``/``*.yml``, so the manifest is never checked.
- *slot*: one (unit, ISO week) pair. A unit reports once a week, so the campaign of the shipped
  plan (2025-08-20 … 2026-02-28, 28 ISO weeks) and its 134 units give 3,752 slots. Asking for
  fewer files leaves slots out (chosen at random); asking for more splits a slot's days into
  *parts*, one file each.
- *weight*: how much a unit publishes, relative to the others: the city's press and portal
  publish most, each commune a little; a file's item count follows its unit's weight (± 40 %),
  and the counts are rounded so that they add up to exactly ``--items``.
- *error item*: an item written wrong on purpose (a bad date, an unknown kind, a duplicate, …).
  About ``--error-rate`` of all items are error items, concentrated in *sloppy files* (a share
  ``--sloppy-files`` of the files), as they are in life: most clerks get it right.

Every file is valid YAML (so that ``yaml.load`` can read the whole corpus for the baseline);
every error is one the checker reports, not one the parser stops at. The same arguments write
the same bytes: one ``random.Random(seed)`` drives everything, in a fixed order.

Usage::

    python -m benchmarks.generate --items 1000000 --files 2400 --out benchmarks/corpus/1m
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from hpcampaign.plan.load import load_plan
from hpcampaign.plan.model import Plan, Unit
from hpcampaign.text.names import slug

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "plans" / "haiphong-2025.yaml"
DEFAULT_OUT = ROOT / "benchmarks" / "corpus"
MANIFEST = "manifest.json"

#: Kinds a unit publishes, with relative frequencies, by the role the unit plays.
MIXES: dict[str, dict[str, int]] = {
    "city-press": {
        "news": 34,
        "article": 24,
        "report": 10,
        "photo_report": 6,
        "video_clip": 9,
        "trailer": 3,
        "bulletin": 6,
        "special_page": 2,
        "live_broadcast": 1,
        "documentary": 1,
        "radio_report": 4,
    },
    "vtv": {
        "news": 40,
        "report": 25,
        "video_clip": 20,
        "documentary": 3,
        "live_broadcast": 2,
        "bulletin": 10,
    },
    "vov": {"news": 45, "radio_report": 20, "bulletin": 25, "report": 10},
    "central-press": {"news": 45, "article": 35, "photo_report": 12, "report": 8},
    "portal": {"portal_post": 78, "portal_section": 2, "social_post": 18, "avatar_campaign": 2},
    "so-vhttdl": {
        "social_post": 40,
        "portal_post": 30,
        "speaker_session": 8,
        "visual_display": 8,
        "press_conference": 4,
        "leaflet": 4,
        "audio_file": 6,
    },
    "departments": {
        "social_post": 58,
        "portal_post": 30,
        "portal_section": 2,
        "avatar_campaign": 4,
        "speaker_session": 6,
    },
    "communes": {
        "loudspeaker_broadcast": 45,
        "visual_display": 10,
        "speaker_session": 8,
        "social_post": 30,
        "portal_post": 6,
        "portal_section": 1,
    },
}
#: Relative publishing volume of one unit of each role.
WEIGHTS = {
    "city-press": 25.0,
    "vtv": 8.0,
    "vov": 8.0,
    "central-press": 8.0,
    "portal": 8.0,
    "so-vhttdl": 4.0,
    "departments": 1.5,
    "communes": 2.0,
}
#: Where a unit's items are published (the host of their URLs), by unit id; others use the portal.
HOSTS = {
    "bao-va-ptth-hai-phong": "https://baohaiphong.vn",
    "chuyen-de-an-ninh-hai-phong": "https://anninhhaiphong.vn",
    "vtv": "https://vtv.vn",
    "vov": "https://vov.vn",
    "ttxvn": "https://baotintuc.vn",
    "bao-nhan-dan": "https://nhandan.vn",
    "bao-dau-tu": "https://baodautu.vn",
    "cong-ttdt-thanh-pho": "https://haiphong.gov.vn",
}
PLATFORMS = {
    "press": (["online"], ["online", "print"], ["tv", "youtube"], ["radio"], ["online", "facebook"]),
    "social_post": (["facebook"], ["zalo"], ["facebook", "zalo"], ["tiktok"], ["youtube"]),
    "loudspeaker_broadcast": (["loudspeaker"],),
    "visual_display": (["street"],),
}
FOREIGN = {
    "en": ("Hai Phong Party Congress: {a}", "Hai Phong city {a}", "Congress delegates discuss {a}"),
    "zh": ("海防市党代会：{a}", "海防{a}", "代表讨论{a}"),
    "ko": ("하이퐁시 당대회: {a}", "하이퐁 {a}", "대표단 {a} 논의"),
    "ja": ("ハイフォン市党大会：{a}", "ハイフォン{a}", "代表が{a}を議論"),
    "fr": ("Congrès du Parti de Hai Phong : {a}", "Hai Phong, {a}"),
    "ru": ("Съезд партии Хайфона: {a}", "Хайфон: {a}"),
}
FOREIGN_TOPICS = {
    "en": (
        "sea economy",
        "digital transformation",
        "new term goals",
        "green growth",
        "seaport logistics",
        "urban renewal",
        "culture and tourism",
        "a new chapter",
    ),
    "zh": ("海洋经济", "数字化转型", "新任期目标", "绿色增长", "港口物流", "城市更新"),
    "ko": ("해양 경제", "디지털 전환", "새 임기 목표", "녹색 성장", "항만 물류"),
    "ja": ("海洋経済", "デジタル変革", "新任期の目標", "グリーン成長", "港湾物流"),
    "fr": ("l'économie maritime", "la transformation numérique", "la croissance verte"),
    "ru": ("морская экономика", "цифровая трансформация", "зелёный рост"),
}
#: Foreign languages a unit may publish in, by unit id (VOV5 and VTV's foreign-affairs board).
FOREIGN_UNITS = {
    "bao-va-ptth-hai-phong": ("en", "zh", "ko", "ja"),
    "vov": ("en", "zh", "fr", "ru", "ja", "ko"),
    "vtv": ("en", "fr"),
    "cong-ttdt-thanh-pho": ("en",),
}
OPENINGS = (
    "Hải Phòng",
    "Thành phố Cảng",
    "Đảng bộ thành phố",
    "Đại hội Đại biểu Đảng bộ Thành phố",
    "Nhân dân thành phố",
    "Cán bộ, đảng viên",
    "Thanh niên Hải Phòng",
    "Các xã, phường, đặc khu",
    "Ngành văn hóa",
    "Lực lượng vũ trang",
    "Doanh nghiệp Hải Phòng",
    "Đặc khu Cát Hải",
    "Khu kinh tế Đình Vũ - Cát Hải",
    "Báo chí thành phố",
)
VERBS = (
    "hướng về",
    "chào mừng",
    "sẵn sàng cho",
    "lập thành tích chào mừng",
    "góp ý dự thảo văn kiện",
    "thi đua hướng tới",
    "tin tưởng vào",
    "quyết tâm thực hiện",
    "lan tỏa",
    "vững bước cùng",
    "đồng lòng xây dựng",
    "kỳ vọng vào",
    "chung sức vì",
    "tự hào về",
)
TOPICS = (
    "Đại hội lần thứ I, nhiệm kỳ 2025-2030",
    "kinh tế biển",
    "chuyển đổi số",
    "khát vọng vươn ra biển lớn",
    "nông thôn mới kiểu mẫu",
    "đô thị văn minh, hiện đại",
    "cảng biển quốc tế",
    "văn hóa và con người Hải Phòng",
    "tăng trưởng xanh",
    "an sinh xã hội",
    "giảm nghèo bền vững",
    "công nghiệp công nghệ cao",
    "du lịch Cát Bà - Hạ Long",
    "di sản Bạch Đằng",
    "hạ tầng giao thông",
    "cải cách hành chính",
    "thu hút đầu tư",
    "sự đoàn kết, thống nhất",
    "nhiệm kỳ mới",
    "những mùa vàng bội thu",
)
TAILS = (
    "",
    "",
    "",
    " - Phần {n}",
    " (kỳ {n})",
    ": Dấu ấn {n} năm",
    " tại phường {place}",
    " ở xã {place}",
    " - Ghi nhận từ cơ sở",
    ": Niềm tin và kỳ vọng",
)
PLACES = (
    "Hồng Bàng",
    "Lê Chân",
    "Ngô Quyền",
    "Hải An",
    "Kiến An",
    "Đồ Sơn",
    "Thủy Nguyên",
    "An Dương",
    "Tiên Lãng",
)
REPORTERS = (
    "Nguyễn Thị Lan",
    "Trần Văn Hùng",
    "Lê Thị Thu Hà",
    "Phạm Minh Đức",
    "Vũ Thị Hoà",
    "Đặng Quốc Khánh",
    "Bùi Thị Thuỷ",
    "Hoàng Văn Nam",
    "Đỗ Thị Hương",
    "Ngô Thanh Tùng",
)
NOTES = (
    "Phát 2 lần/ngày, sáng và chiều",
    "Tiếp sóng Đài Phát thanh thành phố",
    "Băng rôn trên trục đường chính",
    "Pano tại trung tâm xã",
    "Đăng lại từ Cổng thông tin thành phố",
    "Có phụ đề tiếng Anh",
    "Phát trên loa không dây",
    "Treo tại nhà văn hóa tổ dân phố",
)
#: Error kinds and their relative frequency among error items.
ERRORS = {
    "bad-date": 24,
    "unknown-kind": 18,
    "duplicate-item": 24,
    "unknown-platform": 5,
    "unknown-language": 3,
    "duration-out-of-range": 5,
    "unknown-field": 8,
    "schema-count": 5,
    "outside-period": 8,
}
BAD_DATES = ("31/09/2025", "2025/09/29", "29.09.2025", "ngày 29/9", "32/10/2025", "2025-13-01", "29-9-25")
BAD_KINDS = ("tin_tuc", "artcle", "phong_su", "loudspeaker", "post", "bai-viet", "News Item")
BAD_PLATFORMS = ("facebok", "web", "fb", "truyen-hinh")
BAD_LANGUAGES = ("vn", "eng", "cn")
BAD_FIELDS = (
    ("tittle", "Tiêu đề gõ nhầm tên trường"),
    ("link", "https://example.vn/x"),
    ("ghi_chu", "ghi chú"),
)


@dataclass(slots=True)
class Slot:
    """One file to write: a unit, its role, the days it covers and how many items it holds."""

    unit: Unit
    role: str
    week: str
    part: int
    parts: int
    days: list[date]
    items: int = 0
    errors: int = 0


@dataclass(slots=True)
class Recorded:
    """A titled item already written, so that a later one can duplicate it."""

    day: date
    kind: str
    title: str
    url: str | None


@dataclass(slots=True)
class Stats:
    """What the generator wrote (becomes ``manifest.json``)."""

    items: int = 0
    files: int = 0
    bytes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)


def role(unit: Unit) -> str:
    """The publishing role of a unit: its own id where it has a mix, else its main group."""
    if unit.id in ("vtv", "vov", "so-vhttdl"):
        return unit.id
    if unit.id == "cong-ttdt-thanh-pho":
        return "portal"
    for group in ("city-press", "central-press", "departments", "communes"):
        if group in unit.groups:
            return group
    return "departments"


def campaign_weeks(plan: Plan) -> list[tuple[str, list[date]]]:
    """Every ISO week of the campaign with its days (clipped to the campaign), in order."""
    weeks: dict[str, list[date]] = {}
    day = plan.start
    while day <= plan.end:
        year, number, _ = day.isocalendar()
        weeks.setdefault(f"{year}-W{number:02d}", []).append(day)
        day += timedelta(days=1)
    return list(weeks.items())


def plan_slots(plan: Plan, files: int, rng: random.Random) -> list[Slot]:
    """``files`` slots or parts of slots, in a fixed order (week, then unit, then part)."""
    weeks = campaign_weeks(plan)
    pairs = [(week, days, unit) for week, days in weeks for unit in plan.units]
    if files <= len(pairs):
        chosen = sorted(rng.sample(range(len(pairs)), files))
        return [Slot(pairs[i][2], role(pairs[i][2]), pairs[i][0], 0, 1, pairs[i][1]) for i in chosen]
    base, extra = divmod(files, len(pairs))
    more = set(rng.sample(range(len(pairs)), extra))
    slots: list[Slot] = []
    for index, (week, days, unit) in enumerate(pairs):
        parts = base + (1 if index in more else 0)
        for part in range(parts):
            lo, hi = len(days) * part // parts, len(days) * (part + 1) // parts
            slots.append(Slot(unit, role(unit), week, part, parts, days[lo:hi] or days))
    return slots


def share(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights``, as whole numbers that add up to ``total``."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: counts[i] - exact[i])
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


class Writer:
    """Renders the files of one corpus; one instance, one random stream, one pass."""

    def __init__(self, plan: Plan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.stats = Stats()
        self.serial: Counter[str] = Counter()
        self.history: dict[str, list[Recorded]] = {}
        self.timed = {kind.id: kind.duration for kind in plan.kinds if kind.duration is not None}
        self.slug_cache: dict[str, str] = {}

    # -- values -------------------------------------------------------------------------------

    def title(self, language: str, day: date, kind: str, used: set[str]) -> str:
        """A title not yet used by this file for the same day and kind (so never a duplicate by chance)."""
        rng = self.rng
        attempt = 0
        while True:
            if language == "vi":
                tail = rng.choice(TAILS).format(n=rng.randint(1, 12), place=rng.choice(PLACES))
                text = f"{rng.choice(OPENINGS)} {rng.choice(VERBS)} {rng.choice(TOPICS)}{tail}"
            else:
                text = rng.choice(FOREIGN[language]).format(a=rng.choice(FOREIGN_TOPICS[language]))
            if attempt >= 10:
                text = f"{text} ({attempt - 9})"
            key = f"{day.toordinal()}|{kind}|{' '.join(text.split()).casefold()}"
            if key not in used:
                used.add(key)
                return text
            attempt += 1

    def url(self, unit: Unit, kind: str, title: str, platforms: list[str] | None) -> str:
        """A web address never used before: the unit's site (or a social network) and a serial."""
        self.serial[unit.id] += 1
        number = self.serial[unit.id]
        if platforms and platforms[0] in ("facebook", "zalo", "tiktok", "youtube"):
            site = {
                "facebook": "https://www.facebook.com",
                "zalo": "https://zalo.me",
                "tiktok": "https://www.tiktok.com",
                "youtube": "https://www.youtube.com",
            }[platforms[0]]
            return f"{site}/{unit.id}/posts/{number}"
        host = HOSTS.get(unit.id, f"https://{unit.id}.haiphong.gov.vn")
        cached = self.slug_cache.get(title)
        if cached is None:
            cached = self.slug_cache[title] = slug(title)[:60]
        return f"{host}/{kind.replace('_', '-')}/{cached}-{number}.html"

    def duration(self, kind: str, good: bool) -> str:
        """A duration as clerks write it, inside the kind's bounds when ``good``, else outside."""
        rng = self.rng
        bounds = self.timed[kind]
        if good:
            seconds = rng.randint(math.ceil(bounds.min_minutes * 60), math.floor(bounds.max_minutes * 60))
        else:
            seconds = rng.choice((math.floor(bounds.max_minutes * 60) + rng.randint(60, 900), 90))
        minutes, secs = divmod(seconds, 60)
        style = rng.random()
        if style < 0.7:
            return f"{minutes}:{secs:02d}"  # unquoted: YAML 1.1 would read a number
        if style < 0.8:
            return f'"{minutes}:{secs:02d}"'
        if style < 0.9:
            return f"PT{minutes}M{secs}S" if secs else f"PT{minutes}M"
        if style < 0.95:
            return f"{minutes}m{secs}s"
        return str(minutes)

    def date_text(self, day: date, style: str) -> str:
        """``day`` in a file's date style: ``iso``, ``vn`` (29/09/2025) or ``mixed`` (any form)."""
        if style == "iso":
            return day.isoformat()
        if style == "vn":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        pick = self.rng.random()
        if pick < 0.4:
            return day.isoformat()
        if pick < 0.7:
            return f"{day.day}/{day.month}/{day.year}"
        if pick < 0.85:
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        return (
            f"{day.isoformat()}T{self.rng.randint(6, 21):02d}:{self.rng.choice((0, 15, 30, 45)):02d}:00+07:00"
        )

    # -- files --------------------------------------------------------------------------------

    def render(self, slot: Slot, path: Path) -> None:
        """Write the file of ``slot``: a header in one of several styles, then its items."""
        rng = self.rng
        unit = slot.unit
        style = "iso" if rng.random() < 0.8 else ("vn" if rng.random() < 0.75 else "mixed")
        flow = rng.random() < 0.3
        with_period = rng.random() < 0.6 and slot.parts == 1
        lines = ["# Báo cáo kết quả tuyên truyền Đại hội" if rng.random() < 0.5 else "format: 1"]
        name = unit.name if rng.random() < 0.05 else unit.id
        lines.append(f"unit: {_quote(name)}")
        if rng.random() < 0.8:
            lines.append(f"reporter: {rng.choice(REPORTERS)}")
        if with_period:
            lines.append(f"period: {{from: {slot.days[0].isoformat()}, to: {slot.days[-1].isoformat()}}}")
        if slot.items == 0:
            lines.append("items: []")
            self._write(path, lines)
            return
        lines.append("items:")
        mix = MIXES[slot.role]
        kinds, weights = list(mix), list(mix.values())
        days = sorted(rng.choices(slot.days, k=slot.items))
        error_at = set(rng.sample(range(slot.items), slot.errors))
        used: set[str] = set()
        written: list[Recorded] = []
        history = self.history.setdefault(unit.id, [])
        for index, day in enumerate(days):
            if index in error_at:
                kind = rng.choices(list(ERRORS), list(ERRORS.values()))[0]
                lines.extend(self.error_item(slot, kind, day, style, with_period, used, written, history))
                continue
            kind = rng.choices(kinds, weights)[0]
            lines.extend(self.item(unit, kind, day, style, flow, used, written))
        history.extend(written[-20:])
        del history[:-60]
        self._write(path, lines)

    def item(
        self,
        unit: Unit,
        kind: str,
        day: date,
        style: str,
        flow: bool,
        used: set[str],
        written: list[Recorded],
        *,
        extra: tuple[str, ...] = (),
        kind_text: str | None = None,
    ) -> list[str]:
        """The lines of one good item (``extra`` lines and ``kind_text`` make it a bad one)."""
        rng = self.rng
        shown_kind = kind_text if kind_text is not None else kind
        self.stats.kinds[shown_kind] += 1
        when = self.date_text(day, style)
        if kind in ("loudspeaker_broadcast", "visual_display"):
            count = rng.choice((1, 1, 2, 2, 3, 4)) if kind == "loudspeaker_broadcast" else rng.randint(1, 20)
            self.stats.languages["vi"] += 1
            if flow and not extra:
                return [f"  - {{date: {when}, kind: {shown_kind}, count: {count}}}"]
            lines = [f"  - date: {when}", f"    kind: {shown_kind}"]
            lines.append(f'    count: "{count}"' if rng.random() < 0.05 else f"    count: {count}")
            if rng.random() < 0.2:
                lines.append(f"    platforms: [{', '.join(rng.choice(PLATFORMS[kind]))}]")
            if rng.random() < 0.1:
                lines.append(f"    note: {rng.choice(NOTES)}")
            return lines + list(extra)
        language = "vi"
        if (
            unit.id in FOREIGN_UNITS
            and kind in ("news", "bulletin", "report", "portal_post")
            and rng.random() < 0.12
        ):
            language = rng.choice(FOREIGN_UNITS[unit.id])
        self.stats.languages[language] += 1
        text = self.title(language, day, kind, used)
        lines = [f"  - date: {when}", f"    kind: {shown_kind}", f"    title: {_quote(text)}"]
        platforms: list[str] | None = None
        if kind == "social_post":
            platforms = list(rng.choice(PLATFORMS["social_post"]))
        elif kind not in ("speaker_session", "press_conference", "leaflet") and rng.random() < 0.7:
            platforms = list(rng.choice(PLATFORMS["press"]))
        link: str | None = None
        if kind not in ("speaker_session", "press_conference", "leaflet") and rng.random() < 0.85:
            link = self.url(unit, kind, text, platforms)
            lines.append(f"    url: {link}")
        if platforms is not None:
            lines.append(
                f"    platforms: {platforms[0]}"
                if len(platforms) == 1 and rng.random() < 0.2
                else f"    platforms: [{', '.join(platforms)}]"
            )
        if language != "vi":
            lines.append(f"    language: {language.upper() if rng.random() < 0.1 else language}")
        if kind in self.timed:
            lines.append(f"    duration: {self.duration(kind, True)}")
        if kind == "speaker_session" and rng.random() < 0.5:
            lines.append(f"    count: {rng.randint(1, 5)}")
        if rng.random() < 0.05:
            lines.append(f"    note: {rng.choice(NOTES)}")
        written.append(Recorded(day, kind, text, link))
        return lines + list(extra)

    def error_item(
        self,
        slot: Slot,
        error: str,
        day: date,
        style: str,
        with_period: bool,
        used: set[str],
        written: list[Recorded],
        history: list[Recorded],
    ) -> list[str]:
        """The lines of one item with the given error (or a bad date where it cannot have it)."""
        rng = self.rng
        unit = slot.unit
        kind = rng.choices(list(MIXES[slot.role]), list(MIXES[slot.role].values()))[0]
        candidates = written + ([] if with_period else history)
        if error == "duplicate-item" and not candidates:
            error = "bad-date"
        if error == "outside-period" and not with_period:
            error = "bad-date"
        self.stats.errors[error] += 1
        if error == "bad-date":
            lines = self.item(unit, kind, day, style, False, used, [])
            lines[0] = f'  - date: "{rng.choice(BAD_DATES)}"'
            return lines
        if error == "unknown-kind":
            return self.item(unit, kind, day, style, False, used, [], kind_text=rng.choice(BAD_KINDS))
        if error == "duplicate-item":
            first = rng.choice(candidates)
            self.stats.kinds[first.kind] += 1
            lines = [f"  - date: {first.day.isoformat()}", f"    kind: {first.kind}"]
            lines.append(f"    title: {_quote(first.title.upper() if rng.random() < 0.2 else first.title)}")
            if first.url is not None:
                lines.append(f"    url: {first.url}")
            if first.kind in self.timed:
                lines.append(f"    duration: {self.duration(first.kind, True)}")
            return lines
        if error == "unknown-platform":
            lines = self.item(unit, "social_post", day, style, False, used, [])
            return [line for line in lines if not line.startswith("    platforms:")] + [
                f"    platforms: [{rng.choice(BAD_PLATFORMS)}]"
            ]
        if error == "unknown-language":
            lines = self.item(unit, "news", day, style, False, used, [])
            return [line for line in lines if not line.startswith("    language:")] + [
                f"    language: {rng.choice(BAD_LANGUAGES)}"
            ]
        if error == "duration-out-of-range":
            timed = rng.choice(sorted(self.timed))
            self.stats.kinds[timed] += 1
            return [
                f"  - date: {self.date_text(day, style)}",
                f"    kind: {timed}",
                f"    title: {_quote(self.title('vi', day, timed, used))}",
                f"    duration: {self.duration(timed, False)}",
            ]
        if error == "unknown-field":
            name, value = rng.choice(BAD_FIELDS)
            return self.item(unit, kind, day, style, False, used, [], extra=(f"    {name}: {_quote(value)}",))
        if error == "schema-count":
            self.stats.kinds["loudspeaker_broadcast"] += 1
            return [
                f"  - date: {self.date_text(day, style)}",
                "    kind: loudspeaker_broadcast",
                f"    count: {rng.choice(('0', '-3', 'nhiều', '20000'))}",
            ]
        # outside-period: a day of the week after the file's period.
        lines = self.item(unit, kind, day, style, False, used, [])
        lines[0] = f"  - date: {(slot.days[-1] + timedelta(days=rng.randint(1, 6))).isoformat()}"
        return lines

    def _write(self, path: Path, lines: list[str]) -> None:
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.stats.files += 1
        self.stats.bytes += len(data)


def _quote(text: str) -> str:
    """``text`` as a YAML scalar: plain where that reads back as the same string, else quoted."""
    plain = (
        text
        and text[0] not in "-?:,[]{}#&*!|>'\"%@` "
        and text[-1] not in ": "
        and ": " not in text
        and " #" not in text
        and not text.replace(".", "").replace("-", "").isdigit()
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def generate(
    out: Path,
    *,
    items: int,
    files: int,
    seed: int = 2025,
    error_rate: float = 0.01,
    sloppy_files: float = 0.1,
    plan_path: Path = DEFAULT_PLAN,
) -> Stats:
    """Write a corpus of ``files`` files holding ``items`` items to ``out``; return what was written."""
    if files < 1 or items < 0:
        raise ValueError("need at least one file and no negative item count")
    plan = load_plan(plan_path)
    rng = random.Random(seed)
    slots = plan_slots(plan, files, rng)
    weights = [WEIGHTS[s.role] * rng.uniform(0.6, 1.4) * len(s.days) / 7 for s in slots]
    for slot, count in zip(slots, share(items, weights), strict=True):
        slot.items = count
    errors = round(items * error_rate)
    filled = [i for i, s in enumerate(slots) if s.items > 0]
    if errors and filled:
        sloppy = sorted(rng.sample(filled, max(1, min(len(filled), round(len(slots) * sloppy_files)))))
        for index, count in zip(sloppy, share(errors, [slots[i].items for i in sloppy]), strict=True):
            slots[index].errors = min(count, slots[index].items)
    writer = Writer(plan, rng)
    for slot in slots:
        suffix = f"-{slot.part + 1}" if slot.parts > 1 else ""
        writer.render(slot, out / slot.week / f"{slot.unit.id}{suffix}.yaml")
    writer.stats.items = sum(s.items for s in slots)
    manifest = {
        "generator": "benchmarks.generate/1",
        "seed": seed,
        "items": writer.stats.items,
        "files": writer.stats.files,
        "bytes": writer.stats.bytes,
        "error_rate": error_rate,
        "sloppy_files": sloppy_files,
        "error_items": sum(writer.stats.errors.values()),
        "errors": dict(sorted(writer.stats.errors.items())),
        "kinds": dict(sorted(writer.stats.kinds.items())),
        "languages": dict(sorted(writer.stats.languages.items())),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return writer.stats


def _clear(out: Path) -> None:
    """Remove a corpus this generator wrote before (recognised by its manifest); refuse anything else."""
    if not out.exists():
        return
    if not any(out.iterdir()):
        return
    manifest = out / MANIFEST
    if not manifest.is_file() or "benchmarks.generate/" not in manifest.read_text(encoding="utf-8"):
        raise SystemExit(
            f"{out} is not empty and holds no corpus of this generator: refusing to overwrite it"
        )
    shutil.rmtree(out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--items", type=int, default=1_000_000, help="item entries in all (default 1,000,000)"
    )
    parser.add_argument("--files", type=int, default=2_400, help="files in all (default 2,400)")
    parser.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    parser.add_argument("--error-rate", type=float, default=0.01, help="share of error items (default 0.01)")
    parser.add_argument(
        "--sloppy-files", type=float, default=0.1, help="share of files that hold the errors (default 0.1)"
    )
    parser.add_argument(
        "--plan", type=Path, default=DEFAULT_PLAN, help="the plan whose units and kinds to use"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"folder to write (default {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    _clear(args.out)
    stats = generate(
        args.out,
        items=args.items,
        files=args.files,
        seed=args.seed,
        error_rate=args.error_rate,
        sloppy_files=args.sloppy_files,
        plan_path=args.plan,
    )
    print(
        f"wrote {stats.items:,} items in {stats.files:,} files ({stats.bytes / 1e6:.1f} MB) to {args.out}; "
        f"{sum(stats.errors.values()):,} error items"
    )


if __name__ == "__main__":
    main()
