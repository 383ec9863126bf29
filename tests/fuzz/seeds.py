"""What the fuzz targets start from: the seed files, the size limit, and pieces of YAML.

This module imports nothing of :mod:`hpcampaign`: the atheris entry point reads the seeds before
it imports the product under instrumentation (a module imported earlier would not be measured).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: The hostile corpus (one trap per file) and the example submissions: the seeds of both targets.
HOSTILE = ROOT / "tests" / "corpus" / "hostile"
SUBMISSIONS = ROOT / "submissions"

#: Largest input a target checks (libFuzzer's ``-max_len``; hypothesis's inputs are cut to it).
MAX_LEN = 64 * 1024

#: Pieces of YAML syntax, of the submission format and of awkward encodings. libFuzzer gets them as
#: a dictionary (``-dict``), hypothesis splices them into seeds: random bytes rarely spell a key.
TOKENS: tuple[bytes, ...] = (
    # YAML syntax
    b"\n", b"\r\n", b"\r", b"\t", b" ", b"  ", b"    ", b": ", b":", b"- ", b"-", b"? ", b", ",
    b"[", b"]", b"{", b"}", b"[]", b"{}", b"'", b'"', b"''", b'""', b"#", b" # ", b"\\", b"~",
    b"null", b"|", b"|-", b">", b">-", b"&a ", b"*a", b"<<: ", b"!t ", b"!!str ", b"!!python/object:os.system ",
    b"---\n", b"...\n", b"%YAML 1.1\n", b"%TAG ! tag:x,2000:\n", b"%YAML 1.2\n",
    # the format's keys
    b"format: 1\n", b"unit: ", b"reporter: ", b"period: ", b"period: {from: 2025-09-01, to: 2025-09-30}\n",
    b"from: ", b"to: ", b"items:\n", b"items: []\n", b"  - ", b"date: ", b"kind: ", b"count: ",
    b"title: ", b"url: ", b"platforms: ", b"language: ", b"duration: ", b"note: ", b"difficulties:\n",
    # values the format reads
    b"phuong-hong-bang", b"Ph\xc6\xb0\xe1\xbb\x9dng H\xe1\xbb\x93ng B\xc3\xa0ng", b"bao-va-ptth-hai-phong",
    b"xa-cam-giang-2", b"so-vhttdl", b"vtv", b"vov",
    b"news", b"article", b"report", b"documentary", b"audio_file", b"trailer", b"live_broadcast",
    b"loudspeaker_broadcast", b"visual_display", b"social_post", b"portal_post", b"press_conference",
    b"leader_article", b"notice_board", b"t\xc3\xacn", b"b\xc3\xa0i",
    b"[tv, youtube]", b"facebook", b"street", b"loudspeaker", b"vi", b"EN", b"zh",
    b"2025-09-29", b"29/09/2025", b"5/9/2025", b"2025-09-31", b"2025-09-29T20:00:00Z", b"2026-02-29",
    b"12:30", b"1:05:00", b"PT12M30S", b"12m30s", b"5 ph\xc3\xbat", b"5p", b"5'", b"6,5", b"1 gi\xe1\xbb\x9d",
    b"\"+5\"", b"10000", b"10001", b"-1", b"1e309", b".inf", b".nan", b"0x10", b"010", b"https://example.vn/p/1",
    # shapes the limits are about: deep flow nesting (> 50 levels), an item to repeat past the
    # problem cap, a date-time with an offset (the long run reached none of them without these)
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[", b"{a: {a: {a: {a: {a: {a: ", b"2025-09-29T20:00:00+07:00", b"2025-09-29 23:30:00-05:00",
    b"  - {date: 2025-09-29, kind: tin, title: x}\n", b"  - {date: 2025-09-31, kind: artcle}\n",
    b"\n  - date: 2025-09-29\n    kind: news\n    title: x\n",
    # encodings and control characters
    b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\x07", b"\x1b", b"\x7f", b"\xc2\x85", b"\xe2\x80\xa8",
    b"\xe2\x80\xa9", b"e\xcc\x81", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xef\xbc\x9a", b"\xff", b"\xc3",
    b"\xed\xa0\x80", b"\xf0\x9f\x98\x80",
)  # fmt: skip


def seed_files() -> list[Path]:
    """Every seed file, in a stable order: the hostile corpus, then the example submissions."""
    return sorted(HOSTILE.glob("*.yaml")) + sorted(SUBMISSIONS.glob("**/*.yaml"))


def seeds() -> list[bytes]:
    """The bytes of every seed file (each at most :data:`MAX_LEN`)."""
    return [path.read_bytes()[:MAX_LEN] for path in seed_files()]


def libfuzzer_dictionary() -> str:
    """:data:`TOKENS` in libFuzzer's ``-dict`` format: one quoted entry a line, bytes escaped."""
    lines = []
    for index, token in enumerate(TOKENS):
        text = "".join(
            chr(byte) if 0x20 <= byte < 0x7F and byte not in b'"\\' else f"\\x{byte:02X}" for byte in token
        )
        lines.append(f'token_{index}="{text}"')
    return "\n".join(lines) + "\n"
