"""Importers that turn public case collections into osce case and rubric files."""
