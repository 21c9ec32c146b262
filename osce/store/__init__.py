"""The durable store: users, encounters, turns, notes and scorecards, behind SQLAlchemy.

SQLite is the embedded default; PostgreSQL is a connection string away (OSCE_DATABASE_URL).
"""
