"""A deadline for the request line and headers (issue #11: slow clients).

uvicorn closes an idle keep-alive connection (``--timeout-keep-alive``) but has no limit on how long a
client may take to *send* its headers: a few hundred connections that each trickle one header line
every few seconds hold every slot of ``--limit-concurrency``. ``installeer()`` adds that limit to
uvicorn's h11 protocol (the one ``scripts/serve.sh`` and the Dockerfile select): a connection whose
request line and headers are not complete within ``INBURGERING_HEADER_TIMEOUT_SECONDS`` of its first
byte (or of its opening) is closed. The body has its own per-chunk timeout (``api/limits.py``).
"""

from __future__ import annotations

import os

HEADER_TIMEOUT_SECONDS = float(os.environ.get("INBURGERING_HEADER_TIMEOUT_SECONDS", 10))


def _bezig(protocol) -> bool:
    """A request has its headers and is being answered."""
    return protocol.cycle is not None and not protocol.cycle.response_complete


def _verlopen(protocol) -> None:
    protocol._kop_timer = None
    if not _bezig(protocol) and not protocol.transport.is_closing():
        protocol.transport.close()


def _start(protocol) -> None:
    protocol._kop_timer = protocol.loop.call_later(HEADER_TIMEOUT_SECONDS, _verlopen, protocol)


def _stop(protocol) -> None:
    timer = getattr(protocol, "_kop_timer", None)
    if timer is not None:
        timer.cancel()
        protocol._kop_timer = None


def installeer() -> None:
    """Patch uvicorn's H11Protocol once per process (each worker imports the app, so each has it)."""
    try:
        from uvicorn.protocols.http.h11_impl import H11Protocol
    except ImportError:  # pragma: no cover - another server: its own settings apply
        return
    if getattr(H11Protocol, "_kop_tijdslimiet", False) or HEADER_TIMEOUT_SECONDS <= 0:
        return
    connection_made, data_received, connection_lost = (
        H11Protocol.connection_made, H11Protocol.data_received, H11Protocol.connection_lost)

    def met_tijd_connection_made(self, transport):
        connection_made(self, transport)
        _start(self)

    def met_tijd_data_received(self, data):
        data_received(self, data)
        if _bezig(self):
            _stop(self)
        elif getattr(self, "_kop_timer", None) is None and not self.transport.is_closing():
            _start(self)  # the first bytes of the next request on a keep-alive connection

    def met_tijd_connection_lost(self, exc):
        _stop(self)
        connection_lost(self, exc)

    H11Protocol.connection_made = met_tijd_connection_made
    H11Protocol.data_received = met_tijd_data_received
    H11Protocol.connection_lost = met_tijd_connection_lost
    H11Protocol._kop_tijdslimiet = True
