"""Types shared across veil's packages: the entity types and the frozen findings.

Every value validates itself in ``__post_init__`` so that a malformed finding can never
travel further than the line that built it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

__all__ = ["ColumnClass", "EntityType", "Finding", "HipaaIdentifier", "Span"]


class HipaaIdentifier(enum.Enum):
    """The 18 identifiers of the HIPAA Safe Harbor method, 45 CFR 164.514(b)(2)(i)(A)-(R)."""

    NAMES = "A"
    GEOGRAPHIC = "B"
    DATES = "C"
    TELEPHONE = "D"
    FAX = "E"
    EMAIL = "F"
    SSN = "G"
    MEDICAL_RECORD = "H"
    HEALTH_PLAN = "I"
    ACCOUNT = "J"
    CERTIFICATE_LICENSE = "K"
    VEHICLE = "L"
    DEVICE = "M"
    URL = "N"
    IP_ADDRESS = "O"
    BIOMETRIC = "P"
    PHOTO = "Q"
    OTHER_UNIQUE = "R"


class EntityType(enum.StrEnum):
    """What a finding is. The string value is the stable wire name (JSONL, API, policies)."""

    # people and places
    PERSON = "PERSON"
    LOCATION = "LOCATION"
    ADDRESS = "ADDRESS"
    # contact
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    PHONE_NUMBER = "PHONE_NUMBER"
    URL = "URL"
    IP_ADDRESS = "IP_ADDRESS"
    # dates
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    DATE_TIME = "DATE_TIME"
    # government, financial and health ids
    US_SSN = "US_SSN"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN_CODE = "IBAN_CODE"
    ACCOUNT_NUMBER = "ACCOUNT_NUMBER"
    MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
    HEALTH_PLAN_NUMBER = "HEALTH_PLAN_NUMBER"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    US_PASSPORT = "US_PASSPORT"
    VEHICLE_ID = "VEHICLE_ID"
    DEVICE_ID = "DEVICE_ID"
    # secrets
    AWS_ACCESS_KEY = "AWS_ACCESS_KEY"
    AWS_SECRET_KEY = "AWS_SECRET_KEY"
    GITHUB_TOKEN = "GITHUB_TOKEN"
    SLACK_TOKEN = "SLACK_TOKEN"
    STRIPE_KEY = "STRIPE_KEY"
    JWT = "JWT"
    PRIVATE_KEY = "PRIVATE_KEY"
    PASSWORD = "PASSWORD"
    GENERIC_SECRET = "GENERIC_SECRET"
    # user-defined recognizers (YAML registry) report this unless they name a built-in type
    CUSTOM = "CUSTOM"

    @property
    def hipaa(self) -> HipaaIdentifier | None:
        """The Safe Harbor identifier this type covers, or None (secrets are not PHI)."""
        return _HIPAA.get(self)

    @property
    def is_secret(self) -> bool:
        return self in _SECRETS

    @classmethod
    def parse(cls, name: str) -> EntityType:
        """Parse a wire name, case-insensitively, with a clear error listing valid names."""
        try:
            return cls(name.strip().upper())
        except ValueError:
            from veil.errors import UsageError

            valid = ", ".join(t.value for t in cls)
            raise UsageError(f"unknown entity type {name!r}; expected one of: {valid}") from None


_HIPAA: dict[EntityType, HipaaIdentifier] = {
    EntityType.PERSON: HipaaIdentifier.NAMES,
    EntityType.LOCATION: HipaaIdentifier.GEOGRAPHIC,
    EntityType.ADDRESS: HipaaIdentifier.GEOGRAPHIC,
    EntityType.DATE_OF_BIRTH: HipaaIdentifier.DATES,
    EntityType.DATE_TIME: HipaaIdentifier.DATES,
    EntityType.PHONE_NUMBER: HipaaIdentifier.TELEPHONE,
    EntityType.EMAIL_ADDRESS: HipaaIdentifier.EMAIL,
    EntityType.US_SSN: HipaaIdentifier.SSN,
    EntityType.MEDICAL_RECORD_NUMBER: HipaaIdentifier.MEDICAL_RECORD,
    EntityType.HEALTH_PLAN_NUMBER: HipaaIdentifier.HEALTH_PLAN,
    EntityType.ACCOUNT_NUMBER: HipaaIdentifier.ACCOUNT,
    EntityType.CREDIT_CARD: HipaaIdentifier.ACCOUNT,
    EntityType.IBAN_CODE: HipaaIdentifier.ACCOUNT,
    EntityType.DRIVER_LICENSE: HipaaIdentifier.CERTIFICATE_LICENSE,
    EntityType.US_PASSPORT: HipaaIdentifier.CERTIFICATE_LICENSE,
    EntityType.VEHICLE_ID: HipaaIdentifier.VEHICLE,
    EntityType.DEVICE_ID: HipaaIdentifier.DEVICE,
    EntityType.URL: HipaaIdentifier.URL,
    EntityType.IP_ADDRESS: HipaaIdentifier.IP_ADDRESS,
    EntityType.CUSTOM: HipaaIdentifier.OTHER_UNIQUE,
}

_SECRETS = frozenset(
    {
        EntityType.AWS_ACCESS_KEY,
        EntityType.AWS_SECRET_KEY,
        EntityType.GITHUB_TOKEN,
        EntityType.SLACK_TOKEN,
        EntityType.STRIPE_KEY,
        EntityType.JWT,
        EntityType.PRIVATE_KEY,
        EntityType.PASSWORD,
        EntityType.GENERIC_SECRET,
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError("Span bounds must be int")
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity in a text.

    ``explanation`` says why it fired: the recognizer, the validator that accepted it, and the
    context words that moved the score. It never contains the matched value itself.
    """

    entity_type: EntityType
    start: int
    end: int
    score: float
    recognizer: str = ""
    explanation: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.entity_type, EntityType):
            raise TypeError("entity_type must be an EntityType")
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid finding span [{self.start}, {self.end})")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} outside [0, 1]")

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.entity_type.value,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class ColumnClass:
    """The classification of one table column.

    ``entity_type`` is None for a column with no sensitive data. ``free_text`` columns hold
    prose; their per-type counts are in ``text_findings``. ``examples`` are masked.
    """

    column: str
    entity_type: EntityType | None
    confidence: float
    match_share: float
    sampled: int
    examples: tuple[str, ...] = ()
    reason: str = ""
    free_text: bool = False
    text_findings: dict[str, int] = field(default_factory=dict)
    count: int = 0
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "column": self.column,
            "type": self.entity_type.value if self.entity_type else None,
            "confidence": round(self.confidence, 3),
            "match_share": round(self.match_share, 3),
            "sampled": self.sampled,
            "count": self.count,
            "lines": list(self.lines),
            "examples": list(self.examples),
            "reason": self.reason,
            "free_text": self.free_text,
            "text_findings": dict(self.text_findings),
        }
