"""Validates the shipped data files against the JSON Schemas generated from the Rust types."""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
# Older fixtures are read through the migrations, not against the current schema.
current = json.loads((root / "core/data/sample/hanoi-he-pho.json").read_text(encoding="utf-8"))["schema_version"]
checks = [
    ("core/schema/ruleset.schema.json", sorted((root / "core/data/rulesets").glob("*.json"))),
    ("core/schema/assessment.schema.json",
     [root / "core/data/sample/hanoi-he-pho.json", *sorted((root / "tests/fixtures/files").glob(f"schema-v{current}.json"))]),
]
failed = 0
for schema_path, files in checks:
    schema = json.loads((root / schema_path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for f in files:
        errors = sorted(validator.iter_errors(json.loads(f.read_text(encoding="utf-8"))), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{f.relative_to(root)}: {'/'.join(map(str, e.path))}: {e.message}")
        failed += len(errors)
        print(f"{'ok ' if not errors else 'BAD'} {f.relative_to(root)} against {schema_path}")
sys.exit(1 if failed else 0)
