"""UnionCase core: models, services, validation, printing and reports. Imports no Qt."""

__version__ = "0.1.0"
