#!/usr/bin/env python3
"""The jsonschema-rs side of Benchmarks/run: validate files (or folders of *.json, sorted)
against one schema with jsonschema_rs, print one line per invalid file and a summary.
Exit 0 when all are valid, 1 otherwise (like eizin validate)."""
import json, os, sys
import jsonschema_rs

def files(args):
    for arg in args:
        if os.path.isdir(arg):
            for root, dirs, names in os.walk(arg):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(".json"):
                        yield os.path.join(root, name)
        else:
            yield arg

def main():
    schema_path, paths = sys.argv[1], sys.argv[2:]
    with open(schema_path, "rb") as f:
        validator = jsonschema_rs.validator_for(json.load(f))
    invalid = 0
    count = 0
    for path in files(paths):
        count += 1
        with open(path, "rb") as f:
            instance = json.load(f)
        errors = list(validator.iter_errors(instance))
        if errors:
            invalid += 1
            print(f"{path}: {len(errors)} errors, first: {errors[0].message}")
    print(f"{count} files, {invalid} invalid")
    sys.exit(1 if invalid else 0)

main()
