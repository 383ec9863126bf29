"""``hpcampaign new`` and ``hpcampaign import``: the clerk's way in (SPEC 5, revision 2).

- ``new --unit UNIT (--week 2025-W39 | --from D --to D) [-o FILE] [--format yaml|xlsx]``: the
  submission to fill in for that unit and period (:mod:`hpcampaign.clerk.template`, or the
  workbook of :mod:`hpcampaign.clerk.workbook`), printed, or written to a new file.
- ``import FILE… -o DIR [--unit UNIT]``: spreadsheets made submission files in DIR (made when
  missing), one per unit and source; every problem at its cell, with the codes and messages of
  ``check``. A source with any error writes nothing; the run then exits 3.

Neither command ever writes over a file: a name that exists is a usage error (exit 2), said
before anything is written. Usage errors, ``--help`` and everything said are the catalogue's, in
the run's language (:mod:`hpcampaign.cli.speech`).

The commands are added to the root command by :func:`register`, which is given the root's way
of loading the plan (``--plan``, ``HPCAMPAIGN_PLAN``, ``plans/``, the bundled plan): this module
does not import :mod:`hpcampaign.cli.app`, which imports it (no import cycle).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from hpcampaign.cli.options import LangOption, PlanOption, option
from hpcampaign.cli.said import one_of, tell, usage
from hpcampaign.cli.said import spoken as spoken_lang
from hpcampaign.cli.speech import SaidCommand
from hpcampaign.load.files import read_bytes
from hpcampaign.load.marks import Fatal
from hpcampaign.outputs import words
from hpcampaign.outputs.writing import OutputError, write_stdout
from hpcampaign.plan.model import Plan
from hpcampaign.plan.periods import parse_week, today, week_label
from hpcampaign.records import Lang
from hpcampaign.text.catalogue import say
from hpcampaign.text.names import suggest
from hpcampaign.text.safe import safe
from hpcampaign.text.sentences import OS_REASONS, SentenceId
from hpcampaign.text.values import parse_date

if TYPE_CHECKING:  # the commands import their modules when run: openpyxl costs every other command
    from hpcampaign.clerk.importer import Converted, Imported
    from hpcampaign.clerk.sheets import Table

#: How the root command loads the plan of a run: ``--plan`` (or None) and the run's language.
PlanLoader = Callable[[Path | None, Lang], Plan]

FORMATS = ("yaml", "xlsx")
SOURCES = (".xlsx", ".csv")


def _format_option(value: str | None) -> str | None:
    """``--format`` of ``new``: yaml or xlsx, or none given (the output's suffix decides)."""
    return value if value is None else one_of("--format", FORMATS)(value)


UnitOption = Annotated[str | None, option("--unit", help="help.new-unit", metavar="metavar.unit")]


def register(app: typer.Typer, load_plan: PlanLoader) -> None:
    """Add ``new`` and ``import`` to the root command, loading the plan with ``load_plan``."""

    @app.command(name="new", cls=SaidCommand, help="help.new")
    def new(
        unit: UnitOption = None,
        week: Annotated[str | None, option("--week", help="help.week", metavar="metavar.week")] = None,
        from_: Annotated[str | None, option("--from", help="help.from", metavar="metavar.date")] = None,
        to: Annotated[str | None, option("--to", help="help.to", metavar="metavar.date")] = None,
        output: Annotated[
            Path | None, option("--output", "-o", help="help.new-output", metavar="metavar.file")
        ] = None,
        format: Annotated[
            str | None,
            option(
                "--format", "-f", help="help.new-format", metavar="|".join(FORMATS), callback=_format_option
            ),
        ] = None,
        plan: PlanOption = None,
        lang: LangOption = None,
    ) -> None:
        """A submission to fill in, for one unit and one period."""
        spoken = spoken_lang(lang)
        asked = _NewOptions(unit, week, from_, to, output, format, plan)
        _make_new(asked, load_plan, spoken)

    @app.command(name="import", cls=SaidCommand, help="help.import")
    def import_(
        files: Annotated[
            list[Path] | None,
            typer.Argument(help="help.import-files", show_default=False, metavar="metavar.file"),
        ] = None,
        output: Annotated[
            Path | None, option("--output", "-o", help="help.import-output", metavar="metavar.out-folder")
        ] = None,
        unit: Annotated[str | None, option("--unit", help="help.import-unit", metavar="metavar.unit")] = None,
        plan: PlanOption = None,
        lang: LangOption = None,
    ) -> None:
        """Spreadsheets made submission files."""
        spoken = spoken_lang(lang)
        code = _import_files(tuple(files or ()), output, unit, plan, load_plan, spoken)
        raise typer.Exit(code)


# --- new ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _NewOptions:
    unit: str | None
    week: str | None
    start: str | None
    end: str | None
    output: Path | None
    format: str | None
    plan: Path | None


def _make_new(asked: _NewOptions, load_plan: PlanLoader, lang: Lang) -> None:
    """``new``: every usage error first, then the file, printed or written."""
    if asked.output is not None and str(asked.output) == "-":
        asked = replace(asked, output=None)
    if asked.unit is None:
        usage("clerk.no-unit")
    start, end = _period(asked)
    chosen = _new_format(asked)
    if asked.output is not None:
        _check_new_target(asked.output)
    elif chosen == "xlsx" and _terminal():
        usage("clerk.xlsx-to-terminal", name=f"{asked.unit}-{week_label(start)}.xlsx")
    plan = load_plan(asked.plan, lang)
    unit = _resolved_unit(plan, asked.unit)
    if end < plan.start or start > plan.end:
        usage("clerk.outside-campaign", start=start, end=end, first=plan.start, last=plan.end)
    shown = str(asked.output) if asked.output is not None else None
    from hpcampaign.clerk import template, workbook

    request = template.Request(unit, start, end, lang, shown)
    data = workbook.render(plan, request) if chosen == "xlsx" else template.render(plan, request).encode()
    if asked.output is None:
        _stdout(data, lang)
        return
    _create(data, asked.output, "clerk.output-exists", lang)
    written: SentenceId = "clerk.new-written-xlsx" if chosen == "xlsx" else "clerk.new-written"
    tell(say(written, lang, path=asked.output))


def _terminal() -> bool:
    """Whether a person reads standard output (a workbook is not shown to one)."""
    return sys.stdout.isatty()


def _period(asked: _NewOptions) -> tuple[date, date]:
    if asked.week is not None:
        if asked.start is not None or asked.end is not None:
            usage("usage.week-and-dates")
        try:
            return parse_week(asked.week)
        except ValueError:
            usage("usage.not-a-week", value=asked.week)
    if asked.start is None or asked.end is None:
        usage("clerk.no-period")
    start, end = _date(asked.start, "--from"), _date(asked.end, "--to")
    if start > end:
        usage("period.from-after-to")
    return start, end


def _date(text: str, option: str) -> date:
    try:
        return parse_date(text)
    except ValueError:
        usage("usage.not-a-date", option=option, value=text)


def _new_format(asked: _NewOptions) -> str:
    """``--format``, else the output's suffix (``.xlsx``), else yaml; a clash is a usage error."""
    suffix = asked.output.suffix.lower() if asked.output is not None else ""
    implied = "xlsx" if suffix == ".xlsx" else "yaml" if suffix in (".yaml", ".yml") else None
    if asked.format is not None and implied is not None and asked.format != implied:
        usage("clerk.format-suffix", format=asked.format, path=asked.output)
    return asked.format or implied or "yaml"


def _check_new_target(output: Path) -> None:
    if output.exists() or output.is_symlink():
        usage("clerk.output-exists", path=output)
    if not output.parent.is_dir():
        usage("usage.output-no-folder", folder=output.parent, name=output.name)


def _resolved_unit(plan: Plan, text: str) -> str:
    unit = plan.resolve_unit(text)
    if unit is None:
        suggestion = suggest(text, [u.id for u in plan.units] + [u.name for u in plan.units])
        usage("usage.no-unit", value=text, suggestion=suggestion)
    return unit.id


# --- import ------------------------------------------------------------------------------------


def _import_files(
    files: tuple[Path, ...],
    output: Path | None,
    unit: str | None,
    plan_path: Path | None,
    load_plan: PlanLoader,
    lang: Lang,
) -> int:
    """``import``: usage errors first; then every source read, converted and reported, and the
    submissions of the sources without an error written. The exit code: 3 if any error, else 0."""
    if not files:
        usage("clerk.import-no-files")
    if output is None:
        usage("clerk.import-no-output")
    for path in files:
        if not path.exists():
            usage("usage.no-such-path", path=path)
        if path.suffix.lower() not in SOURCES:
            usage("clerk.import-suffix", path=path)
    if output.exists() and not output.is_dir():
        usage("clerk.import-not-folder", path=output)
    plan = load_plan(plan_path, lang)
    from hpcampaign.clerk.importer import Settings, import_source

    settings = Settings(plan, _resolved_unit(plan, unit) if unit is not None else None, today(plan))
    imported = [import_source(str(path), _tables(path), settings) for path in files]
    lines = [line for source in imported for line in _report(source, lang)]
    targets = _targets(imported, output)
    _stdout("".join(f"{line}\n" for line in lines).encode(), lang)
    for _converted, target in targets:
        if target.exists() or target.is_symlink():
            usage("clerk.import-exists", path=target)
    if targets:
        _make_folder(output, lang)
    written = []
    for converted, target in targets:
        _create(converted.text.encode(), target, "clerk.import-exists", lang)
        written.append(say("clerk.wrote", lang, path=target, n=converted.items, unit=converted.unit))
    errors, warnings = sum(s.errors for s in imported), sum(s.warnings for s in imported)
    closing = [
        *(say("clerk.not-written", lang, source=s.source, n=s.errors) for s in imported if s.errors),
        say(
            "clerk.summary",
            lang,
            read=say("clerk.read", lang, n=len(imported)),
            written=say("clerk.written", lang, n=len(written)),
            errors=words.count(errors, "count.error", lang),
            warnings=words.count(warnings, "count.warning", lang),
        ),
    ]
    _stdout("".join(f"{safe(line)}\n" for line in [*written, *closing]).encode(), lang)
    return 3 if errors else 0


def _tables(path: Path) -> list[Table] | Fatal:
    from hpcampaign.clerk.layout import is_header
    from hpcampaign.clerk.sheets import read_csv, read_xlsx

    raw = read_bytes(path)
    if isinstance(raw, Fatal):
        return raw
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(raw)
    table = read_csv(raw, is_header)
    return table if isinstance(table, Fatal) else [table]


def _report(source: Imported, lang: Lang) -> list[str]:
    """The problems of a source, one a line (``place  severity  code  message``), and the
    columns left out."""
    lines = []
    for located in source.problems:
        problem = located.problem
        severity = say("clerk.error" if problem.severity == "error" else "clerk.warning", lang)
        lines.append(f"{safe(located.where)}  {severity}  {problem.code}  {safe(problem.message(lang))}")
    for where, columns in source.skipped:
        lines.append(safe(say("clerk.skipped", lang, where=where, columns=", ".join(columns))))
    return lines


def _targets(imported: list[Imported], output: Path) -> list[tuple[Converted, Path]]:
    """Each submission of the sources without an error, and where it goes: names made distinct
    within the run (``-2``, ``-3``)."""
    from hpcampaign.clerk.importer import output_name

    taken: set[str] = set()
    targets: list[tuple[Converted, Path]] = []
    for source in imported:
        if source.errors:
            continue
        for converted in source.converted:
            name = output_name(converted.unit, source.source)
            stem, number = name.removesuffix(".yaml"), 2
            while name in taken:
                name, number = f"{stem}-{number}.yaml", number + 1
            taken.add(name)
            targets.append((converted, output / name))
    return targets


# --- writing -----------------------------------------------------------------------------------


def _stdout(data: bytes, lang: Lang) -> None:
    try:
        write_stdout([data])
    except OutputError as error:
        _cannot_write(say("usage.standard-output", lang), error.errno, lang)


def _make_folder(folder: Path, lang: Lang) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _cannot_write(folder, error.errno or 0, lang)


def _create(data: bytes, target: Path, exists: SentenceId, lang: Lang) -> None:
    """Write a new file, never over one (``exists`` is the usage error when the name is taken).

    The bytes go to a fresh temporary file beside it, which is then linked to its name (a link
    fails when the name is taken), so the name never holds half a file; where the file system
    has no links, the name is created exclusively and written.
    """
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name[:64]}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        _cannot_write(target, error.errno or 0, lang)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise
        except OSError:
            with open(target, "xb") as handle:
                handle.write(data)
    except FileExistsError:
        usage(exists, path=target)
    except OSError as error:
        _cannot_write(target, error.errno or 0, lang)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _cannot_write(where: object, number: int, lang: Lang) -> NoReturn:
    known = OS_REASONS.get(number)
    reason = say(known, lang) if known is not None else say("os.other", lang, code=number)
    usage("usage.cannot-write", where=where, reason=reason)
