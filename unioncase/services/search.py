"""The global search over persons, enterprises and case numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from unioncase.domain.validators import mask_id_number
from unioncase.repositories.registry import EnterpriseRepository, PersonRepository
from unioncase.services.context import ServiceContext


class SearchHit(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str  # "person", "enterprise", or a case kind added by later modules
    number: str
    title: str
    subtitle: str
    record_id: int


# Case modules register a provider: (session, text, limit) -> hits
SearchProvider = Callable[[Any, str, int], list[SearchHit]]
SEARCH_PROVIDERS: list[SearchProvider] = []


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        text = text.strip()
        if not text:
            return []
        hits: list[SearchHit] = []
        with self.ctx.read() as session:
            persons = PersonRepository(session).search(text, limit)
            employers = EnterpriseRepository(session).names(
                [p.employer_id for p in persons if p.employer_id is not None]
            )
            for p in persons:
                parts = [mask_id_number(p.id_number) if p.id_number else "", p.phone or "",
                         employers.get(p.employer_id or -1, "")]
                hits.append(SearchHit(kind="person", number=p.number, title=p.name,
                                      subtitle="  ".join(x for x in parts if x),
                                      record_id=p.id or 0))
            for e in EnterpriseRepository(session).search(text, limit):
                hits.append(SearchHit(kind="enterprise", number=e.number, title=e.name,
                                      subtitle=e.credit_code or (e.address or ""),
                                      record_id=e.id or 0))
            for provider in SEARCH_PROVIDERS:
                hits.extend(provider(session, text, limit))
        return hits[: limit * 2]
