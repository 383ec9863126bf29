"""``hpcampaign check`` through typer's CliRunner: exit codes, options, and golden outputs.

The fixture submissions (``tests/fixtures/check``) hold one of most mistakes a clerk makes;
tests run from the repository root so paths in outputs are the same on every machine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner, Result

from hpcampaign.cli.app import app

from .conftest import ROOT

FIXTURES = "tests/fixtures/check"
AS_OF = "2025-09-27"
Golden = Callable[[str, str | bytes], None]


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("COLUMNS", raising=False)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, ["check", *args], env=env)


def check_json(*args: str) -> dict[str, object]:
    result = run(FIXTURES, "--as-of", AS_OF, "--format", "json", *args)
    data: dict[str, object] = json.loads(result.output)
    return data


# --- golden files ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "github", "junit"])
def test_golden_outputs(fmt: str, golden: Golden) -> None:
    # JSON and JUnit list every result (thousands over the whole campaign): their goldens hold
    # one phase, so that a change shows as a diff a person can read.
    narrow = ["--phase", "during"] if fmt in ("json", "junit") else []
    result = run(FIXTURES, "--as-of", AS_OF, "--format", fmt, *narrow)
    assert result.exit_code == 3
    suffix = {"table": "txt", "json": "json", "github": "txt", "junit": "xml"}[fmt]
    golden(f"check/{fmt}.{suffix}", result.output)


def test_golden_table_in_english_for_one_unit(golden: Golden) -> None:
    result = run(FIXTURES, "--as-of", AS_OF, "--unit", "Phường Thủy Nguyên", "--lang", "en")
    assert result.exit_code == 3
    golden("check/table-unit-en.txt", result.output)


def test_same_input_same_bytes() -> None:
    first = run(FIXTURES, "--as-of", AS_OF, "--format", "json").output
    assert run(FIXTURES, "--as-of", AS_OF, "--format", "json").output == first
    assert run(FIXTURES, "--as-of", AS_OF, "--format", "json", "--jobs", "2").output == first


# --- the JSON contract -------------------------------------------------------------------------


def test_json_follows_the_spec() -> None:
    data = check_json()
    assert list(data) == [
        "schema", "as_of", "plan", "files", "problems", "results", "units_without_files", "summary",
    ]  # fmt: skip
    assert data["schema"] == "hpcampaign.check/1" and data["as_of"] == AS_OF
    # No --plan and no HPCAMPAIGN_PLAN: the plan under the current folder (the repository root).
    assert data["plan"] == "plans/haiphong-2025.yaml"
    files = data["files"]
    assert isinstance(files, list)
    assert files[0] == {
        "path": f"{FIXTURES}/w38/bao-va-ptth-hai-phong.yaml",
        "unit": "bao-va-ptth-hai-phong",
        "items": 7,
        "errors": 0,
        "voided": False,
        "difficulties": [],
    }
    broken = next(f for f in files if f["path"].endswith("broken.yaml"))
    assert broken["unit"] is None and broken["errors"] == 1 and broken["voided"] is True
    # broken.yaml (unknown unit) is the one voided file; no fixture names difficulties.
    assert [f["path"] for f in files if f["voided"]] == [broken["path"]]
    assert all(f["difficulties"] == [] for f in files)
    problems = data["problems"]
    assert isinstance(problems, list)
    assert [(p["path"], p["line"], p["column"]) for p in problems] == sorted(
        (p["path"], p["line"], p["column"]) for p in problems
    )
    assert {p["severity"] for p in problems if p["code"] in ("duplicate-item", "duration-out-of-range")} == {
        "warning"
    }
    results = data["results"]
    assert isinstance(results, list)
    loudspeaker = next(
        r for r in results if r["rule"] == "loudspeaker-before" and r["scope"] == "phuong-thuy-nguyen"
    )
    # 4 + 3 + 2 broadcasts in the 25 days of `before`: 9 ÷ (25/7) = 2.52 a week
    assert loudspeaker == {
        "rule": "loudspeaker-before", "scope": "phuong-thuy-nguyen", "phase": "before", "from": "2025-09-01",
        "to": "2025-09-25", "status": "ok", "actual": 2.52, "min": 2, "max": 3, "source": "plan",
    }  # fmt: skip
    # The Congress week (22–28/9, under `during`), open on 27/9: 1 broadcast (26/9) of 3–5 so far.
    congress_week = next(
        r for r in results if r["rule"] == "loudspeaker-during" and r["scope"] == "phuong-thuy-nguyen"
    )
    assert congress_week == {
        "rule": "loudspeaker-during", "scope": "phuong-thuy-nguyen", "phase": "during", "from": "2025-09-22",
        "to": "2025-09-28", "status": "behind", "actual": 1, "min": 3, "max": 5, "source": "plan",
    }  # fmt: skip
    # From the closing day (27/9) to the end of `after`; the press conference of 22/9 is not in it.
    conference = next(r for r in results if r["rule"] == "press-conference-after")
    assert (conference["phase"], conference["from"], conference["to"], conference["status"]) == (
        "after",
        "2025-09-27",
        "2026-01-18",
        "behind",
    )
    assert conference["actual"] == 0
    languages = [r for r in results if r["rule"] == "foreign-languages-before"]
    assert [(r["language"], r["actual"]) for r in languages] == [("zh", 1), ("en", 1), ("ko", 0), ("ja", 0)]
    weekly = next(r for r in results if r["rule"] == "online-weekly")
    assert weekly["phase"] is None and weekly["source"] == "local"
    press = next(r for r in results if r["rule"] == "press-daily-during")
    assert press["scope"] == "city-press" and press["actual"] == 30 and press["source"] == "projection"
    summary = data["summary"]
    assert isinstance(summary, dict)
    # Errors: artcle (unknown-kind), phuong-hong-bag (unknown-unit), 29/9 outside the file's period
    # (outside-period), facebok (unknown-platform), 2025-09-31 (bad-date), titel (unknown-field): 6.
    # The 29/9 item is after the as-of date but not after today: no future-date (revision 2).
    # Warnings: the duplicate URL of w38, the 20-minute documentary: 2.
    assert summary["errors"] == 6 and summary["warnings"] == 2
    # The one item entry after the as-of date (27/9): phuong-thuy-nguyen's social post of 29/9.
    assert summary["after_as_of"] == 1
    assert sum(summary[s] for s in ("ok", "over", "behind", "missed", "pending")) == len(results)
    without = data["units_without_files"]
    assert isinstance(without, list) and "phuong-hong-bang" in without and "vtv" not in without


def test_documentary_durations_and_tone_marks_resolve() -> None:
    data = check_json("--unit", "vtv")
    results = data["results"]
    assert isinstance(results, list)
    before = next(r for r in results if r["rule"] == "vtv-documentary-before")
    assert before["actual"] == 1  # 12:30 (unquoted) is 12 min 30 s and counts
    during = next(r for r in results if r["rule"] == "vtv-documentary-during")
    assert during["actual"] == 1  # 20:00 is outside 10–15 and does not count; PT14M does
    files = check_json()["files"]
    assert isinstance(files, list)
    department = next(f for f in files if f["path"].endswith("so-vhttdl.yaml"))
    assert department["unit"] == "so-vhttdl"  # "Sở Văn hoá, …" with the other tone placement


# --- exit codes ---------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_exit_0_when_on_track(tmp_path: Path) -> None:
    # Revision 2: so-vhttdl is in online-weekly, whose weeks 1–7, 8–14 and 15–21/9 are closed on
    # 23/9: a post in each keeps them from being missed; the rest is ok or still open (behind).
    write(
        tmp_path,
        "a.yaml",
        "unit: so-vhttdl\nitems:\n  - {date: 2025-09-22, kind: press_conference, title: Họp báo}\n"
        + "".join(
            f"  - {{date: 2025-09-{day:02}, kind: portal_post, title: Tin {day}}}\n" for day in (1, 8, 15)
        ),
    )
    result = run(
        str(tmp_path), "--as-of", "2025-09-23", "--unit", "so-vhttdl", "--phase", "before", "-f", "json"
    )
    assert result.exit_code == 0
    assert "missed" not in {r["status"] for r in json.loads(result.output)["results"]}


def test_exit_1_when_a_result_fails_the_level(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "unit: so-vhttdl\nitems: []\n")
    common = (str(tmp_path), "--unit", "so-vhttdl", "--phase", "before")
    assert run(*common, "--as-of", "2025-10-01").exit_code == 1  # missed
    assert run(*common, "--as-of", "2025-10-01", "--fail-on", "problems").exit_code == 0
    # As of Friday 5/9 every result of `before` is still open (online-weekly's first week runs to 7/9):
    assert run(*common, "--as-of", "2025-09-05").exit_code == 0  # behind does not fail by default
    assert run(*common, "--as-of", "2025-09-05", "--fail-on", "behind").exit_code == 1


def test_exit_3_on_errors_whatever_the_level(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        "unit: so-vhttdl\nitems:\n  - {date: 2025-09-22, kind: pres_conference, title: x}\n",
    )
    result = run(str(tmp_path), "--as-of", "2025-10-01", "--fail-on", "problems")
    assert result.exit_code == 3


def test_warnings_never_fail(tmp_path: Path) -> None:
    # The posts of 1, 8 and 15/9 keep online-weekly's closed weeks from being missed (see above).
    write(tmp_path, "a.yaml", "unit: so-vhttdl\nitems:\n  - {date: 2025-09-22, kind: press_conference, title: x}\n"
          "  - {date: 2025-09-22, kind: press_conference, title: X}\n  - {date: 2024-09-22, kind: leaflet, title: y}\n"
          + "".join(f"  - {{date: 2025-09-{day:02}, kind: portal_post, title: Tin {day}}}\n" for day in (1, 8, 15)))  # fmt: skip
    result = run(
        str(tmp_path), "--as-of", "2025-09-23", "--unit", "so-vhttdl", "--phase", "before", "-f", "json"
    )
    data = json.loads(result.output)
    assert sorted(p["code"] for p in data["problems"]) == ["duplicate-item", "outside-campaign"]
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "yesterday"], "--as-of: 'yesterday' is not a date"),
        (["--phase", "durin"], "--phase: 'durin' is not a phase"),
        (["--unit", "phuong-hong-bag"], "did you mean 'phuong-hong-bang'?"),
        (["--format", "xml"], "Invalid value for '--format'"),
        (["--fail-on", "never"], "Invalid value for '--fail-on'"),
        (["--jobs", "0"], "Invalid value for '--jobs'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(FIXTURES, *args, "--lang", "en")
    assert result.exit_code == 2
    assert message in re.sub(r"\s+", " ", result.output.replace("│", " "))


def test_missing_path_and_no_path_exit_2() -> None:
    result = run("no/such/folder", "--lang", "en")
    assert result.exit_code == 2 and "no such file or folder: no/such/folder" in result.output
    assert run().exit_code == 2


# --- options -----------------------------------------------------------------------------------


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" not in run(FIXTURES, "--as-of", AS_OF).output  # piped: plain
    monkeypatch.setattr("hpcampaign.cli.running.terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "100")
    assert "\x1b[" in run(FIXTURES, "--as-of", AS_OF, env={"NO_COLOR": ""}).output
    assert "\x1b[" not in run(FIXTURES, "--as-of", AS_OF, env={"NO_COLOR": "1"}).output


def test_a_silly_terminal_width_is_ignored() -> None:
    result = run(FIXTURES, "--as-of", AS_OF, env={"COLUMNS": "0"})
    assert "press-daily-before" in result.output


def test_user_text_is_not_markup(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "unit: vtv\nitems:\n  - {date: 2025-09-22, kind: '[bold red]x[/]', title: t}\n")
    result = run(str(tmp_path), "--as-of", AS_OF)
    assert "'[bold red]x[/]'" in result.output


def test_phase_narrows_and_unit_shows_the_whole_picture() -> None:
    data = check_json("--phase", "during")
    results = data["results"]
    assert isinstance(results, list)
    assert {r["phase"] for r in results} <= {"during", None}
    one = run(FIXTURES, "--as-of", AS_OF, "--unit", "xa-an-lao")
    assert "xa-an-lao.yaml:7:5" in one.output and "vtv.yaml" not in one.output
    assert "online-weekly" in one.output and "2025-W39" in one.output


def test_output_file_and_refusal_to_write_into_submissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = run(FIXTURES, "--as-of", AS_OF, "-f", "json", "--output", str(target))
    assert result.exit_code == 3 and result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["as_of"] == AS_OF
    inside = run(FIXTURES, "--as-of", AS_OF, "--output", f"{FIXTURES}/w39/out.txt", "--lang", "en")
    assert inside.exit_code == 2 and "refusing to write into" in inside.output
    assert not (ROOT / FIXTURES / "w39" / "out.txt").exists()
    single = f"{FIXTURES}/w39/vtv.yaml"
    for refused in (
        single,
        f"{FIXTURES}/w39/ket-qua.yml",
        f"{FIXTURES}/w39/out.json",
        str(tmp_path / "x.YAML"),
    ):
        result = run(single, "--as-of", AS_OF, "--output", refused, "--lang", "en")
        assert result.exit_code == 2 and "refusing" in result.output, refused
    plan_copy = tmp_path / "plan.txt"
    plan_copy.write_bytes((ROOT / "plans" / "haiphong-2025.yaml").read_bytes())
    over_plan = run(FIXTURES, "--plan", str(plan_copy), "--output", str(plan_copy))
    assert (
        over_plan.exit_code == 2
        and plan_copy.read_bytes() == (ROOT / "plans" / "haiphong-2025.yaml").read_bytes()
    )
    nowhere = run(FIXTURES, "--output", str(tmp_path / "missing" / "r.json"), "--lang", "en")
    assert nowhere.exit_code == 2 and "no folder" in nowhere.output


def test_unit_view_keeps_files_of_no_known_unit_and_their_errors(tmp_path: Path) -> None:
    write(tmp_path, "phuong-hong-bang.yaml", "unit: Phuong Hong Bang\nitems: []\n")  # no diacritics: unknown
    result = run(
        str(tmp_path), "--as-of", AS_OF, "--unit", "phuong-hong-bang", "--fail-on", "problems", "-f", "json"
    )
    assert result.exit_code == 3
    data = json.loads(result.output)
    assert [p["code"] for p in data["problems"]] == ["unknown-unit"]
    assert "no .yaml" not in result.output


def test_output_dash_is_stdout() -> None:
    result = run(FIXTURES, "--as-of", AS_OF, "-f", "json", "--output", "-")
    assert json.loads(result.output)["as_of"] == AS_OF
    assert not (ROOT / "-").exists()


def test_an_empty_folder_is_said_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--as-of", AS_OF, "-f", "json", "--lang", "en"])
    assert f"no .yaml or .yml file under {tmp_path}" in result.output
    assert json.loads(result.output[result.output.index("{") :])["files"] == []


def test_output_to_a_device_writes_through() -> None:
    devnull = Path("/dev/null")
    before = devnull.stat().st_mode
    assert run(FIXTURES, "--as-of", AS_OF, "-f", "json", "--output", str(devnull)).exit_code == 3
    assert devnull.stat().st_mode == before and devnull.is_char_device()


def test_english_messages() -> None:
    data = check_json("--lang", "en")
    problems = data["problems"]
    assert isinstance(problems, list)
    messages = {p["code"]: p["message"] for p in problems}
    assert messages["unknown-kind"] == "unknown kind 'artcle' — did you mean 'article'?"
    # `titel:` is one error ("did you mean 'title'?"), not also "title is missing"
    an_lao = [p["code"] for p in problems if p["path"].endswith("xa-an-lao.yaml")]
    assert an_lao == ["unknown-field"]
    # broken.yaml is voided by its unknown unit: its first problem says so (revision 2).
    assert (
        messages["unknown-unit"] == "no unit 'phuong-hong-bag' in the plan — did you mean 'phuong-hong-bang'?"
        " — the whole file is not counted"
    )


def test_github_annotations_escape_properties(tmp_path: Path) -> None:
    write(tmp_path / "a,b:c", "x.yaml", "unit: vtv\nitems:\n  - {date: 2025-09-22, kind: artcle, title: t}\n")
    result = run(str(tmp_path), "--as-of", AS_OF, "-f", "github")
    line = next(x for x in result.output.splitlines() if "unknown-kind" in x)
    assert line.startswith("::error file=")
    assert "a%2Cb%3Ac/x.yaml,line=3,col=30,title=unknown-kind::" in line


def test_junit_is_well_formed() -> None:
    result = run(FIXTURES, "--as-of", AS_OF, "-f", "junit")
    root = ET.fromstring(result.output.encode("utf-8"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    # One suite per file, then one per rule (SPEC 5 revision 2; tests/test_junit.py validates them).
    files = [name for name in suites if name and name.startswith(FIXTURES)]
    rules = [s for name, s in suites.items() if name not in files]
    # the 6 errors of test_json_follows_the_spec
    assert sum(int(suites[name].get("failures") or 0) for name in files) == 6
    # One test case per result of the whole campaign (plan revision 2). Units: city-press 2,
    # central-press 5, departments 11, communes 114. Days: `before` 25, `during` 2, `xiv` 5.
    # Weeks: online-weekly 1/9/2025 … 23/1/2026 = 21, press-social-weekly 1–27/9 = 4,
    # press-weekly-after 29/9/2025 … 18/1/2026 = 112 days = 16.
    #   press-daily-before 25, trailer-daily-before 25, special-pages 2, leaders-series 1,
    #   vtv/vov before 1 + 1, loudspeaker-before 114, visual-before 114, visual-city-centre 1,
    #   portal-section 127 (portal, so-vhttdl, 11 + 114), online-weekly 127 × 21 = 2667,
    #   press-social-weekly 2 × 4 = 8, avatar-campaign 1, foreign-languages-before 4,
    #   foreign-affairs-central 4, press-conference-before 1, unit-plans 133 (portal, 2, 5, 11, 114),
    #   press-registration 7                                                       → 3236
    #   press-daily-during 2, central-press-coverage 5, live-broadcast 1, vtv/vov during 1 + 1,
    #   loudspeaker-during 114, foreign-languages-during 4, speaker-sessions 114, leaflet 1,
    #   audio-files 1, department-online-during 2                                  → 246
    #   press-conference-after 1, press-weekly-after 2 × 16 = 32, loudspeaker-after 114,
    #   visual-after 114, foreign-affairs-after 5, portal-updates 2, review-report 1 → 269
    #   press-daily-xiv 5, loudspeaker-xiv 114                                     → 119
    # 3236 + 246 + 269 + 119 = 3870.
    assert sum(int(s.get("tests") or 0) for s in rules) == 3870


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("hpcampaign ")


def test_an_unforeseen_failure_on_one_file_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hpcampaign.judge.run as checking
    from hpcampaign.intake.validate import check_data as real_data
    from hpcampaign.intake.validate import check_file as real

    def flaky(path: Path, ctx: object, display: str | None = None) -> object:
        if path.name == "bad.yaml":
            raise RuntimeError("boom")
        return real(path, ctx, display)  # type: ignore[arg-type]

    def flaky_data(name: str, raw: object, ctx: object) -> object:
        if name.endswith("/bad.yaml"):
            raise RuntimeError("boom")
        return real_data(name, raw, ctx)  # type: ignore[arg-type]

    # The file is checked through check_file, or through check_data when the cache is on.
    monkeypatch.setattr(checking, "check_file", flaky)
    monkeypatch.setattr(checking, "check_data", flaky_data)
    write(tmp_path, "bad.yaml", "unit: vtv\nitems: []\n")
    write(tmp_path, "good.yaml", "unit: vov\nitems: []\n")
    result = run(str(tmp_path), "--as-of", AS_OF, "-f", "json", "--lang", "en")
    data = json.loads(result.stdout)
    # A failure of the tool is exit 4 (never 1 or 3: no verdict), with one line saying so.
    assert result.exit_code == 4
    (problem,) = data["problems"]
    assert problem["code"] == "unreadable" and "RuntimeError: boom" in problem["message"]
    assert [f["unit"] for f in data["files"]] == [None, "vov"]
    assert result.stderr.splitlines() == [
        f"hpcampaign: the tool itself failed on 1 file (first: {(tmp_path / 'bad.yaml').as_posix()}); "
        "the other files are still reported"
    ]
