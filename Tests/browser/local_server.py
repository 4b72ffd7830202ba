"""Serves the site on 127.0.0.1 at a free port, as `python3 -m http.server` would, under a
sub-path (`/kilavuz/`), as a university would publish it inside its own web site: an
absolute link (`/assets/site.css`) then misses, as it would there.

It runs in this process (a daemon thread) on port 0, so the kernel picks a free port without
a race, and it stops with `with` even when a check crashes.
"""

import functools
import http.server
import os
import tempfile
import threading

MOUNT = "kilavuz"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # one line per request would drown the report
        pass


class LocalServer:
    def __init__(self, directory):
        # The served root holds only a link named MOUNT to the site folder.
        self._root = tempfile.TemporaryDirectory(prefix="eizin-http-")
        os.symlink(os.path.abspath(directory), os.path.join(self._root.name, MOUNT))
        handler = functools.partial(_QuietHandler, directory=self._root.name)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._root.cleanup()
        return False
