"""Every rule of the shipped plan, revision 2 (SPEC 2.3), judged on hand-computed cases.

For each of the 38 rules: a case on track (``ok``), one behind (an open period below target), one
missed (a closed period below target) and, where the rule has a maximum, one over it. Each case
is a few items written as real submission files, checked through ``run_check`` as of a date (today
is fixed at 30 November 2026, after every date here, so nothing is a ``future-date``), and the
result of one rule, scope and period is compared with the expected one: (from, to, status,
actual). Items that must *not* count (another kind, language, platform, a day outside the window,
a duration out of bounds) sit beside those that do.

Dates of the shipped plan (SPEC 2.1): ``before`` 1–25/9/2025 (25 days), ``during`` 26–27/9,
``after`` 28/9/2025–18/1/2026 (3 + 31 + 30 + 31 + 18 = 113 days), ``xiv`` 19–23/1/2026; the
campaign runs from 20/8/2025 (the preparation deliverables) to 28/2/2026 (``review-report``).
Averages: count ÷ (days ÷ 7), days = the window's length once closed, the days from its start
through as-of while open; ``actual`` is rounded to 2 decimals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from hpcampaign.judge.run import CheckOptions, CheckReport, run_check
from hpcampaign.plan.model import Plan
from hpcampaign.plan.periods import window
from hpcampaign.records import Status

TODAY = date(2026, 11, 30)

# Units and scopes.
BV = "bao-va-ptth-hai-phong"
CD = "chuyen-de-an-ninh-hai-phong"
CP = "city-press"
VTV, VOV, TTXVN, NHAN_DAN, DAU_TU = "vtv", "vov", "ttxvn", "bao-nhan-dan", "bao-dau-tu"
PORTAL = "cong-ttdt-thanh-pho"
SO = "so-vhttdl"
HONG_BANG, LE_CHAN, AN_LAO, NGO_QUYEN, KIEN_THUY, CAT_HAI = (
    "phuong-hong-bang",
    "phuong-le-chan",
    "xa-an-lao",
    "phuong-ngo-quyen",
    "xa-kien-thuy",
    "dac-khu-cat-hai",
)
NOI_VU, TU_PHAP, Y_TE = "so-noi-vu", "so-tu-phap", "so-y-te"

#: Kinds that need no title in the shipped plan.
UNTITLED = frozenset({"loudspeaker_broadcast", "visual_display", "notice_board"})
#: A duration that fits the kind, where the kind needs one.
DEFAULT_DURATION = {"documentary": "12:00", "audio_file": "6:00"}


@dataclass(frozen=True)
class Item:
    """One item of a submission: (unit, date, kind, count) and extra fields (platforms, …)."""

    unit: str
    day: str
    kind: str
    count: int = 1
    platforms: tuple[str, ...] = ()
    language: str | None = None
    duration: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Case:
    """A rule, a scope and an as-of date; the items; the expected (from, to, status, actual)."""

    rule: str
    scope: str
    as_of: str
    items: tuple[Item, ...]
    expected: tuple[str, str, Status, float]
    language: str | None = None


def it(
    unit: str,
    day: str,
    kind: str,
    count: int = 1,
    *,
    platforms: tuple[str, ...] = (),
    language: str | None = None,
    duration: str | None = None,
    url: str | None = None,
) -> Item:
    return Item(unit, day, kind, count, platforms, language, duration, url)


def case(
    rule: str,
    scope: str,
    as_of: str,
    items: list[Item],
    expected: tuple[str, str, Status, float],
    language: str | None = None,
) -> Case:
    return Case(rule, scope, as_of, tuple(items), expected, language)


CASES: list[Case] = [
    # ---- press-daily-before: city-press combined, news…video_clip, 10–15 every day of before ----
    case(
        "press-daily-before",
        CP,
        "2025-09-10",
        # 6 + 4 = 10 on 5/9 (the trailers are not counted; the 20 of 6/9 are another day)
        [
            it(BV, "2025-09-05", "news", 6),
            it(CD, "2025-09-05", "article", 4),
            it(BV, "2025-09-05", "trailer", 3, platforms=("tv",)),
            it(BV, "2025-09-06", "news", 20),
        ],
        ("2025-09-05", "2025-09-05", "ok", 10),
    ),
    case(
        "press-daily-before",
        CP,
        "2025-09-05",
        [it(BV, "2025-09-05", "report", 9)],
        ("2025-09-05", "2025-09-05", "behind", 9),
    ),
    case(
        "press-daily-before",
        CP,
        "2025-09-06",
        [it(BV, "2025-09-05", "photo_report", 5), it(CD, "2025-09-05", "video_clip", 4)],  # 5 + 4 = 9
        ("2025-09-05", "2025-09-05", "missed", 9),
    ),
    case(
        "press-daily-before",
        CP,
        "2025-09-06",
        [it(CD, "2025-09-05", "news", 16)],
        ("2025-09-05", "2025-09-05", "over", 16),
    ),
    # ---- trailer-daily-before: bao-va-ptth, trailer on radio or tv, ≥1 every day of before ----
    case(
        "trailer-daily-before",
        BV,
        "2025-09-10",
        [it(BV, "2025-09-03", "trailer", platforms=("radio",))],
        ("2025-09-03", "2025-09-03", "ok", 1),
    ),
    case(
        "trailer-daily-before",
        BV,
        "2025-09-10",
        # the same trailer (same URL) aired again on 4/9 counts again: repeatable
        [
            it(BV, "2025-09-03", "trailer", platforms=("tv",), url="https://thhp.vn/t"),
            it(BV, "2025-09-04", "trailer", platforms=("tv",), url="https://thhp.vn/t"),
        ],
        ("2025-09-04", "2025-09-04", "ok", 1),
    ),
    case(
        "trailer-daily-before",
        BV,
        "2025-09-03",
        [it(BV, "2025-09-03", "trailer", platforms=("facebook",))],  # Facebook only: not counted
        ("2025-09-03", "2025-09-03", "behind", 0),
    ),
    case(
        "trailer-daily-before",
        BV,
        "2025-09-10",
        [it(BV, "2025-09-04", "trailer")],  # no platform listed: not counted
        ("2025-09-04", "2025-09-04", "missed", 0),
    ),
    # ---- special-pages: city-press each, special_page, ≥1 from 20/8 to the end of before ----
    case(
        "special-pages",
        CD,
        "2025-09-30",
        [it(CD, "2025-08-22", "special_page")],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "special-pages",
        BV,
        "2025-09-10",
        [it(BV, "2025-09-09", "news")],
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "special-pages",
        BV,
        "2025-09-26",
        [it(BV, "2025-09-26", "special_page")],  # the day after the window
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- leaders-series: city-press combined, leader_article, ≥2 by the end of before ----
    case(
        "leaders-series",
        CP,
        "2025-09-30",
        [it(BV, "2025-08-25", "leader_article"), it(CD, "2025-09-15", "leader_article")],
        ("2025-08-20", "2025-09-25", "ok", 2),
    ),
    case(
        "leaders-series",
        CP,
        "2025-09-20",
        [it(BV, "2025-09-15", "leader_article"), it(BV, "2025-09-16", "article")],
        ("2025-08-20", "2025-09-25", "behind", 1),
    ),
    case(
        "leaders-series",
        CP,
        "2025-09-26",
        [it(CD, "2025-09-10", "leader_article"), it(BV, "2025-09-26", "leader_article")],
        ("2025-08-20", "2025-09-25", "missed", 1),
    ),
    # ---- vtv-documentary-before: vtv, documentary of 10–15 min, 2–3 in before ----
    case(
        "vtv-documentary-before",
        VTV,
        "2025-09-30",
        [
            it(VTV, "2025-09-05", "documentary", duration="10:00"),
            it(VTV, "2025-09-20", "documentary", duration="15:00"),
        ],
        ("2025-09-01", "2025-09-25", "ok", 2),
    ),
    case(
        "vtv-documentary-before",
        VTV,
        "2025-09-10",
        [it(VTV, "2025-09-05", "documentary", duration="12:00")],
        ("2025-09-01", "2025-09-25", "behind", 1),
    ),
    case(
        "vtv-documentary-before",
        VTV,
        "2025-09-26",
        # 9:59 is below 10 minutes: reported (a warning) and not counted
        [
            it(VTV, "2025-09-05", "documentary", duration="12:00"),
            it(VTV, "2025-09-06", "documentary", duration="9:59"),
        ],
        ("2025-09-01", "2025-09-25", "missed", 1),
    ),
    case(
        "vtv-documentary-before",
        VTV,
        "2025-09-26",
        [it(VTV, day, "documentary") for day in ("2025-09-02", "2025-09-09", "2025-09-16", "2025-09-23")],
        ("2025-09-01", "2025-09-25", "over", 4),
    ),
    # ---- vov-report-before: vov, radio_report, 2–3 in before ----
    case(
        "vov-report-before",
        VOV,
        "2025-09-30",
        [it(VOV, day, "radio_report") for day in ("2025-09-02", "2025-09-12", "2025-09-22")],
        ("2025-09-01", "2025-09-25", "ok", 3),
    ),
    case(
        "vov-report-before",
        VOV,
        "2025-09-15",
        [it(VOV, "2025-09-12", "radio_report")],
        ("2025-09-01", "2025-09-25", "behind", 1),
    ),
    case(
        "vov-report-before",
        VOV,
        "2025-09-30",
        [it(VOV, "2025-09-12", "radio_report"), it(VOV, "2025-09-26", "radio_report")],  # 26/9: during
        ("2025-09-01", "2025-09-25", "missed", 1),
    ),
    case(
        "vov-report-before",
        VOV,
        "2025-09-15",
        [it(VOV, "2025-09-03", "radio_report", 4)],  # over while still open
        ("2025-09-01", "2025-09-25", "over", 4),
    ),
    # ---- loudspeaker-before: communes each, average 2–3 a week over before (25 days) ----
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-30",
        [it(HONG_BANG, "2025-09-10", "loudspeaker_broadcast", 8)],  # 8 ÷ (25/7) = 56/25 = 2.24
        ("2025-09-01", "2025-09-25", "ok", 2.24),
    ),
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-14",
        # open, 14 days so far: (2 + 3) ÷ (14/7) = 2.5
        [
            it(HONG_BANG, "2025-09-02", "loudspeaker_broadcast", 2),
            it(HONG_BANG, "2025-09-09", "loudspeaker_broadcast", 3),
        ],
        ("2025-09-01", "2025-09-25", "ok", 2.5),
    ),
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-14",
        [it(HONG_BANG, "2025-09-09", "loudspeaker_broadcast", 3)],  # 3 ÷ (14/7) = 1.5
        ("2025-09-01", "2025-09-25", "behind", 1.5),
    ),
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-26",
        # 7 ÷ (25/7) = 49/25 = 1.96; the 5 of 26/9 are in during
        [
            it(HONG_BANG, "2025-09-10", "loudspeaker_broadcast", 7),
            it(HONG_BANG, "2025-09-26", "loudspeaker_broadcast", 5),
        ],
        ("2025-09-01", "2025-09-25", "missed", 1.96),
    ),
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-30",
        [it(HONG_BANG, "2025-09-10", "loudspeaker_broadcast", 11)],  # 11 ÷ (25/7) = 77/25 = 3.08
        ("2025-09-01", "2025-09-25", "over", 3.08),
    ),
    case(
        "loudspeaker-before",
        HONG_BANG,
        "2025-09-07",
        [it(HONG_BANG, "2025-09-03", "loudspeaker_broadcast", 4)],  # open, 7 days: 4 ÷ (7/7) = 4
        ("2025-09-01", "2025-09-25", "over", 4),
    ),
    # ---- visual-before: communes each, visual_display, ≥1 in before ----
    case(
        "visual-before",
        AN_LAO,
        "2025-09-30",
        [it(AN_LAO, "2025-09-10", "visual_display")],
        ("2025-09-01", "2025-09-25", "ok", 1),
    ),
    case(
        "visual-before",
        AN_LAO,
        "2025-09-10",
        [it(AN_LAO, "2025-09-11", "visual_display")],  # after as-of: not counted yet
        ("2025-09-01", "2025-09-25", "behind", 0),
    ),
    case(
        "visual-before",
        AN_LAO,
        "2025-09-26",
        [it(AN_LAO, "2025-08-30", "visual_display")],  # before the phase
        ("2025-09-01", "2025-09-25", "missed", 0),
    ),
    # ---- visual-city-centre: so-vhttdl, visual_display on street, ≥1 by the end of before ----
    case(
        "visual-city-centre",
        SO,
        "2025-09-30",
        [it(SO, "2025-08-28", "visual_display", platforms=("street",))],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "visual-city-centre",
        SO,
        "2025-09-10",
        [it(SO, "2025-09-05", "visual_display")],  # no platform: not on the street
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "visual-city-centre",
        SO,
        "2025-09-26",
        [it(SO, "2025-09-05", "visual_display", platforms=("portal", "facebook"))],
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- portal-section: portal, so-vhttdl, departments, communes each; ≥1 from 20/8 to end of before ----
    case(
        "portal-section",
        NOI_VU,
        "2025-09-30",
        [it(NOI_VU, "2025-08-20", "portal_section")],  # the window's first day
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "portal-section",
        SO,
        "2025-09-30",
        [it(SO, "2025-09-25", "portal_section")],  # the window's last day
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "portal-section",
        PORTAL,
        "2025-09-01",
        [it(PORTAL, "2025-09-01", "portal_post")],
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "portal-section",
        SO,
        "2025-09-26",
        [it(SO, "2025-09-26", "portal_section")],
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    case(
        "portal-section",
        CAT_HAI,
        "2025-09-30",
        [it(CAT_HAI, "2025-09-01", "portal_post")],
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- online-weekly: portal, so-vhttdl, departments, communes each; portal_post or social_post,
    # ≥1 every ISO week of before … xiv (1/9/2025 … 23/1/2026) ----
    case(
        "online-weekly",
        HONG_BANG,
        "2025-09-30",
        [it(HONG_BANG, "2025-09-10", "portal_post")],  # only on its website: on track
        ("2025-09-08", "2025-09-14", "ok", 1),
    ),
    case(
        "online-weekly",
        SO,
        "2025-09-30",
        [it(SO, "2025-09-27", "social_post", platforms=("facebook",))],
        ("2025-09-22", "2025-09-28", "ok", 1),
    ),
    case(
        "online-weekly",
        LE_CHAN,
        "2026-01-10",
        [it(LE_CHAN, "2026-01-02", "portal_post")],  # the week across the new year
        ("2025-12-29", "2026-01-04", "ok", 1),
    ),
    case(
        "online-weekly",
        TU_PHAP,
        "2026-02-01",
        [it(TU_PHAP, "2026-01-23", "social_post")],  # the last week, clipped to xiv's Friday
        ("2026-01-19", "2026-01-23", "ok", 1),
    ),
    case(
        "online-weekly",
        SO,
        "2025-09-10",
        [it(SO, "2025-09-07", "portal_post")],  # last week's
        ("2025-09-08", "2025-09-14", "behind", 0),
    ),
    case(
        "online-weekly",
        PORTAL,
        "2025-09-30",
        [it(PORTAL, "2025-09-29", "portal_post")],  # next week's
        ("2025-09-22", "2025-09-28", "missed", 0),
    ),
    case(
        "online-weekly",
        TU_PHAP,
        "2026-02-01",
        [it(TU_PHAP, "2026-01-24", "social_post")],  # after the window's last day
        ("2026-01-19", "2026-01-23", "missed", 0),
    ),
    # ---- press-social-weekly: city-press each, social_post on zalo/facebook/youtube/tiktok,
    # ≥1 every week of before and during (1–27/9) ----
    case(
        "press-social-weekly",
        CD,
        "2025-09-30",
        [it(CD, "2025-09-27", "social_post", platforms=("tiktok",))],  # the week clipped to 27/9
        ("2025-09-22", "2025-09-27", "ok", 1),
    ),
    case(
        "press-social-weekly",
        BV,
        "2025-09-10",
        [it(BV, "2025-09-01", "social_post", platforms=("zalo", "portal"))],
        ("2025-09-01", "2025-09-07", "ok", 1),
    ),
    case(
        "press-social-weekly",
        BV,
        "2025-09-03",
        [it(BV, "2025-09-02", "social_post", platforms=("portal",))],
        ("2025-09-01", "2025-09-07", "behind", 0),
    ),
    case(
        "press-social-weekly",
        BV,
        "2025-09-30",
        [it(BV, "2025-09-16", "social_post")],  # no platform listed
        ("2025-09-15", "2025-09-21", "missed", 0),
    ),
    # ---- avatar-campaign: so-vhttdl, avatar_campaign, ≥1 by the end of before ----
    case(
        "avatar-campaign",
        SO,
        "2025-09-30",
        [it(SO, "2025-08-20", "avatar_campaign")],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "avatar-campaign",
        SO,
        "2025-09-25",
        [it(SO, "2025-09-25", "leaflet")],  # the window's last day is still open
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "avatar-campaign",
        SO,
        "2025-09-26",
        [it(SO, "2025-09-26", "avatar_campaign")],
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- foreign-languages-before: bao-va-ptth, bulletin or report, per language zh/en/ko/ja ----
    case(
        "foreign-languages-before",
        BV,
        "2025-09-30",
        [it(BV, "2025-09-05", "bulletin", language="zh")],
        ("2025-09-01", "2025-09-25", "ok", 1),
        language="zh",
    ),
    case(
        "foreign-languages-before",
        BV,
        "2025-09-30",
        [it(BV, "2025-09-25", "report", language="ja")],
        ("2025-09-01", "2025-09-25", "ok", 1),
        language="ja",
    ),
    case(
        "foreign-languages-before",
        BV,
        "2025-09-10",
        # a news item is not a bulletin or report; French is not one of the four
        [it(BV, "2025-09-05", "news", language="en"), it(BV, "2025-09-06", "bulletin", language="fr")],
        ("2025-09-01", "2025-09-25", "behind", 0),
        language="en",
    ),
    case(
        "foreign-languages-before",
        BV,
        "2025-09-26",
        [it(BV, "2025-09-26", "report", language="ko")],  # 26/9 is during
        ("2025-09-01", "2025-09-25", "missed", 0),
        language="ko",
    ),
    case(
        "foreign-languages-before",
        BV,
        "2025-09-30",
        [it(BV, "2025-09-05", "bulletin", language="en")],  # English does not count for Chinese
        ("2025-09-01", "2025-09-25", "missed", 0),
        language="zh",
    ),
    # ---- foreign-affairs-central: vtv, vov, ttxvn, bao-dau-tu each; news/report/bulletin in any
    # language but vi; ≥1 by the end of during (20/8–27/9) ----
    case(
        "foreign-affairs-central",
        TTXVN,
        "2025-09-30",
        [it(TTXVN, "2025-09-27", "news", language="fr")],
        ("2025-08-20", "2025-09-27", "ok", 1),
    ),
    case(
        "foreign-affairs-central",
        VTV,
        "2025-09-30",
        [it(VTV, "2025-08-25", "bulletin", language="th")],
        ("2025-08-20", "2025-09-27", "ok", 1),
    ),
    case(
        "foreign-affairs-central",
        VOV,
        "2025-09-20",
        [it(VOV, "2025-09-10", "report", language="vi")],
        ("2025-08-20", "2025-09-27", "behind", 0),
    ),
    case(
        "foreign-affairs-central",
        DAU_TU,
        "2025-09-28",
        [it(DAU_TU, "2025-09-10", "article", language="en")],  # an article is not counted
        ("2025-08-20", "2025-09-27", "missed", 0),
    ),
    # ---- press-conference-before: so-vhttdl, press_conference, ≥1 in before ----
    case(
        "press-conference-before",
        SO,
        "2025-09-30",
        [it(SO, "2025-09-22", "press_conference")],
        ("2025-09-01", "2025-09-25", "ok", 1),
    ),
    case(
        "press-conference-before",
        SO,
        "2025-09-20",
        [it(SO, "2025-09-22", "press_conference")],  # after as-of: not counted yet
        ("2025-09-01", "2025-09-25", "behind", 0),
    ),
    case(
        "press-conference-before",
        SO,
        "2025-09-26",
        [it(SO, "2025-08-28", "press_conference")],  # before the phase
        ("2025-09-01", "2025-09-25", "missed", 0),
    ),
    # ---- unit-plans: portal, city-press, central-press, departments, communes each; unit_plan,
    # ≥1 from 20/8 to the end of before ----
    case(
        "unit-plans",
        VTV,
        "2025-09-30",
        [it(VTV, "2025-08-21", "unit_plan")],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "unit-plans",
        PORTAL,
        "2025-09-30",
        [it(PORTAL, "2025-09-01", "unit_plan")],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "unit-plans",
        KIEN_THUY,
        "2025-09-01",
        [it(KIEN_THUY, "2025-09-01", "portal_post")],
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "unit-plans",
        Y_TE,
        "2025-09-30",
        [it(Y_TE, "2025-09-28", "unit_plan")],  # after the window
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- press-registration: city-press, central-press each; ≥1 from 20/8 to the end of before ----
    case(
        "press-registration",
        NHAN_DAN,
        "2025-09-30",
        [it(NHAN_DAN, "2025-09-20", "press_registration")],
        ("2025-08-20", "2025-09-25", "ok", 1),
    ),
    case(
        "press-registration",
        BV,
        "2025-09-25",
        [it(BV, "2025-09-25", "news")],
        ("2025-08-20", "2025-09-25", "behind", 0),
    ),
    case(
        "press-registration",
        CD,
        "2025-09-26",
        [it(CD, "2025-09-26", "press_registration")],
        ("2025-08-20", "2025-09-25", "missed", 0),
    ),
    # ---- press-daily-during: city-press combined, 30–40 every day of during ----
    case(
        "press-daily-during",
        CP,
        "2025-09-28",
        [it(BV, "2025-09-26", "news", 20), it(CD, "2025-09-26", "article", 10)],  # 20 + 10 = 30
        ("2025-09-26", "2025-09-26", "ok", 30),
    ),
    case(
        "press-daily-during",
        CP,
        "2025-09-28",
        [it(BV, "2025-09-27", "report", 25), it(CD, "2025-09-27", "photo_report", 15)],  # 25 + 15 = 40
        ("2025-09-27", "2025-09-27", "ok", 40),
    ),
    case(
        "press-daily-during",
        CP,
        "2025-09-27",
        [it(BV, "2025-09-27", "news", 29)],
        ("2025-09-27", "2025-09-27", "behind", 29),
    ),
    case(
        "press-daily-during",
        CP,
        "2025-09-28",
        # 29 on 26/9; the special pages are not counted
        [it(BV, "2025-09-26", "video_clip", 29), it(CD, "2025-09-26", "special_page", 5)],
        ("2025-09-26", "2025-09-26", "missed", 29),
    ),
    case(
        "press-daily-during",
        CP,
        "2025-09-28",
        [it(BV, "2025-09-27", "news", 21), it(CD, "2025-09-27", "news", 20)],  # 21 + 20 = 41
        ("2025-09-27", "2025-09-27", "over", 41),
    ),
    # ---- central-press-coverage: central-press each, news…special_page, ≥1 by the end of during ----
    case(
        "central-press-coverage",
        NHAN_DAN,
        "2025-09-30",
        [it(NHAN_DAN, "2025-08-25", "special_page")],
        ("2025-08-20", "2025-09-27", "ok", 1),
    ),
    case(
        "central-press-coverage",
        DAU_TU,
        "2025-09-27",
        [it(DAU_TU, "2025-09-27", "press_registration")],
        ("2025-08-20", "2025-09-27", "behind", 0),
    ),
    case(
        "central-press-coverage",
        VOV,
        "2025-09-28",
        [it(VOV, "2025-09-10", "radio_report")],  # a radio report is not counted here
        ("2025-08-20", "2025-09-27", "missed", 0),
    ),
    # ---- live-broadcast-during: bao-va-ptth, live_broadcast on tv, ≥1 in during ----
    case(
        "live-broadcast-during",
        BV,
        "2025-09-28",
        [it(BV, "2025-09-26", "live_broadcast", platforms=("tv", "youtube"))],
        ("2025-09-26", "2025-09-27", "ok", 1),
    ),
    case(
        "live-broadcast-during",
        BV,
        "2025-09-28",
        # the same broadcast (same URL) on both Congress days: two airings (repeatable)
        [
            it(BV, "2025-09-26", "live_broadcast", platforms=("tv",), url="https://thhp.vn/live"),
            it(BV, "2025-09-27", "live_broadcast", platforms=("tv",), url="https://thhp.vn/live"),
        ],
        ("2025-09-26", "2025-09-27", "ok", 2),
    ),
    case(
        "live-broadcast-during",
        BV,
        "2025-09-26",
        [it(BV, "2025-09-26", "live_broadcast", platforms=("radio",))],  # radio: not tv
        ("2025-09-26", "2025-09-27", "behind", 0),
    ),
    case(
        "live-broadcast-during",
        BV,
        "2025-09-28",
        [it(BV, "2025-09-25", "live_broadcast", platforms=("tv",))],  # the day before the Congress
        ("2025-09-26", "2025-09-27", "missed", 0),
    ),
    # ---- vtv-documentary-during: vtv, documentary of 10–15 min, ≥2 in during ----
    case(
        "vtv-documentary-during",
        VTV,
        "2025-09-28",
        [
            it(VTV, "2025-09-26", "documentary", duration="12:00"),
            it(VTV, "2025-09-27", "documentary", duration="14:59"),
        ],
        ("2025-09-26", "2025-09-27", "ok", 2),
    ),
    case(
        "vtv-documentary-during",
        VTV,
        "2025-09-26",
        [it(VTV, "2025-09-26", "documentary")],
        ("2025-09-26", "2025-09-27", "behind", 1),
    ),
    case(
        "vtv-documentary-during",
        VTV,
        "2025-09-28",
        # 25/9 is before; 15:01 is above 15 minutes
        [
            it(VTV, "2025-09-25", "documentary"),
            it(VTV, "2025-09-26", "documentary", duration="12:00"),
            it(VTV, "2025-09-27", "documentary", duration="15:01"),
        ],
        ("2025-09-26", "2025-09-27", "missed", 1),
    ),
    # ---- vov-report-during: vov, radio_report, ≥2 in during ----
    case(
        "vov-report-during",
        VOV,
        "2025-09-28",
        [it(VOV, "2025-09-26", "radio_report"), it(VOV, "2025-09-27", "radio_report")],
        ("2025-09-26", "2025-09-27", "ok", 2),
    ),
    case(
        "vov-report-during",
        VOV,
        "2025-09-26",
        [it(VOV, "2025-09-26", "radio_report")],
        ("2025-09-26", "2025-09-27", "behind", 1),
    ),
    case(
        "vov-report-during",
        VOV,
        "2025-09-28",
        [it(VOV, "2025-09-27", "radio_report"), it(VOV, "2025-09-28", "radio_report")],  # 28/9: after
        ("2025-09-26", "2025-09-27", "missed", 1),
    ),
    # ---- loudspeaker-during: communes each, 3–5 in the Congress week 22–28/9 (reports under during) ----
    case(
        "loudspeaker-during",
        LE_CHAN,
        "2025-09-29",
        [it(LE_CHAN, day, "loudspeaker_broadcast") for day in ("2025-09-22", "2025-09-25", "2025-09-28")],
        ("2025-09-22", "2025-09-28", "ok", 3),
    ),
    case(
        "loudspeaker-during",
        LE_CHAN,
        "2025-09-26",
        [it(LE_CHAN, "2025-09-22", "loudspeaker_broadcast", 2)],
        ("2025-09-22", "2025-09-28", "behind", 2),
    ),
    case(
        "loudspeaker-during",
        HONG_BANG,
        "2025-09-29",
        # one on each Congress day: 2; the 4 of 21/9 are in the week before
        [
            it(HONG_BANG, "2025-09-21", "loudspeaker_broadcast", 4),
            it(HONG_BANG, "2025-09-26", "loudspeaker_broadcast"),
            it(HONG_BANG, "2025-09-27", "loudspeaker_broadcast"),
        ],
        ("2025-09-22", "2025-09-28", "missed", 2),
    ),
    case(
        "loudspeaker-during",
        AN_LAO,
        "2025-09-29",
        [it(AN_LAO, "2025-09-24", "loudspeaker_broadcast", 6)],
        ("2025-09-22", "2025-09-28", "over", 6),
    ),
    case(
        "loudspeaker-during",
        AN_LAO,
        "2025-09-24",
        [it(AN_LAO, "2025-09-23", "loudspeaker_broadcast", 6)],  # over while open
        ("2025-09-22", "2025-09-28", "over", 6),
    ),
    # ---- foreign-languages-during: bao-va-ptth, bulletin or report, per language, in during ----
    case(
        "foreign-languages-during",
        BV,
        "2025-09-28",
        [it(BV, "2025-09-27", "report", language="ja")],
        ("2025-09-26", "2025-09-27", "ok", 1),
        language="ja",
    ),
    case(
        "foreign-languages-during",
        BV,
        "2025-09-26",
        [it(BV, "2025-09-26", "bulletin", language="ko")],
        ("2025-09-26", "2025-09-27", "behind", 0),
        language="en",
    ),
    case(
        "foreign-languages-during",
        BV,
        "2025-09-28",
        [it(BV, "2025-09-25", "bulletin", language="zh")],  # 25/9 is before
        ("2025-09-26", "2025-09-27", "missed", 0),
        language="zh",
    ),
    # ---- speaker-sessions: communes each, speaker_session, ≥1 by the end of during ----
    case(
        "speaker-sessions",
        NGO_QUYEN,
        "2025-09-28",
        [it(NGO_QUYEN, "2025-09-27", "speaker_session")],
        ("2025-08-20", "2025-09-27", "ok", 1),
    ),
    case(
        "speaker-sessions",
        NGO_QUYEN,
        "2025-09-27",
        [it(NGO_QUYEN, "2025-09-27", "visual_display")],
        ("2025-08-20", "2025-09-27", "behind", 0),
    ),
    case(
        "speaker-sessions",
        NGO_QUYEN,
        "2025-09-28",
        [it(NGO_QUYEN, "2025-09-28", "speaker_session")],
        ("2025-08-20", "2025-09-27", "missed", 0),
    ),
    # ---- leaflet: so-vhttdl, leaflet, ≥1 by the end of during ----
    case(
        "leaflet",
        SO,
        "2025-09-28",
        [it(SO, "2025-09-18", "leaflet")],
        ("2025-08-20", "2025-09-27", "ok", 1),
    ),
    case(
        "leaflet",
        SO,
        "2025-09-20",
        [it(SO, "2025-09-18", "avatar_campaign")],
        ("2025-08-20", "2025-09-27", "behind", 0),
    ),
    case(
        "leaflet",
        SO,
        "2025-09-28",
        [it(SO, "2025-09-28", "leaflet")],
        ("2025-08-20", "2025-09-27", "missed", 0),
    ),
    # ---- audio-files: so-vhttdl, audio_file of 5–7 min, ≥2 by the end of during ----
    case(
        "audio-files",
        SO,
        "2025-09-28",
        [
            it(SO, "2025-09-10", "audio_file", duration="5:00"),
            it(SO, "2025-09-20", "audio_file", duration="7:00"),
        ],
        ("2025-08-20", "2025-09-27", "ok", 2),
    ),
    case(
        "audio-files",
        SO,
        "2025-09-20",
        [it(SO, "2025-09-15", "audio_file", duration="6:00")],
        ("2025-08-20", "2025-09-27", "behind", 1),
    ),
    case(
        "audio-files",
        SO,
        "2025-09-28",
        # 7:30 is above 7 minutes: reported and not counted
        [
            it(SO, "2025-09-15", "audio_file", duration="6:00"),
            it(SO, "2025-09-16", "audio_file", duration="7:30"),
        ],
        ("2025-08-20", "2025-09-27", "missed", 1),
    ),
    # ---- department-online-during: so-vhttdl, portal_post or social_post, ≥1 every day of during ----
    case(
        "department-online-during",
        SO,
        "2025-09-28",
        [it(SO, "2025-09-26", "social_post", platforms=("facebook",))],
        ("2025-09-26", "2025-09-26", "ok", 1),
    ),
    case(
        "department-online-during",
        SO,
        "2025-09-27",
        [it(SO, "2025-09-26", "portal_post")],
        ("2025-09-27", "2025-09-27", "behind", 0),
    ),
    case(
        "department-online-during",
        SO,
        "2025-09-28",
        [it(SO, "2025-09-25", "portal_post")],
        ("2025-09-27", "2025-09-27", "missed", 0),
    ),
    # ---- press-conference-after: so-vhttdl, press_conference, ≥1 from 27/9 to the end of after ----
    case(
        "press-conference-after",
        SO,
        "2026-01-19",
        [it(SO, "2025-09-27", "press_conference")],  # the closing day, after the closing session
        ("2025-09-27", "2026-01-18", "ok", 1),
    ),
    case(
        "press-conference-after",
        SO,
        "2025-10-10",
        [it(SO, "2025-09-22", "press_conference")],  # the one before the Congress
        ("2025-09-27", "2026-01-18", "behind", 0),
    ),
    case(
        "press-conference-after",
        SO,
        "2026-01-19",
        [it(SO, "2025-09-26", "press_conference")],
        ("2025-09-27", "2026-01-18", "missed", 0),
    ),
    # ---- press-weekly-after: city-press each, news…video_clip, ≥1 every week 29/9/2025–18/1/2026 ----
    case(
        "press-weekly-after",
        BV,
        "2025-10-10",
        [it(BV, "2025-10-01", "news")],
        ("2025-09-29", "2025-10-05", "ok", 1),
    ),
    case(
        "press-weekly-after",
        CD,
        "2026-01-10",
        [it(CD, "2026-01-01", "photo_report")],
        ("2025-12-29", "2026-01-04", "ok", 1),
    ),
    case(
        "press-weekly-after",
        CD,
        "2025-10-08",
        [it(CD, "2025-10-05", "news")],
        ("2025-10-06", "2025-10-12", "behind", 0),
    ),
    case(
        "press-weekly-after",
        BV,
        "2026-01-19",
        [it(BV, "2026-01-19", "news")],  # 19/1 is xiv
        ("2026-01-12", "2026-01-18", "missed", 0),
    ),
    # ---- loudspeaker-after: communes each, average 2–3 a week over after (113 days) ----
    case(
        "loudspeaker-after",
        AN_LAO,
        "2026-01-19",
        [it(AN_LAO, "2025-10-15", "loudspeaker_broadcast", 33)],  # 33 ÷ (113/7) = 231/113 = 2.044…
        ("2025-09-28", "2026-01-18", "ok", 2.04),
    ),
    case(
        "loudspeaker-after",
        AN_LAO,
        "2026-01-19",
        [it(AN_LAO, "2025-12-15", "loudspeaker_broadcast", 48)],  # 48 ÷ (113/7) = 336/113 = 2.973…
        ("2025-09-28", "2026-01-18", "ok", 2.97),
    ),
    case(
        "loudspeaker-after",
        AN_LAO,
        "2025-10-11",
        [it(AN_LAO, "2025-10-01", "loudspeaker_broadcast", 3)],  # open, 28/9–11/10 = 14 days: 3 ÷ 2 = 1.5
        ("2025-09-28", "2026-01-18", "behind", 1.5),
    ),
    case(
        "loudspeaker-after",
        AN_LAO,
        "2026-01-19",
        # 32 ÷ (113/7) = 224/113 = 1.982…; the 5 of 19/1 are in xiv
        [
            it(AN_LAO, "2025-11-15", "loudspeaker_broadcast", 32),
            it(AN_LAO, "2026-01-19", "loudspeaker_broadcast", 5),
        ],
        ("2025-09-28", "2026-01-18", "missed", 1.98),
    ),
    case(
        "loudspeaker-after",
        AN_LAO,
        "2026-01-19",
        [it(AN_LAO, "2025-11-15", "loudspeaker_broadcast", 49)],  # 49 ÷ (113/7) = 343/113 = 3.035…
        ("2025-09-28", "2026-01-18", "over", 3.04),
    ),
    case(
        "loudspeaker-after",
        AN_LAO,
        "2025-10-04",
        [it(AN_LAO, "2025-09-30", "loudspeaker_broadcast", 4)],  # open, 28/9–4/10 = 7 days: 4 ÷ 1 = 4
        ("2025-09-28", "2026-01-18", "over", 4),
    ),
    # ---- visual-after: communes each, visual_display, ≥1 in after ----
    case(
        "visual-after",
        KIEN_THUY,
        "2026-01-19",
        [it(KIEN_THUY, "2025-11-05", "visual_display")],
        ("2025-09-28", "2026-01-18", "ok", 1),
    ),
    case(
        "visual-after",
        KIEN_THUY,
        "2025-10-01",
        [it(KIEN_THUY, "2025-10-01", "notice_board")],
        ("2025-09-28", "2026-01-18", "behind", 0),
    ),
    case(
        "visual-after",
        KIEN_THUY,
        "2026-01-19",
        [it(KIEN_THUY, "2025-09-27", "visual_display")],  # during
        ("2025-09-28", "2026-01-18", "missed", 0),
    ),
    # ---- foreign-affairs-after: ttxvn, vov, bao-nhan-dan, bao-va-ptth, portal each;
    # news/report/bulletin/portal_post in any language but vi, ≥1 in after ----
    case(
        "foreign-affairs-after",
        PORTAL,
        "2026-01-19",
        [it(PORTAL, "2025-10-15", "portal_post", language="en")],
        ("2025-09-28", "2026-01-18", "ok", 1),
    ),
    case(
        "foreign-affairs-after",
        BV,
        "2026-01-19",
        [it(BV, "2025-12-01", "bulletin", language="zh")],
        ("2025-09-28", "2026-01-18", "ok", 1),
    ),
    case(
        "foreign-affairs-after",
        NHAN_DAN,
        "2025-11-01",
        [it(NHAN_DAN, "2025-10-20", "article", language="en")],
        ("2025-09-28", "2026-01-18", "behind", 0),
    ),
    case(
        "foreign-affairs-after",
        TTXVN,
        "2026-01-19",
        [it(TTXVN, "2025-09-27", "news", language="ko"), it(TTXVN, "2025-10-10", "news", language="vi")],
        ("2025-09-28", "2026-01-18", "missed", 0),
    ),
    # ---- portal-updates: the city portal, portal_post, ≥1 every day of during ----
    case(
        "portal-updates",
        PORTAL,
        "2025-09-28",
        [it(PORTAL, "2025-09-27", "portal_post")],
        ("2025-09-27", "2025-09-27", "ok", 1),
    ),
    case(
        "portal-updates",
        PORTAL,
        "2025-09-26",
        [it(PORTAL, "2025-09-26", "social_post", platforms=("facebook",))],  # not a portal post
        ("2025-09-26", "2025-09-26", "behind", 0),
    ),
    case(
        "portal-updates",
        PORTAL,
        "2025-09-28",
        [it(PORTAL, "2025-09-27", "portal_post")],
        ("2025-09-26", "2025-09-26", "missed", 0),
    ),
    # ---- review-report: so-vhttdl, review_report, ≥1 from 28/9/2025 to 28/2/2026 ----
    case(
        "review-report",
        SO,
        "2026-03-01",
        [it(SO, "2026-02-10", "review_report")],
        ("2025-09-28", "2026-02-28", "ok", 1),
    ),
    case(
        "review-report",
        SO,
        "2026-02-28",
        [it(SO, "2026-02-20", "press_conference")],
        ("2025-09-28", "2026-02-28", "behind", 0),
    ),
    case(
        "review-report",
        SO,
        "2026-03-01",
        [it(SO, "2025-09-27", "review_report")],  # before the window
        ("2025-09-28", "2026-02-28", "missed", 0),
    ),
    # ---- press-daily-xiv: city-press combined, news…video_clip, ≥10 every day of xiv ----
    case(
        "press-daily-xiv",
        CP,
        "2026-01-25",
        [it(BV, "2026-01-20", "news", 7), it(CD, "2026-01-20", "report", 3)],  # 7 + 3 = 10
        ("2026-01-20", "2026-01-20", "ok", 10),
    ),
    case(
        "press-daily-xiv",
        CP,
        "2026-01-25",
        [it(BV, "2026-01-21", "article", 100)],  # no maximum
        ("2026-01-21", "2026-01-21", "ok", 100),
    ),
    case(
        "press-daily-xiv",
        CP,
        "2026-01-21",
        [it(CD, "2026-01-21", "news", 9)],
        ("2026-01-21", "2026-01-21", "behind", 9),
    ),
    case(
        "press-daily-xiv",
        CP,
        "2026-01-24",
        [it(BV, "2026-01-23", "news", 9), it(BV, "2026-01-18", "news", 5)],
        ("2026-01-23", "2026-01-23", "missed", 9),
    ),
    # ---- loudspeaker-xiv: communes each, loudspeaker_broadcast, 3–5 in xiv ----
    case(
        "loudspeaker-xiv",
        CAT_HAI,
        "2026-01-24",
        [
            it(CAT_HAI, "2026-01-19", "loudspeaker_broadcast", 2),
            it(CAT_HAI, "2026-01-23", "loudspeaker_broadcast", 3),
        ],
        ("2026-01-19", "2026-01-23", "ok", 5),
    ),
    case(
        "loudspeaker-xiv",
        CAT_HAI,
        "2026-01-21",
        [it(CAT_HAI, "2026-01-20", "loudspeaker_broadcast", 2)],
        ("2026-01-19", "2026-01-23", "behind", 2),
    ),
    case(
        "loudspeaker-xiv",
        CAT_HAI,
        "2026-01-24",
        [
            it(CAT_HAI, "2026-01-19", "loudspeaker_broadcast", 2),
            it(CAT_HAI, "2026-01-18", "loudspeaker_broadcast"),
        ],
        ("2026-01-19", "2026-01-23", "missed", 2),
    ),
    case(
        "loudspeaker-xiv",
        CAT_HAI,
        "2026-01-24",
        [it(CAT_HAI, "2026-01-22", "loudspeaker_broadcast", 6)],
        ("2026-01-19", "2026-01-23", "over", 6),
    ),
]


#: SPEC 2.3, written out by hand: every rule id in the table's order, with its target source, the
#: phase it reports under (JSON ``phase``: None for a rule over several phases), its window and
#: its period.
SPEC_RULES: list[tuple[str, str, str | None, str, str, str]] = [
    ("press-daily-before", "projection", "before", "2025-09-01", "2025-09-25", "day"),
    ("trailer-daily-before", "plan", "before", "2025-09-01", "2025-09-25", "day"),
    ("special-pages", "plan", "before", "2025-08-20", "2025-09-25", "window"),
    ("leaders-series", "local", "before", "2025-08-20", "2025-09-25", "window"),
    ("vtv-documentary-before", "plan", "before", "2025-09-01", "2025-09-25", "window"),
    ("vov-report-before", "plan", "before", "2025-09-01", "2025-09-25", "window"),
    ("loudspeaker-before", "plan", "before", "2025-09-01", "2025-09-25", "window"),
    ("visual-before", "local", "before", "2025-09-01", "2025-09-25", "window"),
    ("visual-city-centre", "local", "before", "2025-08-20", "2025-09-25", "window"),
    ("portal-section", "plan", "before", "2025-08-20", "2025-09-25", "window"),
    ("online-weekly", "local", None, "2025-09-01", "2026-01-23", "week"),
    ("press-social-weekly", "local", None, "2025-09-01", "2025-09-27", "week"),
    ("avatar-campaign", "local", "before", "2025-08-20", "2025-09-25", "window"),
    ("foreign-languages-before", "plan", "before", "2025-09-01", "2025-09-25", "window"),
    ("foreign-affairs-central", "local", "during", "2025-08-20", "2025-09-27", "window"),
    ("press-conference-before", "plan", "before", "2025-09-01", "2025-09-25", "window"),
    ("unit-plans", "plan", "before", "2025-08-20", "2025-09-25", "window"),
    ("press-registration", "plan", "before", "2025-08-20", "2025-09-25", "window"),
    ("press-daily-during", "projection", "during", "2025-09-26", "2025-09-27", "day"),
    ("central-press-coverage", "local", "during", "2025-08-20", "2025-09-27", "window"),
    ("live-broadcast-during", "plan", "during", "2025-09-26", "2025-09-27", "window"),
    ("vtv-documentary-during", "plan", "during", "2025-09-26", "2025-09-27", "window"),
    ("vov-report-during", "plan", "during", "2025-09-26", "2025-09-27", "window"),
    ("loudspeaker-during", "plan", "during", "2025-09-22", "2025-09-28", "window"),
    ("foreign-languages-during", "plan", "during", "2025-09-26", "2025-09-27", "window"),
    ("speaker-sessions", "local", "during", "2025-08-20", "2025-09-27", "window"),
    ("leaflet", "plan", "during", "2025-08-20", "2025-09-27", "window"),
    ("audio-files", "plan", "during", "2025-08-20", "2025-09-27", "window"),
    ("department-online-during", "local", "during", "2025-09-26", "2025-09-27", "day"),
    ("press-conference-after", "plan", "after", "2025-09-27", "2026-01-18", "window"),
    ("press-weekly-after", "local", "after", "2025-09-29", "2026-01-18", "week"),
    ("loudspeaker-after", "plan", "after", "2025-09-28", "2026-01-18", "window"),
    ("visual-after", "local", "after", "2025-09-28", "2026-01-18", "window"),
    ("foreign-affairs-after", "local", "after", "2025-09-28", "2026-01-18", "window"),
    ("portal-updates", "local", "during", "2025-09-26", "2025-09-27", "day"),
    ("review-report", "local", "after", "2025-09-28", "2026-02-28", "window"),
    ("press-daily-xiv", "local", "xiv", "2026-01-19", "2026-01-23", "day"),
    ("loudspeaker-xiv", "local", "xiv", "2026-01-19", "2026-01-23", "window"),
]

#: Rules of SPEC 2.3 with a maximum (each has an ``over`` case above).
WITH_MAXIMUM = frozenset(
    {
        "press-daily-before",
        "vtv-documentary-before",
        "vov-report-before",
        "loudspeaker-before",
        "press-daily-during",
        "loudspeaker-during",
        "loudspeaker-after",
        "loudspeaker-xiv",
    }
)


def write_submissions(folder: Path, items: tuple[Item, ...]) -> None:
    """One submission file per unit, every item with its own title (so none is a duplicate)."""
    by_unit: dict[str, list[str]] = {}
    for number, item in enumerate(items, 1):
        lines = [f"  - date: {item.day}", f"    kind: {item.kind}", f"    count: {item.count}"]
        if item.kind not in UNTITLED:
            lines.append(f"    title: {json.dumps(f'{item.kind} số {number}', ensure_ascii=False)}")
        duration = item.duration or DEFAULT_DURATION.get(item.kind)
        if duration is not None:
            lines.append(f"    duration: {json.dumps(duration)}")
        if item.platforms:
            lines.append(f"    platforms: {json.dumps(list(item.platforms))}")
        if item.language is not None:
            lines.append(f"    language: {item.language}")
        if item.url is not None:
            lines.append(f"    url: {json.dumps(item.url)}")
        by_unit.setdefault(item.unit, []).extend(lines)
    for unit, lines in by_unit.items():
        text = "\n".join([f"unit: {unit}", "items:", *lines]) + "\n"
        (folder / f"{unit}.yaml").write_text(text, encoding="utf-8")


def check(plan: Plan, folder: Path, as_of: str) -> CheckReport:
    return run_check(plan, CheckOptions(paths=(folder,), as_of=date.fromisoformat(as_of), today=TODAY))


def _case_id(entry: Case) -> str:
    language = f"-{entry.language}" if entry.language else ""
    return f"{entry.rule}-{entry.expected[2]}-{entry.scope}{language}-{entry.expected[0]}-as-of-{entry.as_of}"


@pytest.mark.parametrize("entry", CASES, ids=[_case_id(entry) for entry in CASES])
def test_rule(plan: Plan, tmp_path: Path, entry: Case) -> None:
    write_submissions(tmp_path, entry.items)
    report = check(plan, tmp_path, entry.as_of)
    # The items are well formed: only the deliberate warnings (a duration out of bounds) may show.
    assert report.errors == 0, [(p.code, p.line, p.message("en")) for p in report.problems]
    start, end, status, actual = entry.expected
    found = [
        r
        for r in report.results
        if r.rule == entry.rule
        and r.scope == entry.scope
        and r.language == entry.language
        and r.start == date.fromisoformat(start)
    ]
    assert len(found) == 1, [r for r in report.results if r.rule == entry.rule and r.scope == entry.scope][:5]
    result = found[0]
    assert (result.start.isoformat(), result.end.isoformat(), result.status, result.actual) == (
        start,
        end,
        status,
        actual,
    )


def test_every_rule_has_its_cases() -> None:
    """ok, behind and missed for every rule; over for every rule with a maximum, and only those."""
    statuses: dict[str, set[str]] = {}
    for entry in CASES:
        statuses.setdefault(entry.rule, set()).add(entry.expected[2])
    assert list(statuses) == [rule for rule, *_ in SPEC_RULES]
    for rule, found in statuses.items():
        wanted = {"ok", "behind", "missed"} | ({"over"} if rule in WITH_MAXIMUM else set())
        assert found == wanted, rule


def test_the_shipped_plan_has_the_38_rules_of_spec_2_3(plan: Plan) -> None:
    assert len(SPEC_RULES) == 38
    assert [rule.id for rule in plan.rules] == [rule for rule, *_ in SPEC_RULES]
    for rule_id, source, phase, first, last, period in SPEC_RULES:
        rule = plan.rule_by_id[rule_id]
        assert rule.target_source == source, rule_id
        assert window(plan, rule) == (date.fromisoformat(first), date.fromisoformat(last), phase), rule_id
        assert rule.period == period, rule_id
        assert (rule.max is not None) == (rule_id in WITH_MAXIMUM), rule_id


def test_the_phase_of_a_result_is_the_phase_its_rule_reports_under(plan: Plan, tmp_path: Path) -> None:
    """JSON ``phase`` of every rule's results (explicit dates: their ``reports_under``)."""
    write_submissions(tmp_path, (it(SO, "2025-09-27", "press_conference"),))
    report = check(plan, tmp_path, "2025-09-30")
    phases = {result.rule: result.phase for result in report.results}
    assert phases == {rule: phase for rule, _source, phase, *_ in SPEC_RULES}
