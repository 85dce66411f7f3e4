"""Local receivers for notification tests: a tiny SMTP server and an HTTP webhook receiver.

aiosmtpd is not installed in this environment, and the part of SMTP that ``smtplib`` needs to
hand over a message (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) is a few dozen lines, so
the SMTP server is written here on ``socketserver`` rather than adding a test dependency.
Both servers listen on 127.0.0.1 on a free port and run in a daemon thread.
"""

from __future__ import annotations

import email
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["HttpReceiver", "SmtpReceiver", "http_receiver", "smtp_receiver"]


@dataclass
class SmtpReceiver:
    host: str
    port: int
    messages: list[Message] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    fail_next: int = 0  # greet the next N connections with 421 (service not available)


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: _SmtpServer

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode("ascii") + b"\r\n")

    def handle(self) -> None:
        state = self.server.state
        if state.fail_next > 0:
            state.fail_next -= 1
            self._say("421 try again later")
            return
        self._say("220 localhost test SMTP")
        sender, rcpts = "", []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            verb, _, arg = raw.decode("ascii", "replace").strip().partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                self._say("250-localhost")
                self._say("250 8BITMIME")
            elif verb in ("HELO", "NOOP", "RSET"):
                sender, rcpts = ("", []) if verb == "RSET" else (sender, rcpts)
                self._say("250 OK")
            elif verb == "MAIL":
                sender = arg.split(":", 1)[1].strip().strip("<>").split(">")[0]
                self._say("250 OK")
            elif verb == "RCPT":
                addr = arg.split(":", 1)[1].strip().strip("<>")
                if "reject" in addr:
                    self._say("550 no such user")
                else:
                    rcpts.append(addr)
                    self._say("250 OK")
            elif verb == "DATA":
                self._say("354 end with .")
                lines = []
                while (line := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    lines.append(line[1:] if line.startswith(b"..") else line)
                state.messages.append(email.message_from_bytes(b"".join(lines)))
                state.envelopes.append((sender, list(rcpts)))
                self._say("250 queued")
            elif verb == "QUIT":
                self._say("221 bye")
                return
            else:
                self._say("502 not implemented")


class _SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    state: SmtpReceiver


@contextmanager
def smtp_receiver() -> Iterator[SmtpReceiver]:
    server = _SmtpServer(("127.0.0.1", 0), _SmtpHandler)
    server.state = SmtpReceiver("127.0.0.1", server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.state
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class HttpReceiver:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # answered in order, then 200


class _HttpHandler(BaseHTTPRequestHandler):
    server: _HttpServer

    def do_POST(self) -> None:
        state = self.server.state
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        state.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
        status = state.statuses.pop(0) if state.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: Any) -> None:
        return


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    state: HttpReceiver


@contextmanager
def http_receiver() -> Iterator[HttpReceiver]:
    server = _HttpServer(("127.0.0.1", 0), _HttpHandler)
    server.state = HttpReceiver(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.state
    finally:
        server.shutdown()
        server.server_close()
