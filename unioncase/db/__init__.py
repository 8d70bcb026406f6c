"""Engine, units of work and migrations."""

from unioncase.db.database import Database, Operator, default_database_path, resolve_url
from unioncase.db.migrate import open_database

__all__ = ["Database", "Operator", "default_database_path", "open_database", "resolve_url"]
