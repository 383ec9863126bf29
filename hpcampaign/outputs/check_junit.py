"""``check --format junit``: JUnit XML that GitLab, Jenkins and most CI servers read.

Two test suites: ``problems`` (a test case per problem: errors are ``<failure>``, warnings
pass with the message in ``<system-out>``) and ``rules`` (a test case per result: it fails
when the result fails ``--fail-on``; pending results are ``<skipped>``). Every file that was
checked also gets a passing case, so a clean run is not an empty report.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..checking import CheckReport
from ..verdict import fails
from ..words import num, span, status_word, target
from . import RenderOptions


def render(report: CheckReport, options: RenderOptions) -> str:
    lang = options.lang
    root = ET.Element("testsuites", name="hpcampaign")
    problems = ET.SubElement(root, "testsuite", name="problems")
    failures = 0
    by_file: dict[str, int] = {}
    for problem in report.problems:
        by_file[problem.path] = by_file.get(problem.path, 0) + 1
        where = problem.where
        case = ET.SubElement(
            problems, "testcase", classname=problem.path, name=f"{where} {problem.code}", file=problem.path
        )
        if problem.line is not None:
            case.set("line", str(problem.line))
        if problem.severity == "error":
            failures += 1
            ET.SubElement(case, "failure", type=problem.code, message=problem.message(lang))
        else:
            ET.SubElement(case, "system-out").text = f"warning: {problem.message(lang)}"
    for summary in sorted(report.files, key=lambda f: f.path):
        if summary.path not in by_file:
            ET.SubElement(
                problems, "testcase", classname=summary.path, name=f"{summary.path} valid", file=summary.path
            )
    problems.set("tests", str(len(problems)))
    problems.set("failures", str(failures))
    rules_suite = ET.SubElement(root, "testsuite", name="rules")
    rules = report.plan.rule_by_id
    failed = skipped = 0
    for result in report.results:
        rule = rules[result.rule]
        label = f"{result.scope} {span(result.start, result.end, lang)}"
        if result.language:
            label += f" {result.language}"
        case = ET.SubElement(rules_suite, "testcase", classname=result.rule, name=label)
        verdict = status_word(result.status, lang)
        text = f"{rule.clause}: {num(result.actual, lang)} ({target(rule, lang)}) — {verdict}"
        if fails(result, options.fail_on):
            failed += 1
            ET.SubElement(case, "failure", type=result.status, message=text)
        elif result.status == "pending":
            skipped += 1
            ET.SubElement(case, "skipped", message=text)
        else:
            ET.SubElement(case, "system-out").text = text
    rules_suite.set("tests", str(len(report.results)))
    rules_suite.set("failures", str(failed))
    rules_suite.set("skipped", str(skipped))
    root.set("tests", str(len(problems) + len(report.results)))
    root.set("failures", str(failures + failed))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
