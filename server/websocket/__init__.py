"""The encounter websocket: its messages (messages.py) and the endpoint that speaks them.
docs/websocket.md describes the protocol for client authors."""
