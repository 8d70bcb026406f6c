"""The facade the window and the CLI hold: one object per open database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from unioncase.db.database import Database
from unioncase.db.migrate import open_database
from unioncase.services.aid import AidService
from unioncase.services.calendar import CalendarService
from unioncase.services.context import ServiceContext, china_now
from unioncase.services.intake import IntakeService
from unioncase.services.jobs import JobService
from unioncase.services.maintenance import MaintenanceService
from unioncase.services.mediation import MediationService
from unioncase.services.printing import PrintService
from unioncase.services.registry import (
    EnterpriseService,
    PersonService,
    StaffService,
    StationService,
)
from unioncase.services.search import SearchService
from unioncase.services.sync import SyncService


class UnionCase:
    def __init__(self, db: Database, clock: Callable[[], datetime] = china_now) -> None:
        self.ctx = ServiceContext(db, clock)
        self.db = db
        self.stations = StationService(self.ctx)
        self.staff = StaffService(self.ctx)
        self.persons = PersonService(self.ctx)
        self.enterprises = EnterpriseService(self.ctx)
        self.calendar = CalendarService(self.ctx)
        self.intake = IntakeService(self.ctx, self.calendar)
        self.mediation = MediationService(self.ctx, self.calendar)
        self.aid = AidService(self.ctx, self.calendar)
        self.jobs = JobService(self.ctx)
        self.search = SearchService(self.ctx)
        self.printing = PrintService(self.ctx)
        self.maintenance = MaintenanceService(self.ctx)
        self.sync = SyncService(self.ctx)

    @classmethod
    def open(
        cls, target: str | None = None, *, must_exist: bool = False,
        clock: Callable[[], datetime] = china_now,
    ) -> UnionCase:
        return cls(open_database(target, must_exist=must_exist), clock)

    def login(self, operator_name: str) -> None:
        """Everything written from now on is stamped with this operator."""
        self.ctx.operator_name = operator_name

    @property
    def operator_name(self) -> str:
        return self.ctx.operator_name

    def warm_up(self, rows: int = 100) -> None:
        """Read the first rows of each list as its tab first shows them (the same queries,
        sorted the same way), for the background after start-up: the first switch to a tab
        then finds its queries compiled and its pages in SQLite's cache."""
        from unioncase.services.aid import AidFilter
        from unioncase.services.intake import IntakeFilter
        from unioncase.services.jobs import SeekerFilter
        from unioncase.services.mediation import MediationFilter

        self.intake.page(IntakeFilter(), 0, rows, "registered_on", True)
        self.mediation.page(MediationFilter(), 0, rows, "applied_on", True)
        self.aid.page(AidFilter(), 0, rows, "applied_on", True)
        self.jobs.page(SeekerFilter(), 0, rows, "registered_on", True)
        self.persons.page("", 0, rows, "number", False)
        self.enterprises.page("", 0, rows, "number", False)

    def close(self) -> None:
        self.db.dispose()
