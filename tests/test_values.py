"""The date and duration forms of SPEC 3, accepted and refused (hpcampaign.text.values)."""

from __future__ import annotations

from datetime import date

import pytest

from hpcampaign.text.values import format_duration, parse_date, parse_duration, zone

SEP_29 = date(2025, 9, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-09-29", SEP_29),
        ("29/09/2025", SEP_29),
        ("29-09-2025", SEP_29),
        ("5/9/2025", date(2025, 9, 5)),
        ("05/09/2025", date(2025, 9, 5)),
        ("5-9-2025", date(2025, 9, 5)),
        ("  2025-09-29 ", SEP_29),
        ("29/02/2024", date(2024, 2, 29)),
        # With an offset: converted to Hai Phong (UTC+7) first.
        ("2025-09-29T20:00:00Z", date(2025, 9, 30)),
        ("2025-09-29t20:00:00z", date(2025, 9, 30)),
        ("2025-09-29T16:59:59Z", SEP_29),
        ("2025-09-29T17:00:00Z", date(2025, 9, 30)),
        ("2025-09-29T20:00:00+00:00", date(2025, 9, 30)),
        ("2025-09-29T23:30:00+07:00", SEP_29),
        ("2025-09-29T23:30:00+0700", SEP_29),
        ("2025-09-29T23:30:00+07", SEP_29),
        ("2025-09-29T20:00:00.250-05:00", date(2025, 9, 30)),
        ("2025-09-30T05:00:00+14:00", SEP_29),
        ("2025-09-29 20:00 Z", date(2025, 9, 30)),
        # Naive: already local.
        ("2025-09-29T23:59:59", SEP_29),
        ("2025-09-29 20:00", SEP_29),
        ("2025-09-29 9:05", SEP_29),
        ("2025-09-29T00:00", SEP_29),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "29/09/25",  # two-digit years are refused: 1925 or 2025?
        "29-09-25",
        "5/9/25",
        "2025-09-31",
        "31/09/2025",
        "29/02/2025",
        "00/09/2025",
        "29/13/2025",
        "09/29/2025",  # month-first is not Vietnamese order
        "2025/09/29",
        "29.09.2025",
        "2025-9-29",
        "20250929",
        "29 tháng 9 năm 2025",
        "September 29, 2025",
        "",
        "hôm nay",
        "\u0661\u0662/09/2025",  # Arabic-Indic digits: only 0-9 are digits here
        "\uff12\uff10\uff12\uff15-09-29",  # full-width digits
        "2025-09-29T24:00:00",
        "2025-09-29T20:61",
        "2025-09-29T20:00:00+24:00",  # an offset of a day or more
        "9999-12-31T23:00:00-05:00",  # year 10000 in Hai Phong
        "0001-01-01T00:00:00+08:00",  # year 0 in Hai Phong
    ],
)
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_the_time_zone_is_a_parameter() -> None:
    assert parse_date("2025-09-29T20:00:00Z", "UTC") == SEP_29
    assert parse_date("2025-09-29T20:00:00Z", "America/New_York") == SEP_29
    assert parse_date("2025-09-29T20:00:00", "Asia/Tokyo") == SEP_29  # naive stays as written
    with pytest.raises(ValueError):
        zone("Asia/Hai_Phong")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("12:30", 750),
        ("0:30", 30),
        ("1:00", 60),
        ("100:00", 6000),
        ("1:05:00", 3900),
        ("24:00:00", 86400),
        ("PT12M30S", 750),
        ("pt12m30s", 750),
        ("PT1H", 3600),
        ("PT1H30M", 5400),
        ("PT45S", 45),
        ("PT0.5M", 30),
        ("PT12M30.4S", 750),
        ("12m30s", 750),
        ("12m 30s", 750),
        ("1h5m", 3900),
        ("1h 5m 30s", 3930),
        ("45s", 45),
        ("12 min", 720),
        ("12", 720),
        ("12.5", 750),
        (" 12:30 ", 750),
        ("0.6s", 1),
        ("1440", 86400),
        # As a Vietnamese clerk writes them (SPEC 3, revision 2); more in test_vietnamese_forms.py.
        ("12 phút", 720),
        ("12,5", 750),
        ("12m30", 750),  # like 6p30: a last number without its unit is seconds after minutes
    ],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "0",
        "0:00",
        "PT0S",
        "0.4s",  # rounds to no time at all
        "12:60",
        "1:60:00",
        "12:3",
        "1000:00",
        "12:30:00:00",
        "-5",
        "1e3",
        "P1D",
        "PT",
        "P",
        "h",
        "24:00:01",
        "PT24H1S",
        "1441",
        "9" * 400,  # a float of inf, not an OverflowError
        "\u0663",  # Arabic-Indic three
        "\uff11\uff12",  # full-width twelve
    ],
)
def test_not_durations(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1, "0:01"),
        (59, "0:59"),
        (60, "1:00"),
        (750, "12:30"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3900, "1:05:00"),
    ],
)
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text
    assert parse_duration(text) == seconds
