#!/usr/bin/env python3
"""Validate a SARIF log against a JSON schema (the OASIS SARIF 2.1.0 schema is draft-07).

Usage: python3 Scripts/validate_sarif.py SCHEMA.json LOG.sarif

Prints every validation error (with the JSON path where it occurs) and exits 1 when the log
does not conform, 2 when a file cannot be read or parsed or the jsonschema package is missing,
and 0 (printing one "valid" line) when it conforms. Needs the `jsonschema` package
(Debian: python3-jsonschema; pip: jsonschema).
"""
import json
import sys

try:
    import jsonschema
    from jsonschema import validators
except ImportError:
    print("validate_sarif: the Python package jsonschema is not installed "
          "(apt-get install python3-jsonschema, or pip install jsonschema)", file=sys.stderr)
    sys.exit(2)


def load(path, what):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        print(f"validate_sarif: {path}: cannot read the {what}: {error.strerror}", file=sys.stderr)
    except (ValueError, UnicodeDecodeError) as error:
        print(f"validate_sarif: {path}: the {what} is not JSON: {error}", file=sys.stderr)
    sys.exit(2)


def where(error):
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return "$" + path


def main(argv):
    if len(argv) != 3:
        print("usage: validate_sarif.py SCHEMA.json LOG.sarif", file=sys.stderr)
        return 2
    schema_path, log_path = argv[1], argv[2]
    schema = load(schema_path, "schema")
    log = load(log_path, "SARIF log")

    # The validator class the schema's "$schema" names (draft-07 for SARIF 2.1.0).
    validator_class = validators.validator_for(schema, default=jsonschema.Draft7Validator)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        print(f"validate_sarif: {schema_path}: not a valid schema: {error.message}", file=sys.stderr)
        return 2
    format_checker = getattr(validator_class, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = validator_class(schema, format_checker=format_checker)

    errors = sorted(validator.iter_errors(log), key=where)
    if errors:
        for error in errors:
            print(f"{log_path}: {where(error)}: {error.message}")
        print(f"{log_path}: {len(errors)} schema error{'s' if len(errors) != 1 else ''} "
              f"against {schema_path}", file=sys.stderr)
        return 1
    print(f"{log_path}: valid against {schema.get('title', schema_path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
