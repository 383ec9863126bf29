"""``check --format junit``: JUnit XML that GitLab, Jenkins and most CI servers read.

Valid against the common Jenkins/Ant schema (``junit-10.xsd``, copied into ``tests/schemas``):
every suite has its required ``tests``, ``failures`` and ``errors``, and a test case carries only
the attributes the schema declares (``name``, ``classname``): the location of a problem is in its
``name`` (``path:line:col code``) and in its failure's text, never in a ``file`` or ``line``
attribute. One suite per file (a case per problem, or one passing case for a file without any)
and one suite per rule (a case per result); each suite opens with ``<properties>``: the plan
used, the as-of date and the ``--fail-on`` level.

Every problem of severity ``error`` and every result that fails ``--fail-on`` is a ``<failure>``
whose *text* is the message (GitLab shows the text, not the attribute) and whose ``message``
attribute repeats it; warnings pass with their message in ``<system-out>``; a pending result
that does not fail is ``<skipped>``.

XML 1.0 cannot hold most C0 controls, lone surrogates or U+FFFE/U+FFFF, and a CI server that
meets one drops the whole report. So once an element is built, every attribute and text in it
passes through :func:`~hpcampaign.text.safe.safe` (:func:`_safe_tree`): a control character from
a file is written as its visible escape (``news\\x01``) and the file always parses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby
from xml.etree import ElementTree as ET

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.words import number, span, status_word, target
from hpcampaign.records import Problem, Result
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe


def render(report: CheckReport, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    """The XML piece by piece: each test case is built, made safe and written on its own, so a
    run of 300,000 problems never holds 300,000 elements at once (only counts per file)."""
    by_file = Counter(problem.path for problem in report.problems)
    errors_by_file = Counter(problem.path for problem in report.problems if problem.severity == "error")
    paths = sorted({f.path for f in report.files} | set(by_file))
    failing = [fails(result, options.fail_on) for result in report.results]
    problem_cases = sum(max(by_file[path], 1) for path in paths)
    properties = _properties(report, options)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield _open(
        "testsuites",
        name="hpcampaign",
        tests=problem_cases + len(report.results),
        failures=report.errors + sum(failing),
        errors=0,
    )
    yield from _file_suites(report, options, paths, by_file, errors_by_file, properties)
    yield from _rule_suites(report, options, failing, properties)
    yield "\n</testsuites>\n"


def _file_suites(
    report: CheckReport,
    options: RenderOptions,
    paths: list[str],
    by_file: Counter[str],
    errors_by_file: Counter[str],
    properties: str,
) -> Iterator[str]:
    """One suite per file, in path order (the problems are sorted by path already)."""
    grouped = groupby(report.problems, key=lambda problem: problem.path)
    pending = next(grouped, None)
    for path in paths:
        yield "\n  " + _open(
            "testsuite", name=path, tests=max(by_file[path], 1), failures=errors_by_file[path], errors=0
        )
        yield properties
        if pending is not None and pending[0] == path:
            for problem in pending[1]:
                yield _case(_problem_case(problem, options))
            pending = next(grouped, None)
        else:
            valid = say("junit.valid", options.lang, path=path)
            yield _case(ET.Element("testcase", classname=path, name=valid))
        yield "\n  </testsuite>"


def _problem_case(problem: Problem, options: RenderOptions) -> ET.Element:
    message = problem.message(options.lang)
    case = ET.Element("testcase", classname=problem.path, name=f"{problem.where} {problem.code}")
    if problem.severity == "error":
        failure = ET.SubElement(case, "failure", type=problem.code, message=message)
        failure.text = f"{problem.where}: {message}"
    else:
        ET.SubElement(case, "system-out").text = f"{problem.where}: " + say(
            "junit.warning", options.lang, message=message
        )
    return case


def _rule_suites(
    report: CheckReport, options: RenderOptions, failing: list[bool], properties: str
) -> Iterator[str]:
    """One suite per rule, in plan order (the results of a rule are together)."""
    judged = list(zip(report.results, failing, strict=True))
    tests: Counter[str] = Counter(result.rule for result in report.results)
    failures: Counter[str] = Counter(result.rule for result, failed in judged if failed)
    skipped: Counter[str] = Counter(
        result.rule for result, failed in judged if result.status == "pending" and not failed
    )
    for rule_id, group in groupby(judged, key=lambda pair: pair[0].rule):
        yield "\n  " + _open(
            "testsuite",
            name=rule_id,
            tests=tests[rule_id],
            failures=failures[rule_id],
            errors=0,
            skipped=skipped[rule_id],
        )
        yield properties
        yield from (_case(_result_case(report, result, failed, options)) for result, failed in group)
        yield "\n  </testsuite>"


def _result_case(report: CheckReport, result: Result, failed: bool, options: RenderOptions) -> ET.Element:
    lang = options.lang
    rule = report.plan.rule_by_id[result.rule]
    label = f"{result.scope} {span(result.start, result.end, lang)}"
    if result.language:
        label += f" {result.language}"
    case = ET.Element("testcase", classname=result.rule, name=label)
    verdict = status_word(result.status, lang)
    text = f"{rule.clause}: {number(result.actual, lang)} ({target(rule, lang)}) — {verdict}"
    if failed:
        failure = ET.SubElement(case, "failure", type=result.status, message=text)
        failure.text = f"{result.rule} {label}: {text}"
    elif result.status == "pending":
        ET.SubElement(case, "skipped", message=text)
    else:
        ET.SubElement(case, "system-out").text = text
    return case


def _properties(report: CheckReport, options: RenderOptions) -> str:
    """The run's facts as a suite's ``<properties>``: the plan used, the as-of date, the level."""
    element = ET.Element("properties")
    facts: Iterable[tuple[str, str]] = (
        ("plan", report.plan_name),
        ("as-of", report.as_of.isoformat()),
        ("fail-on", options.fail_on),
    )
    for name, value in facts:
        ET.SubElement(element, "property", name=name, value=value)
    _safe_tree(element)
    ET.indent(element, level=2)
    return "\n    " + ET.tostring(element, encoding="unicode")


def _open(tag: str, **attributes: object) -> str:
    """An opening tag with its attributes, written as ElementTree writes them."""
    element = ET.Element(tag, {key: safe(str(value)) for key, value in attributes.items()})
    written = ET.tostring(element, encoding="unicode")
    return written[: -len(" />")] + ">"


def _case(case: ET.Element) -> str:
    """One test case, safe and indented at its depth (a suite's child), with its line break."""
    _safe_tree(case)
    ET.indent(case, level=2)  # after _safe_tree: the indentation's own line breaks are the format's
    return "\n    " + ET.tostring(case, encoding="unicode")


def _safe_tree(root: ET.Element) -> None:
    """Every attribute value and text of the tree made safe, in place: one point for all of them."""
    for node in root.iter():
        if node.text:
            node.text = safe(node.text)
        for key, value in node.attrib.items():
            node.attrib[key] = safe(value)
