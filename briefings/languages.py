"""The EU's 24 official languages: protocol order, native names, Babel locales."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as in the Interinstitutional Style Guide
    native: str  # native name, capitalised as the language does
    english: str
    babel: str  # Babel locale used for dates and numbers
    eurlex: str  # code EUR-Lex uses in legal-content URLs
    region: str  # BCP 47 tag with a region, for word processors' proofing (Word's w:lang)

    @property
    def tag(self) -> str:
        """The BCP 47 tag written in exchange files (XLIFF, TMX): the code, but European
        Portuguese as pt-PT (a bare 'pt' is read as either variety)."""
        return "pt-PT" if self.code == "pt" else self.code


# Protocol order (ISG 7.2.1): Roman-alphabetical order of native names.
# Babel locales differ from the bare code where EU usage differs from CLDR:
# English dates are '18 May 2026' (en_IE), Portuguese is European (pt_PT).
LANGUAGES: tuple[Language, ...] = (
    Language("bg", "български", "Bulgarian", "bg", "BG", "bg-BG"),
    Language("es", "español", "Spanish", "es", "ES", "es-ES"),
    Language("cs", "čeština", "Czech", "cs", "CS", "cs-CZ"),
    Language("da", "dansk", "Danish", "da", "DA", "da-DK"),
    Language("de", "Deutsch", "German", "de", "DE", "de-DE"),
    Language("et", "eesti keel", "Estonian", "et", "ET", "et-EE"),
    Language("el", "ελληνικά", "Greek", "el", "EL", "el-GR"),
    Language("en", "English", "English", "en_IE", "EN", "en-GB"),
    Language("fr", "français", "French", "fr", "FR", "fr-FR"),
    Language("ga", "Gaeilge", "Irish", "ga", "GA", "ga-IE"),
    Language("hr", "hrvatski", "Croatian", "hr", "HR", "hr-HR"),
    Language("it", "italiano", "Italian", "it", "IT", "it-IT"),
    Language("lv", "latviešu valoda", "Latvian", "lv", "LV", "lv-LV"),
    Language("lt", "lietuvių kalba", "Lithuanian", "lt", "LT", "lt-LT"),
    Language("hu", "magyar", "Hungarian", "hu", "HU", "hu-HU"),
    Language("mt", "Malti", "Maltese", "mt", "MT", "mt-MT"),
    Language("nl", "Nederlands", "Dutch", "nl", "NL", "nl-NL"),
    Language("pl", "polski", "Polish", "pl", "PL", "pl-PL"),
    Language("pt", "português", "Portuguese", "pt_PT", "PT", "pt-PT"),
    Language("ro", "română", "Romanian", "ro", "RO", "ro-RO"),
    Language("sk", "slovenčina", "Slovak", "sk", "SK", "sk-SK"),
    Language("sl", "slovenščina", "Slovenian", "sl", "SL", "sl-SI"),
    Language("fi", "suomi", "Finnish", "fi", "FI", "fi-FI"),
    Language("sv", "svenska", "Swedish", "sv", "SV", "sv-SE"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)
SOURCE_LANGUAGE = "en"


def protocol_sorted(codes: Iterable[str]) -> list[str]:
    """Language codes in protocol order (unknown codes last, as given)."""
    order = {code: i for i, code in enumerate(CODES)}
    return sorted(codes, key=lambda c: order.get(c, len(order)))
