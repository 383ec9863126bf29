"""``check --format junit``: JUnit XML that GitLab, Jenkins and most CI servers read.

Two test suites: ``problems`` (a test case per problem: errors are ``<failure>``, warnings
pass with the message in ``<system-out>``) and ``rules`` (a test case per result: it fails
when the result fails ``--fail-on``; pending results are ``<skipped>``). Every file that was
checked also gets a passing case, so a clean run is not an empty report.

XML 1.0 cannot hold most C0 controls, lone surrogates or U+FFFE/U+FFFF, and a CI server that
meets one drops the whole report. So once the tree is built, every attribute and text in it
passes through :func:`~hpcampaign.text.safe.safe` (:func:`_safe_tree`): a control character from
a file is written as its visible escape (``news\\x01``) and the file always parses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from hpcampaign.judge.run import CheckReport
from hpcampaign.judge.verdict import fails
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.words import number, span, status_word, target
from hpcampaign.text.catalogue import say
from hpcampaign.text.safe import safe


def render(report: CheckReport, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: CheckReport, options: RenderOptions) -> Iterator[str]:
    """The XML piece by piece: each test case is built, made safe and written on its own, so a
    run of 300,000 problems never holds 300,000 elements at once."""
    lang = options.lang
    by_file = Counter(problem.path for problem in report.problems)
    valid = [f.path for f in sorted(report.files, key=lambda f: f.path) if f.path not in by_file]
    failures = sum(1 for problem in report.problems if problem.severity == "error")
    problem_cases = len(report.problems) + len(valid)
    failed = sum(1 for result in report.results if fails(result, options.fail_on))
    skipped = sum(
        1 for result in report.results if result.status == "pending" and not fails(result, options.fail_on)
    )
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield _open(
        "testsuites", name="hpcampaign", tests=problem_cases + len(report.results), failures=failures + failed
    )
    yield "\n  " + _open("testsuite", name="problems", tests=problem_cases, failures=failures)
    for problem in report.problems:
        case = ET.Element(
            "testcase", classname=problem.path, name=f"{problem.where} {problem.code}", file=problem.path
        )
        if problem.line is not None:
            case.set("line", str(problem.line))
        if problem.severity == "error":
            ET.SubElement(case, "failure", type=problem.code, message=problem.message(lang))
        else:
            ET.SubElement(case, "system-out").text = say("junit.warning", lang, message=problem.message(lang))
        yield _case(case)
    for path in valid:
        yield _case(
            ET.Element("testcase", classname=path, name=say("junit.valid", lang, path=path), file=path)
        )
    yield "\n  </testsuite>"
    yield "\n  " + _open(
        "testsuite", name="rules", tests=len(report.results), failures=failed, skipped=skipped
    )
    rules = report.plan.rule_by_id
    for result in report.results:
        rule = rules[result.rule]
        label = f"{result.scope} {span(result.start, result.end, lang)}"
        if result.language:
            label += f" {result.language}"
        case = ET.Element("testcase", classname=result.rule, name=label)
        verdict = status_word(result.status, lang)
        text = f"{rule.clause}: {number(result.actual, lang)} ({target(rule, lang)}) — {verdict}"
        if fails(result, options.fail_on):
            ET.SubElement(case, "failure", type=result.status, message=text)
        elif result.status == "pending":
            ET.SubElement(case, "skipped", message=text)
        else:
            ET.SubElement(case, "system-out").text = text
        yield _case(case)
    yield "\n  </testsuite>\n</testsuites>\n"


def _open(tag: str, **attributes: object) -> str:
    """An opening tag with its attributes, written as ElementTree writes them."""
    element = ET.Element(tag, {key: str(value) for key, value in attributes.items()})
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
