"""axe-core (bundled by selenium-axe-python, offline) run inside the page."""

from pathlib import Path

import selenium_axe_python

_AXE_SOURCE = (Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text(
    encoding="utf-8")

# Returns only what a report needs: the whole result object is megabytes on a long page.
_RUN = """
const options = arguments[0];
const done = arguments[arguments.length - 1];
axe.run(document, options).then(
  r => done({violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))}))}),
  e => done({error: String(e)}));
"""

# Rules about colour: the ones dark mode can break.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_version():
    return _AXE_SOURCE.split("axe v", 1)[1].split(" ", 1)[0] if "axe v" in _AXE_SOURCE else "?"


def violations(driver, only_rules=None):
    """Problems found by axe on the loaded page, one line per violation and node."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(_AXE_SOURCE)
    # preload: false stops axe fetching the stylesheets itself (XHR), which file:// blocks and
    # logs as a console error that the page did not cause.
    options = {"resultTypes": ["violations"], "preload": False}
    if only_rules:
        options["runOnly"] = {"type": "rule", "values": list(only_rules)}
    result = driver.execute_async_script(_RUN, options)
    if "error" in result:
        return [f"axe failed to run: {result['error']}"]
    problems = []
    for violation in result["violations"]:
        nodes = violation["nodes"]
        problems.append(f"{violation['id']} ({violation['impact']}): {violation['help']} "
                        f"- {len(nodes)} node(s)")
        for node in nodes[:5]:
            summary = " ".join(node["summary"].split())
            problems.append(f"    {node['target']}: {summary[:300]}")
        if len(nodes) > 5:
            problems.append(f"    ... and {len(nodes) - 5} more")
    return problems
