"""linkchecker over the folder with anchor checking: every link and #fragment must resolve.

It starts from the folder, not index.html, so pages nothing links to are checked too. As
root, linkchecker drops to user `nobody`: the caller makes the folder world-readable, and
the report comes back on stdout (`-o csv`) rather than through a file nobody cannot write.
"""

import csv
import io
import os
import re
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

_CONFIG = "[AnchorCheck]\n"
_COMMENT = re.compile(r"^# (Stopped checking|created by|Read the documentation|Write comments)")


def run(site, pages, tally):
    site = Path(site).resolve()
    with tempfile.TemporaryDirectory(prefix="eizin-linkcheck-") as folder:
        os.chmod(folder, 0o755)
        config = Path(folder, "linkcheckerrc")
        config.write_text(_CONFIG)
        config.chmod(0o644)
        # --verbose lists every link, not only broken ones, so "nothing checked" shows.
        command = ["linkchecker", "--verbose", "--no-status", "--config", str(config), "-o", "csv",
                   site.as_uri() + "/"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=900,
                                env={**os.environ, "LANG": "C.UTF-8"})
    rows = _rows(result.stdout)
    by_page = {page: [] for page in pages}
    elsewhere = []
    checked = 0
    for row in rows:
        checked += 1
        problem = _problem(row)
        if problem is None:
            continue
        parent = _relative_page(row.get("parentname", ""), site)
        where = f"{parent}:{row.get('line', '?')}:{row.get('column', '?')}" if parent else "(start)"
        message = f"{where}: {row.get('urlname', '')} -> {problem}"
        if parent in by_page:
            by_page[parent].append(message)
        else:
            elsewhere.append(message)
    for page, problems in sorted(by_page.items()):
        tally.record(f"links {page}", problems)
    run_problems = list(elsewhere)
    if checked == 0:
        run_problems.append(f"linkchecker reported no links (exit {result.returncode}): "
                            f"{result.stderr.strip()[:500]}")
    elif result.returncode not in (0, 1):
        run_problems.append(f"linkchecker exited {result.returncode}: {result.stderr.strip()[:500]}")
    elif result.returncode == 1 and not any(by_page.values()) and not elsewhere:
        run_problems.append("linkchecker exited 1 but reported no broken link")
    if run_problems:
        tally.record("links (checker run)", run_problems)


def _rows(text):
    # Comment lines ("# created by ...", "# Stopped checking ...") surround a ';' table whose
    # rows may themselves start with '#' (a link to "#anchor"): keep from the header on, and
    # drop only linkchecker's own comment lines.
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("urlname;")), len(lines))
    table = [line for line in lines[start:] if not _COMMENT.match(line)]
    return list(csv.DictReader(io.StringIO("\n".join(table)), delimiter=";"))


def _problem(row):
    """Why a row is broken, or None. Warnings count: a missing #anchor is only a warning."""
    if row.get("valid", "").strip().lower() not in ("true", "1"):
        return row.get("result", "").strip() or "invalid"
    warning = row.get("warningstring", "").strip()
    return f"warning: {warning}" if warning else None


def _relative_page(url, site):
    if not url:
        return None
    path = Path(unquote(urlparse(url).path))
    try:
        return path.resolve().relative_to(site).as_posix()
    except ValueError:
        return None
