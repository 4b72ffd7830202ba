#!/usr/bin/env python3
"""Independent check of the emitted schemas and examples with python-jsonschema.

For every forms/<kind>.schema.json: the schema is valid against the 2020-12 meta-schema.
For every forms/examples/<kind>/<name>.json: python-jsonschema's verdict equals the
"schema: valid|invalid" line of <name>.expected (rule-level findings, such as dates or
checksums, are eizin's own and not checked here).
For forms/rule-vectors.json: a second, independent interpreter of the rule expressions
(this file, with Python's own calendar) gives every vector's expected result, as the
browser's JavaScript port must.

Usage: check_examples.py [REPOSITORY_ROOT]   (default: two folders up from this file)
Prints every disagreement and `independent-check: N passed, N failed`; exits 1 on any failure.
"""
import datetime
import json
import pathlib
import re
import sys

from jsonschema import Draft202012Validator


def main() -> int:
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]
    forms = root / "forms"
    passed = failed = 0

    def report(ok: bool, what: str) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"DISAGREE: {what}")

    schemas = {}
    for path in sorted(forms.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        errors = list(Draft202012Validator(Draft202012Validator.META_SCHEMA).iter_errors(schema))
        report(not errors, f"{path.relative_to(root)} is not a valid 2020-12 schema: {[e.message for e in errors]}")
        report(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema", f"{path.name} lacks the 2020-12 $schema")
        report(schema.get("$id") == f"https://eizin.example/forms/{path.name}", f"{path.name} has $id {schema.get('$id')}")
        schemas[path.name[: -len(".schema.json")]] = Draft202012Validator(schema)
    if not schemas:
        print(f"no schemas found in {forms}")
        return 1

    for expected in sorted((forms / "examples").glob("*/*.expected")):
        kind = expected.parent.name
        instance_path = expected.with_suffix(".json")
        lines = expected.read_text(encoding="utf-8").splitlines()
        verdicts = [line.split(": ", 1)[1] for line in lines if line.startswith("schema: ")]
        if kind not in schemas or len(verdicts) != 1:
            report(False, f"{expected.relative_to(root)}: no schema for {kind} or no 'schema:' line")
            continue
        instance = json.loads(instance_path.read_text(encoding="utf-8"))
        errors = list(schemas[kind].iter_errors(instance))
        want_valid = verdicts[0] == "valid"
        detail = "; ".join(f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors)
        report(
            (not errors) == want_valid,
            f"{instance_path.relative_to(root)}: expected {verdicts[0]}, python-jsonschema says "
            f"{'valid' if not errors else 'invalid (' + detail + ')'}",
        )

    vectors = json.loads((forms / "rule-vectors.json").read_text(encoding="utf-8"))
    for name, cases in vectors["checks"].items():
        for want, key in ((True, "valid"), (False, "invalid")):
            for value in cases[key]:
                got = CHECKS[name](value)
                report(got == want, f"rule-vectors check {name}({value!r}) = {got}, expected {want}")
    for vector in vectors["expressions"]:
        today = parse_date(vector["today"])
        got = evaluate(vector["expression"], vector["instance"], today)
        got = got if isinstance(got, bool) or got is None else None
        report(got == vector["result"], f"rule-vectors expression '{vector['name']}' = {got}, expected {vector['result']}")

    print(f"independent-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


# --- An independent interpreter of the rule expressions (see docs/rules.md). -----------

MISSING = object()  # "unknown": an absent field or a value of the wrong kind


def parse_date(text):
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text, re.ASCII):
        return None
    try:
        return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return None


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return None


def last_day_of_years(day, years):
    """The day before the anniversary; 29 February's anniversary in a common year is 1 March."""
    try:
        anniversary = datetime.date(day.year + years, day.month, day.day)
    except ValueError:
        anniversary = datetime.date(day.year + years, day.month + 1, 1)
    return anniversary - datetime.timedelta(days=1)


def resolve(instance, pointer):
    value = instance
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return MISSING
    return value


def identity_checksum(text):
    if not re.fullmatch(r"[1-9][0-9]{10}", text, re.ASCII):
        return False
    d = [int(c) for c in text]
    return d[9] == (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 and d[10] == sum(d[:10]) % 10


def plausible_phone(text):
    compact = re.sub(r"[ \-./()\u00a0]", "", text)
    return bool(re.fullmatch(r"(\+|00)[1-9][0-9]{6,14}|0[1-9][0-9]{9}|[1-9][0-9]{9}", compact, re.ASCII))


CHECKS = {
    "tcKimlik": identity_checksum,
    "foreignIdentityPrefix": lambda s: s[:2] in ("99", "98"),
    "notTemporaryProtection": lambda s: not s.startswith("98"),
    "sgkNumber": lambda s: re.fullmatch(r"[0-9]{26}", s, re.ASCII) is not None,
    "consulateReference": lambda s: re.fullmatch(r"[0-9]{16}", s, re.ASCII) is not None,
    "calendarDate": lambda s: parse_date(s) is not None,
    "phoneNumber": plausible_phone,
    "nationalityCode": lambda s: s == "KKTC" or re.fullmatch(r"[A-Z]{3}", s, re.ASCII) is not None,
}


def evaluate(e, instance, today):
    if "op" in e:
        a, b = evaluate(e["left"], instance, today), evaluate(e["right"], instance, today)
        if a is MISSING or b is MISSING:
            return MISSING
        op = e["op"]
        if isinstance(a, datetime.date) or isinstance(b, datetime.date) or (isinstance(a, str) and isinstance(b, str) and op not in ("eq", "ne")):
            a = a if isinstance(a, datetime.date) else parse_date(a)
            b = b if isinstance(b, datetime.date) else parse_date(b)
            if a is None or b is None:
                return MISSING
        elif op not in ("eq", "ne") and not (type(a) in (int, float) and type(b) in (int, float)):
            return MISSING
        return {"eq": a == b, "ne": a != b, "lt": a < b, "lte": a <= b, "gt": a > b, "gte": a >= b}[op]
    if "check" in e:
        value = resolve(instance, e["field"])
        return CHECKS[e["check"]](value) if isinstance(value, str) else MISSING
    if "field" in e:
        value = resolve(instance, e["field"])
        return evaluate(e["default"], instance, today) if value is MISSING and "default" in e else value
    if "const" in e:
        return e["const"]
    if "today" in e:
        return today
    for key, step in (("addDays", lambda d, n: d + datetime.timedelta(days=n)), ("addMonths", add_months),
                      ("addYears", lambda d, n: add_months(d, 12 * n)), ("lastDayOfYears", last_day_of_years)):
        if key in e:
            base = evaluate(e[key][0], instance, today)
            base = base if isinstance(base, datetime.date) else parse_date(base)
            return MISSING if base is None else step(base, e[key][1])
    if "all" in e or "any" in e:
        values = [evaluate(x, instance, today) for x in e.get("all", e.get("any"))]
        decisive = False if "all" in e else True
        if decisive in values:
            return decisive
        return MISSING if any(v is MISSING or not isinstance(v, bool) for v in values) else not decisive
    if "not" in e:
        value = evaluate(e["not"], instance, today)
        return not value if isinstance(value, bool) else MISSING
    if "exists" in e:
        return resolve(instance, e["exists"]) is not MISSING
    raise ValueError(f"unknown expression {e}")


if __name__ == "__main__":
    sys.exit(main())
