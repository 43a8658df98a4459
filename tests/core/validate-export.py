#!/usr/bin/python3
"""Validates a data.json against Coffer's JSON Schema with an independent validator (python3-jsonschema).
Usage: validate-export.py SCHEMA DATA_JSON — exit 0 when valid, 1 with the errors otherwise."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
data = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
for e in errors[:20]:
    print("/".join(str(p) for p in e.path), e.message, file=sys.stderr)
sys.exit(1 if errors else 0)
