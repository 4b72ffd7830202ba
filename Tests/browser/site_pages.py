"""The pages of a built site folder and their addresses over file:// and http://."""

from pathlib import Path


def html_pages(site):
    """Every .html file under `site`, as sorted POSIX paths relative to it."""
    root = Path(site)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if p.is_file())


def screenshot_page(pages):
    """A page that shows the whole layout (header, sidebar, content): the Turkish home page."""
    for candidate in ("tr/index.html", "en/index.html", "index.html"):
        if candidate in pages:
            return candidate
    return pages[0] if pages else None


class Transport:
    """How the browser reaches the site: `file` (a folder or USB stick) or `http` (a host)."""

    def __init__(self, name, base_url, allowed_prefixes):
        self.name = name
        self.base_url = base_url.rstrip("/") + "/"
        # Every request a page makes must start with one of these (its own site).
        self.allowed_prefixes = tuple(allowed_prefixes)

    def url(self, page):
        return self.base_url + page


def file_transport(site):
    root = Path(site).resolve()
    base = root.as_uri() + "/"
    return Transport("file", base, (base,))


def http_transport(port, mount=""):
    """The site at http://127.0.0.1:<port>/<mount>/ (see local_server.MOUNT)."""
    base = f"http://127.0.0.1:{port}/" + (mount.strip("/") + "/" if mount else "")
    return Transport("http", base, (base,))
