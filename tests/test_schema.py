"""JSON Schemas for editors: generated from the validation models, shipped in schemas/,
and every shipped source file is valid against its schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from briefings.sources.schema import KINDS, file_name, schema_bytes

from .conftest import FIXTURE, REPO, cli


class _Editor(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2: a date is a string)."""


_Editor.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _kind(path: Path, root: Path) -> str:
    rel = path.relative_to(root / "sources").as_posix()
    if rel.startswith("packs/"):
        return "pack"
    if rel.startswith("facts/"):
        return "facts"
    if rel.startswith("documents"):
        return "documents"
    if rel == "house.yaml":
        return "house"
    assert rel.startswith("glossary"), rel
    return "glossary"


def _sources(root: Path) -> list[Path]:
    return sorted(p for p in (root / "sources").rglob("*.y*ml"))


def _validator(kind: str):
    schema = json.loads((REPO / "schemas" / file_name(kind)).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("kind", list(KINDS))
def test_shipped_schemas_match_the_models(kind):
    assert (REPO / "schemas" / file_name(kind)).read_bytes() == schema_bytes(kind), (
        "schemas/ is out of date: run `briefings schema`"
    )


@pytest.mark.parametrize(
    "path", _sources(REPO) + _sources(FIXTURE), ids=lambda p: str(p.relative_to(REPO))
)
def test_every_shipped_source_file_is_valid_against_its_schema(path):
    root = REPO if REPO / "sources" in path.parents else FIXTURE
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Editor)
    errors = sorted(_validator(_kind(path, root)).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5])


@pytest.mark.parametrize(
    "kind, data, fragment",
    [
        (
            "facts",
            {
                "facts": [
                    {
                        "id": "x.a",
                        "text": "t",
                        "citation": {"document": "d"},
                        "as_of": "2026-05-18",
                        "cittation": 1,
                    }
                ]
            },
            "Additional properties",
        ),
        (
            "facts",
            {
                "facts": [
                    {"id": "x.a", "text": "t", "citation": {"document": "d"}, "as_of": "18.05.2026"}
                ]
            },
            "is not a 'date'",
        ),
        (
            "facts",
            {
                "facts": [
                    {
                        "id": "x.a",
                        "text": "t",
                        "citation": {"document": "d"},
                        "as_of": "2026-05-18",
                        "value": {"amount": 3, "unit": "euro"},
                    }
                ]
            },
            "is not one of",
        ),
        (
            "pack",
            {
                "id": "p",
                "title": "t",
                "event": {"name": "n", "place": "p", "date": "2026-06-03"},
                "languages": ["en", "pol"],
                "documents": [{"id": "d", "template": "t", "title": "T"}],
            },
            "is not one of",
        ),
        (
            "glossary",
            {"terms": [{"id": "t", "terms": {"english": "x"}, "defined_in": {"document": "d"}}]},
            "is not one of",
        ),
    ],
)
def test_schemas_reject_what_the_loader_rejects(kind, data, fragment):
    def walk(errors):
        for e in errors:
            yield e.message
            yield from walk(e.context or ())

    messages = list(walk(_validator(kind).iter_errors(data)))
    assert any(fragment in m for m in messages), messages


def test_schema_command_writes_every_kind(tmp_path, project):
    result = cli("schema", "--out", tmp_path / "s", root=project)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(file_name(k) for k in KINDS)
    for kind in KINDS:
        assert (tmp_path / "s" / file_name(kind)).read_bytes() == schema_bytes(kind)


def test_the_authoring_guide_is_up_to_date(tmp_path):
    """docs/authoring.md's generated part is what `make docs` writes from the code now."""
    from briefings.sources.schema import update_guide

    copy = tmp_path / "authoring.md"
    copy.write_text((REPO / "docs" / "authoring.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert not update_guide(copy), "docs/authoring.md is out of date: run `make docs`"


def test_every_field_and_helper_is_documented():
    import re

    from briefings.sources.schema import FIELD_HELP, HELPERS, models

    fields = {f"{name}.{f}" for name, model in models().items() for f in model.model_fields}
    assert fields == set(FIELD_HELP), (
        sorted(fields - set(FIELD_HELP)),
        sorted(set(FIELD_HELP) - fields),
    )
    render = (REPO / "briefings" / "compose" / "render.py").read_text(encoding="utf-8")
    exposed = set(re.findall(r'"(\w+)": call\.(\w+)', render))
    assert exposed and {name for name, _ in exposed} == set(HELPERS)


def test_facts_cannot_leave_a_gap_in_a_sentence(project):
    """New-user problem 3: {date} or {value} without the field printed as nothing."""
    (project / "sources" / "facts" / "gap.yaml").write_text(
        'facts:\n  - id: x.gap\n    text: "Proposed on {date}."\n    citation: {document: ai-act}\n'
        '    as_of: 2026-05-18\n  - id: x.nothing\n    text: "Worth {value}."\n'
        "    citation: {document: ai-act}\n"
        '    as_of: 2026-05-18\n  - id: x.feb\n    text: "ok"\n    date: 2029-02-30\n'
        "    citation: {document: ai-act}\n    as_of: 2026-05-18\n",
        encoding="utf-8",
    )
    for command in (["check"], ["build", "-j", "1"]):
        result = cli(*command, root=project)
        assert result.exit_code == 1
        assert (
            "gap.yaml:2: fact 'x.gap': the text uses {date} but the fact has no 'date:' field"
            in result.stderr
        )
        assert (
            "gap.yaml:6: fact 'x.nothing': the text uses {value} but the fact has no 'value:' field"
            in result.stderr
        )
        assert (
            "gap.yaml:12: fact 'x.feb': date: 2029-02-30: February 2029 has 28 days"
            in result.stderr
        )
