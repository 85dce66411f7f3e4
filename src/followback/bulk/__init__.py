"""Bulk input adapters: files of profiles in research and platform layouts -> profile frame."""

from followback.bulk.profiles import LENGTH_COLUMNS, MalformedRow, ProfileTable, read_profiles

__all__ = ["LENGTH_COLUMNS", "MalformedRow", "ProfileTable", "read_profiles"]
