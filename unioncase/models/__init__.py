"""SQLModel tables and their Read schemas, one module per aggregate.

Importing this package registers every table on ``SQLModel.metadata`` (Alembic and the
test fixtures rely on that).
"""

from unioncase.models.audit import AuditEvent
from unioncase.models.base import RecordMixin, UTCDateTime, utcnow
from unioncase.models.calendar import CalendarDay
from unioncase.models.case import (
    Attachment,
    AttachmentRead,
    CaseEvent,
    CaseEventRead,
    CaseLink,
    CaseLinkRead,
)
from unioncase.models.intake import (
    IntakeCase,
    IntakeCaseRead,
    IntakeCategory,
    IntakeCategoryRead,
)
from unioncase.models.mediation import (
    AgreedItemRead,
    CaseMediatorRead,
    ClaimRead,
    MediationAgreementItem,
    MediationCase,
    MediationCaseMediator,
    MediationCaseRead,
    MediationClaim,
    MediationOrganization,
    MediationParty,
    MediationPartyRead,
    MediationPromptRead,
    MediationSession,
    MediationSessionRead,
    Mediator,
    MediatorRead,
    OrganizationRead,
)
from unioncase.models.registry import (
    Enterprise,
    EnterpriseRead,
    NumberSequence,
    Person,
    PersonRead,
    Setting,
    Staff,
    StaffRead,
    Station,
    StationRead,
)

__all__ = [
    "AgreedItemRead",
    "Attachment",
    "AttachmentRead",
    "AuditEvent",
    "CalendarDay",
    "CaseEvent",
    "CaseEventRead",
    "CaseLink",
    "CaseLinkRead",
    "CaseMediatorRead",
    "ClaimRead",
    "Enterprise",
    "EnterpriseRead",
    "IntakeCase",
    "IntakeCaseRead",
    "IntakeCategory",
    "IntakeCategoryRead",
    "MediationAgreementItem",
    "MediationCase",
    "MediationCaseMediator",
    "MediationCaseRead",
    "MediationClaim",
    "MediationOrganization",
    "MediationParty",
    "MediationPartyRead",
    "MediationPromptRead",
    "MediationSession",
    "MediationSessionRead",
    "Mediator",
    "MediatorRead",
    "NumberSequence",
    "OrganizationRead",
    "Person",
    "PersonRead",
    "RecordMixin",
    "Setting",
    "Staff",
    "StaffRead",
    "Station",
    "StationRead",
    "UTCDateTime",
    "utcnow",
]
