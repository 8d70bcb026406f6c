"""Use cases: the only place that writes data, enforces rules and owns the transaction."""

from unioncase.services.app import UnionCase

__all__ = ["UnionCase"]
