"""Educators' authoring: drafts checked like files, versions, the suite gate and publishing.

Nothing here knows about HTTP: `server/pages/authoring.py` and `server/api_author.py` are
thin faces over these functions and the version store (`osce/store/versions.py`).
"""
