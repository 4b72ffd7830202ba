"""Site-quality tests of a built site folder: W3C Nu checker, linkchecker with anchors, and a
Selenium suite in headless Chromium over file:// and http://127.0.0.1. Called by
scripts/test-site; see docs/testing.md. Ends with `site-tests: N passed, N failed`."""

import argparse
import sys
import tempfile
import time
from pathlib import Path

import site_pages
from tally import Tally, first_line

STAGES = ("independent", "nu", "links", "browser-file", "browser-http", "find-file", "find-http", "forms", "serve")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", help="the built site folder")
    parser.add_argument("--repo", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--screenshots", help="folder for screenshots of one page")
    parser.add_argument("--eizin", help="the eizin executable the forms stage compares the pages with "
                        "(default: .build/debug/eizin in the repository)")
    parser.add_argument("--failed-before", metavar="WHY",
                        help="count one failure that happened before the tests (a failed build)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list passed checks")
    parser.add_argument("stages", nargs="*", metavar="STAGE",
                        help=f"stages to run (default: all): {', '.join(STAGES)}")
    args = parser.parse_args()
    unknown = [s for s in args.stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage {', '.join(unknown)}; stages: {', '.join(STAGES)}")
    stages = [s for s in STAGES if s in args.stages] if args.stages else list(STAGES)
    tally = Tally(verbose=args.verbose)
    if args.failed_before:
        tally.record("build the site", [args.failed_before])

    site_stages = [s for s in stages if s != "independent"]
    pages = []
    if site_stages:
        if not args.site or not Path(args.site, ".").is_dir():
            tally.record("site folder", [f"no site folder: {args.site!r}"])
            site_stages = []
        else:
            pages = site_pages.html_pages(args.site)
            if not pages:
                tally.record("site folder", [f"no .html pages in {args.site}"])
                site_stages = []
            else:
                print(f"{len(pages)} pages in {args.site}")

    browser = Browser()
    try:
        for stage in stages:
            if stage != "independent" and stage not in site_stages:
                continue
            started = time.monotonic()
            print(f"== {stage}")
            sys.stdout.flush()
            try:
                run_stage(stage, args, pages, tally, browser)
            except Exception as error:  # a stage that cannot start is a failure, not a skip
                tally.record(f"{stage} (stage)", [f"{type(error).__name__}: {first_line(error)}"])
            print(f"   {stage} took {time.monotonic() - started:.1f}s")
    finally:
        browser.close()

    print(tally.closing_line())
    return 1 if tally.failed else 0


def run_stage(stage, args, pages, tally, browser):
    if stage == "independent":
        import stage_independent
        stage_independent.run(args.repo, tally)
    elif stage == "nu":
        import stage_nu
        stage_nu.run(args.site, pages, tally)
    elif stage == "links":
        import stage_links
        stage_links.run(args.site, pages, tally)
    elif stage.startswith("find-"):
        import stage_find
        session = browser.session()
        if stage == "find-file":
            stage_find.run(session, site_pages.file_transport(args.site), pages, tally)
        else:
            from local_server import MOUNT, LocalServer
            with LocalServer(args.site) as server:
                stage_find.run(session, site_pages.http_transport(server.port, MOUNT), pages, tally)
    elif stage == "forms":
        import stage_forms
        session = browser.session()
        eizin = args.eizin or str(Path(args.repo, ".build", "debug", "eizin"))
        stage_forms.run(session, site_pages.file_transport(args.site), args.repo, eizin, browser.downloads, tally)
    elif stage == "serve":
        import stage_serve
        eizin = args.eizin or str(Path(args.repo, ".build", "debug", "eizin"))
        stage_serve.run(browser.session(), args.repo, eizin, tally)
    else:
        import stage_browser
        session = browser.session()
        if stage == "browser-file":
            stage_browser.run(session, site_pages.file_transport(args.site), pages, tally,
                              screenshots=args.screenshots)
        else:
            from local_server import MOUNT, LocalServer
            with LocalServer(args.site) as server:
                stage_browser.run(session, site_pages.http_transport(server.port, MOUNT), pages, tally)


class Browser:
    """One Chromium for both browser stages, started on first use: starting one takes seconds."""

    def __init__(self):
        self._session = None
        self._downloads = None

    def session(self):
        if self._session is None:
            from browser_session import BrowserSession
            self._downloads = tempfile.TemporaryDirectory(prefix="eizin-downloads-")
            self._session = BrowserSession(self._downloads.name)
        return self._session

    @property
    def downloads(self):
        """The folder Chromium saves downloads into (the forms' "Save as JSON")."""
        self.session()
        return self._downloads.name

    def close(self):
        if self._session is not None:
            self._session.close()
        if self._downloads is not None:
            self._downloads.cleanup()


if __name__ == "__main__":
    sys.exit(main())
