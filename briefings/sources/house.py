"""The house profile (`sources/house.yaml`) to a validated House: everything institutional.

Organisation and service names, the header line, the disclaimer, the logo, accent colours,
the reference-number pattern and the product types are the office's, not the code's: a
committee secretariat, a political group or a national parliament's research service
writes its own profile. Texts are given per language; a language the profile does not
give falls back to English, and is counted as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator

from ..errors import BriefingsError, Problem, Problems, rel
from ..languages import SOURCE_LANGUAGE
from ..project import LOGO_FOLDERS, ProjectLayout
from .fields import Id, LangCode, Strict, Text, validate_model
from .yamlread import LinedDict, load_yaml

PerLanguage = dict[LangCode, Text]
HEX = r"^#[0-9a-fA-F]{6}$"


def _needs_source(value: PerLanguage) -> PerLanguage:
    if SOURCE_LANGUAGE not in value:
        raise ValueError(f"the source language '{SOURCE_LANGUAGE}' is required")
    return value


class Logo(Strict):
    """An image for the header of web pages (SVG or PNG) and Word documents (PNG)."""

    file: Text
    png: Text | None = None
    alt: PerLanguage

    @field_validator("file", "png")
    @classmethod
    def _kind(cls, file: str | None) -> str | None:
        if file is not None and (
            not re.fullmatch(r"[\w./-]+\.(svg|png)", file) or ".." in file.split("/")
        ):
            raise ValueError(f"expected an .svg or .png file inside the project, got {file!r}")
        if file is not None and not file.startswith(LOGO_FOLDERS):
            # a change to a file elsewhere would not be noticed by the build or `serve`
            raise ValueError(
                f"expected the logo under {' or '.join(LOGO_FOLDERS)} "
                f"(where changes are noticed), got {file!r}"
            )
        return file

    @property
    def word_image(self) -> str | None:
        """The PNG for Word documents (Word's support for SVG varies)."""
        return self.png or (self.file if self.file.endswith(".png") else None)

    @field_validator("alt")
    @classmethod
    def _alt(cls, alt: PerLanguage) -> PerLanguage:
        return _needs_source(alt)


class Product(Strict):
    """A kind of publication the office makes."""

    id: Id
    label: PerLanguage
    # a starter template `new pack` copies, e.g. templates/house/note.md
    template: Text | None = None
    summary: bool = True
    timeline: bool = True
    dense: bool = False
    contents: bool = False

    @field_validator("label")
    @classmethod
    def _label(cls, label: PerLanguage) -> PerLanguage:
        return _needs_source(label)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""

    def lum(c: str) -> float:
        rgb = [int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pale_of(accent: str) -> str:
    """The pale fill that goes with an accent colour (#rrggbb): 7 % of it on white, about
    what the default #EEF3FA is of #0B4F9C (boxes and first columns in Word and PDF)."""
    return "#" + "".join(
        f"{round(255 - 0.07 * (255 - int(accent[i : i + 2], 16))):02X}" for i in (1, 3, 5)
    )


class Colours(Strict):
    """The house colours (web pages, Word, PDF); each must reach 4.5:1 against white (WCAG
    2.1 AA), since links and headings use it as text and the header shows white text on it."""

    accent: Annotated[str | None, Field(pattern=HEX)] = None
    accent_dark: Annotated[str | None, Field(pattern=HEX)] = None

    @field_validator("accent", "accent_dark")
    @classmethod
    def _readable(cls, colour: str | None) -> str | None:
        if colour is not None and contrast(colour, "#ffffff") < 4.5:
            raise ValueError(
                f"{colour} on white has a contrast of {contrast(colour, '#ffffff'):.1f}:1; "
                "text needs at least 4.5:1"
            )
        return colour


class HouseProfile(Strict):
    """What an office is called and how its publications look."""

    organisation: PerLanguage
    service: PerLanguage
    short_name: Text | None = None
    header: Text = "{short_name} | {service}"
    disclaimer: PerLanguage = {}
    logo: Logo | None = None
    colours: Colours = Colours()
    reference_pattern: Text | None = None
    products: list[Product] = Field(min_length=1)

    @field_validator("organisation", "service")
    @classmethod
    def _source(cls, value: PerLanguage) -> PerLanguage:
        return _needs_source(value)

    @field_validator("reference_pattern")
    @classmethod
    def _pattern(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from None
        return pattern


@dataclass(frozen=True)
class House:
    """A validated profile with per-language lookups."""

    profile: HouseProfile
    file: str | None

    def text(self, field: str, lang: str) -> tuple[str, bool]:
        """(text, translated): the profile's text in `lang`, or English and False."""
        values: PerLanguage = getattr(self.profile, field)
        if lang in values:
            return values[lang], True
        return values.get(SOURCE_LANGUAGE, ""), lang == SOURCE_LANGUAGE

    def byline(self, lang: str) -> str:
        service, _ = self.text("service", lang)
        organisation, _ = self.text("organisation", lang)
        short = self.profile.short_name or ""
        line = self.profile.header.format(
            short_name=short, service=service, organisation=organisation
        )
        return re.sub(r"^\s*\|\s*|\s*\|\s*$", "", line).strip()

    def product(self, product_id: str) -> Product | None:
        return next((p for p in self.profile.products if p.id == product_id), None)

    def product_label(self, product_id: str, lang: str) -> str:
        product = self.product(product_id)
        if product is None:
            return product_id
        return product.label.get(lang, product.label[SOURCE_LANGUAGE])


# A profile for a project that has none: no institution is named, and the three kinds of
# publication every office makes are available.
NEUTRAL = HouseProfile(
    organisation={SOURCE_LANGUAGE: ""},
    service={SOURCE_LANGUAGE: ""},
    header="{service}",
    products=[
        Product(id="briefing", label={SOURCE_LANGUAGE: "Briefing"}, contents=True),
        Product(id="at-a-glance", label={SOURCE_LANGUAGE: "At a glance"}, dense=True),
        Product(id="key-terms", label={SOURCE_LANGUAGE: "Key terms"}, timeline=False),
    ],
)


def load_house(root: Path) -> House:
    """sources/house.yaml, validated; the neutral profile when the project has none."""
    path = ProjectLayout(Path(root)).house
    if not path.exists():
        return House(NEUTRAL, None)
    file = rel(path, Path(root))
    problems = Problems()
    data = load_yaml(path, Path(root))
    if not isinstance(data, LinedDict):
        raise BriefingsError(
            Problem(
                "expected the profile's fields (organisation, service, products…)",
                file=file,
                line=1,
            )
        )
    profile = validate_model(HouseProfile, data, file, "house profile", problems)
    if profile is not None and profile.logo is not None:
        for name in ("file", "png"):
            value = getattr(profile.logo, name)
            if value and not (Path(root) / value).is_file():
                problems.add(
                    f"no such file {value}", file=file, entry="house profile", field=f"logo.{name}"
                )
    ids = [p.id for p in profile.products] if profile else []
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.add(
            f"product '{dup}' is defined twice", file=file, entry="house profile", field="products"
        )
    problems.raise_errors()
    # validate_model returns None only after adding a problem, so raise_errors() has raised then
    assert profile is not None
    return House(profile, file)
