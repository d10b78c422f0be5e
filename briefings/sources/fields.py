"""The field types and the validation every source file shares (documents, facts, glossary,
packs, the house profile): dates, identifiers, language codes, plain text, safe links, and
one entry validated with every error as a Problem with its line, entry and field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
)
from pydantic_core import ErrorDetails

from ..errors import Problems, did_you_mean
from ..languages import BY_CODE
from .yamlread import YamlValue, line_of

ID_RE = r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$"
SAFE_URL_RE = re.compile(r"^(https?://[^\s<>\"']+|mailto:[^\s<>\"']+)$", re.IGNORECASE)


def _iso_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"expected YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(impossible_date(value)) from None


def impossible_date(value: str) -> str:
    """Why a YYYY-MM-DD string is no date: '2029-02-30: February 2029 has 28 days'."""
    import calendar

    year, month, day = (int(x) for x in value.split("-"))
    if not 1 <= month <= 12:
        return f"{value}: there is no month {month}"
    if year < 1:
        return f"{value}: there is no year 0"
    days = calendar.monthrange(year, month)[1]
    return f"{value}: {calendar.month_name[month]} {year} has {days} days"


def _safe_url(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not SAFE_URL_RE.match(value.strip()):
        raise ValueError(f"only http, https and mailto links are allowed, got {str(value)[:60]!r}")
    return value.strip()


def _text(value: object) -> str:
    """Plain text field: no control characters that XML (and so DOCX) forbids."""
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__}")
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", value)
    if bad:
        raise ValueError(
            f"contains the control character U+{ord(bad.group()):04X}, which documents cannot hold"
        )
    return value


Date = Annotated[dt.date, BeforeValidator(_iso_date)]
Url = Annotated[str | None, BeforeValidator(_safe_url)]
Text = Annotated[str, BeforeValidator(_text)]
Id = Annotated[str, Field(pattern=ID_RE, max_length=80)]
LangCode = Annotated[
    str,
    BeforeValidator(lambda v: _lang(v)),
    WithJsonSchema({"type": "string", "enum": list(BY_CODE)}),
]


def _lang(value: object) -> str:
    # A code is text: a nested list or mapping cannot even be looked up (it is unhashable).
    if not isinstance(value, str) or value not in BY_CODE:
        raise ValueError(
            f"unknown language code {value!r}{did_you_mean(str(value), BY_CODE)}; "
            "expected one of the 24 EU codes (bg es cs ... fi sv)"
        )
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# A model that `validate_model` builds from one YAML entry.
M = TypeVar("M", bound=BaseModel)


def _friendly(err: ErrorDetails) -> str:
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        return "unknown field"
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "literal_error":
        return f"got {err['input']!r}; {msg[0].lower() + msg[1:]}"
    if err["type"] == "string_pattern_mismatch":
        return (
            f"{err['input']!r} is not a valid identifier (lower-case letters, digits, '-' and '.')"
        )
    return msg.removeprefix("Value error, ")


def validate_model(
    model: type[M], data: YamlValue, file: str, kind: str, problems: Problems
) -> M | None:
    """Validate one entry; every error becomes a Problem with line, entry and field."""
    entry_id = data.get("id") if isinstance(data, dict) else None
    entry = f"{kind} '{entry_id}'" if entry_id else kind
    if not isinstance(data, dict):
        problems.add(
            f"expected a mapping with the {kind}'s fields",
            file=file,
            line=getattr(data, "line", None),
            entry=entry,
        )
        return None
    try:
        return model.model_validate(dict(data))
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            fld = ".".join(str(part) for part in loc) or None
            message = _friendly(err)
            if err["type"] == "extra_forbidden":
                allowed = model.model_fields if len(loc) == 1 else {}
                message += did_you_mean(str(loc[-1]), allowed)
            problems.add(message, file=file, line=line_of(data, loc), entry=entry, field=fld)
        return None
