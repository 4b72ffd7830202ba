#!/usr/bin/env python3
"""Independent check of the emitted schemas and examples with python-jsonschema.

For every forms/<kind>.schema.json: the schema is valid against the 2020-12 meta-schema.
For every forms/examples/<kind>/<name>.json: python-jsonschema's verdict equals the
"schema: valid|invalid" line of <name>.expected (rule-level findings, such as dates or
checksums, are eizin's own and not checked here).

Usage: check_examples.py [REPOSITORY_ROOT]   (default: two folders up from this file)
Prints every disagreement and `independent-check: N passed, N failed`; exits 1 on any failure.
"""
import json
import pathlib
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

    print(f"independent-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
