"""Benchmarks: scripts run by hand (`python -m benchmarks.NAME`) that print figures."""
