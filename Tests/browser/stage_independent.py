"""Runs Tests/independent/check_examples.py (another helper's cross-check) when it exists."""

import subprocess
import sys
from pathlib import Path


def run(repo, tally):
    script = Path(repo, "Tests", "independent", "check_examples.py")
    if not script.exists():
        print(f"skip independent-check: {script.relative_to(repo)} does not exist yet")
        return
    result = subprocess.run([sys.executable, str(script)], cwd=repo, capture_output=True,
                            text=True, timeout=900)
    print(result.stdout, end="")
    if result.returncode != 0:
        print(result.stderr, end="")
    problems = []
    if result.returncode != 0:
        summary = [l for l in result.stdout.splitlines() if l.startswith("independent-check:")]
        problems.append(f"exited {result.returncode}" + (f" ({summary[-1]})" if summary else ""))
    tally.record("independent-check", problems)
