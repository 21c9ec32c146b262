"""Endpoints that fail the way real ones do: refused, garbage, wrong page, cut mid-stream."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROLE_CHUNK = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
              "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                           "finish_reason": None}]}


def _piece(text: str) -> dict:
    return {**ROLE_CHUNK, "choices": [{"index": 0, "delta": {"content": text},
                                       "finish_reason": None}]}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet test output
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        mode = self.path.strip("/").split("/")[0]
        getattr(self, f"_{mode}")()

    def _send_head(self, status: int, kind: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _html(self) -> None:  # some other web service on the port
        body = b"<html><body>It works!</body></html>"
        self._send_head(200, "text/html", len(body))
        self.wfile.write(body)

    def _error(self) -> None:
        body = json.dumps({"error": {"message": "model overloaded", "type": "server"}}).encode()
        self._send_head(503, "application/json", len(body))
        self.wfile.write(body)

    def _badjson(self) -> None:
        self._send_head(200, "text/event-stream")
        self._chunk(b"data: " + json.dumps(ROLE_CHUNK).encode() + b"\n\n")
        self._chunk(b"data: {\"choices\": [ {oops\n\n")
        self._chunk(b"")

    def _cut(self) -> None:  # the server dies mid-answer: the chunked body never ends
        self._send_head(200, "text/event-stream")
        self._chunk(b"data: " + json.dumps(ROLE_CHUNK).encode() + b"\n\n")
        self._chunk(b"data: " + json.dumps(_piece("I have")).encode() + b"\n\n")
        self.wfile.write(b"40\r\ndata: {\"cho")
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


def fake_openai_server() -> tuple[str, Callable[[], None]]:
    """http://127.0.0.1:PORT, where /MODE/v1 misbehaves as MODE says; and a stop function."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_address[1]}", stop


def garbage_server() -> tuple[str, Callable[[], None]]:
    """A port that answers any connection with bytes that are not HTTP, then hangs up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"\x00\x01garbage, not HTTP\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()

    def stop() -> None:
        stopping.set()
        listener.close()

    return f"http://127.0.0.1:{listener.getsockname()[1]}/v1", stop
