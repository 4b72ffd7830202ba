"""Counts checks as they finish and prints failures as they happen.

Every check is one named result, passed or failed with a list of problems, so the closing
line `site-tests: N passed, N failed` counts the same things a reader sees listed.
"""

import sys


class Tally:
    def __init__(self, verbose=False):
        self.verbose = verbose
        self.passed = 0
        self.failed = 0
        self.failures = []  # (name, problems), kept for the summary at the end

    def record(self, name, problems):
        """Records one check; `problems` is a list of strings, empty when it passed."""
        if problems:
            self.failed += 1
            self.failures.append((name, list(problems)))
            print(f"FAIL {name}")
            for problem in problems:
                print(f"     {problem}")
        else:
            self.passed += 1
            if self.verbose:
                print(f"ok   {name}")
        sys.stdout.flush()

    def run(self, name, check, *args):
        """Runs `check(*args)`, which returns problems; an exception is a failed check."""
        try:
            problems = check(*args)
        except Exception as error:  # a crashed check must count as failed, never vanish
            problems = [f"check raised {type(error).__name__}: {first_line(error)}"]
        self.record(name, problems)
        return problems

    def closing_line(self):
        return f"site-tests: {self.passed} passed, {self.failed} failed"


def first_line(error):
    text = str(error).strip()
    return text.splitlines()[0] if text else repr(error)
