"""`eizin serve` in Chromium: pages served by the preview reload by themselves after an edit,
under the form pages' Content-Security-Policy too (no console error, no CSP violation), show
a failed build's errors, and come back when the content is fixed. Runs the given eizin
on a copy of the repository's content/ (docs/site.md, "Preview")."""

import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

TIMEOUT = 90.0  # a debug build of the whole site takes seconds on a busy machine


def run(session, repo, eizin, tally):
    folder = Path(tempfile.mkdtemp(prefix="eizin-serve-"))
    process = None
    try:
        shutil.copytree(Path(repo, "content"), folder / "content")
        errors = open(folder / "stderr.txt", "wb")
        process = subprocess.Popen([eizin, "serve", "--port", "0", "--content", str(folder / "content"),
                                    "--output", str(folder / "site")],
                                   stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, cwd=folder)
        line = process.stdout.readline().decode()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            tally.record("serve: starts and prints its address", [f"first line: {line!r}"])
            return
        base = f"http://127.0.0.1:{match.group(1)}/"
        tally.run("serve: a form page reloads after an edit, under its CSP", _reload, session, base, folder,
                  "tr/form-academic-application.html", "tr/basvuru-adimlari.md")
        tally.run("serve: a guide page shows a failed build, then comes back", _error_page, session, base, folder)
        tally.run("serve: Ctrl-C stops it", _stop, process)
    finally:
        if process and process.poll() is None:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _wait(driver, script, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = driver.execute_script(script)
        except Exception:  # the page is being replaced
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise AssertionError(f"{path.name} no longer contains {old!r}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _console_errors(session):
    return [e["message"] for e in session.drain_console() if e.get("level") == "SEVERE"]


def _reload(session, base, folder, page, source):
    driver = session.driver
    session.open(base + page)
    problems = []
    if not _wait(driver, "return document.querySelector('script[src^=\"/__eizin/reload.js\"]') !== null"):
        return ["no reload script in the served page"]
    if "connect-src 'none'" not in driver.page_source:
        problems.append("the served form page lost its Content-Security-Policy")
    driver.execute_script("window.__eizinMarker = 1")
    # Wait for one poll, so a blocked request would be in the console.
    time.sleep(1.5)
    problems += [f"console: {m}" for m in _console_errors(session)]
    # A change to any content file rebuilds the site; the form page reloads by itself.
    (folder / "content" / source).touch()  # same text, new modification time
    if not _wait(driver, "return window.__eizinMarker === undefined && document.readyState === 'complete'"):
        problems.append("the page did not reload after the content changed")
    problems += [f"console after reload: {m}" for m in _console_errors(session)]
    return problems


def _error_page(session, base, folder):
    driver = session.driver
    page = folder / "content" / "tr" / "giris-sayfasi.md"
    session.open(base + "tr/giris-sayfasi.html")
    problems = []
    _edit(page, "title: Giriş Sayfası (e-Devlet)", "title: Giriş Sayfası Önizleme")
    if not _wait(driver, "return document.querySelector('h1') && document.querySelector('h1').textContent.includes('Önizleme')"):
        return ["the edited title did not appear by itself"]
    _edit(page, "(anasayfa.md#adim-2-1)", "(anasayfa.md#adim-2-99)")
    if not _wait(driver, "return document.title.startsWith('Build failed')"):
        return ["the failed build's error page did not appear by itself"]
    text = driver.find_element("css selector", ".build-errors").text
    if not re.search(r"giris-sayfasi\.md:\d+:\d+: link to missing anchor #adim-2-99", text):
        problems.append(f"error list: {text!r}")
    _edit(page, "#adim-2-99", "#adim-2-1")
    if not _wait(driver, "return document.querySelector('h1') && document.querySelector('h1').textContent.includes('Önizleme')"):
        problems.append("the page did not come back after the fix")
    return problems


def _stop(process):
    import signal
    process.send_signal(signal.SIGINT)
    try:
        status = process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        return ["still running 30 s after SIGINT"]
    return [] if status == 0 else [f"exit status {status} after SIGINT"]
