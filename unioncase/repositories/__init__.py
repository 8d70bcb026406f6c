"""Queries per aggregate. Repositories read and stage changes; they never commit."""
