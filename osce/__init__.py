"""osce: the domain core of the virtual patient and OSCE simulator (no HTTP here)."""

__version__ = "0.1.0"
