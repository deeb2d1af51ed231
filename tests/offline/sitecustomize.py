"""Loaded by every Python process the tests start (PYTHONPATH=tests/offline, see Makefile).

With MEDIA_NOTEBOOKS_OFFLINE=1 any attempt to reach another machine raises
OfflineError before a packet leaves, so a hidden download fails the tests. Loopback
stays open: Jupyter kernels talk to their client over 127.0.0.1.
"""

import os
import socket

if os.environ.get("MEDIA_NOTEBOOKS_OFFLINE") == "1":

    class OfflineError(OSError):
        """A network connection was attempted while the test suite runs offline."""

    _LOCAL = ("127.", "::1", "localhost", "0.0.0.0")
    _connect = socket.socket.connect
    _connect_ex = socket.socket.connect_ex
    _getaddrinfo = socket.getaddrinfo

    def _is_local(address: object) -> bool:
        if isinstance(address, tuple) and address:
            return str(address[0]).startswith(_LOCAL)
        return isinstance(address, (str, bytes))  # unix sockets

    def _guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_local(address):
            raise OfflineError(f"offline test run: connection to {address!r} refused")
        return _connect(self, address)

    def _guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_local(address):
            raise OfflineError(f"offline test run: connection to {address!r} refused")
        return _connect_ex(self, address)

    def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not str(host).startswith(_LOCAL):
            raise OfflineError(f"offline test run: name lookup of {host!r} refused")
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
