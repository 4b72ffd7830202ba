"""Every page in headless Chromium over one transport, in three passes: light desktop (all
checks), dark desktop (colour contrast) and a 375px phone (layout). Emulation is switched
once per pass, not once per page."""

from pathlib import Path

import axe_check
import page_checks
from browser_session import MOBILE
from site_pages import screenshot_page


def run(session, transport, pages, tally, screenshots=None):
    shot_page = None
    if screenshots:
        shot_page = screenshot_page(pages)
        Path(screenshots).mkdir(parents=True, exist_ok=True)
        for old in Path(screenshots).glob("*.png"):  # never show a stale picture
            old.unlink()

    def name(page, check):
        return f"{transport.name} {page}: {check}"

    def load(page):
        try:
            session.open(transport.url(page))
            return True
        except Exception as error:
            tally.record(name(page, "load"), [f"could not load {transport.url(page)}: {error}"])
            return False

    def shoot(page, label):
        if page == shot_page:
            path = Path(screenshots, f"{page.replace('/', '_')[:-5]}-{label}.png")
            session.screenshot(path)
            print(f"screenshot: {path}")

    session.use_desktop()
    session.use_color_scheme("light")
    for page in pages:
        if not load(page):
            continue
        requests = session.drain_requests()
        driver = session.driver
        tally.run(name(page, "only local requests"), page_checks.only_local_requests,
                  session, transport, requests)
        tally.run(name(page, "html lang"), page_checks.html_lang, driver, page)
        tally.run(name(page, "one h1"), page_checks.one_h1, driver)
        tally.run(name(page, "aria-current in nav"), page_checks.sidebar_current_page,
                  driver, page)
        tally.run(name(page, "axe"), axe_check.violations, driver)
        shoot(page, "desktop")
        tally.run(name(page, "skip link"), page_checks.skip_link, driver)
        # Last, so it also catches errors raised by the interactions above.
        tally.run(name(page, "console errors"), page_checks.console_errors, session, transport)

    session.use_color_scheme("dark")
    for page in pages:
        if not load(page):
            continue
        tally.run(name(page, "axe colour (dark)"), _dark_contrast, session.driver)
        shoot(page, "desktop-dark")
    session.use_color_scheme("light")

    session.use_mobile()
    for page in pages:
        if not load(page):
            continue
        tally.run(name(page, f"no horizontal scroll at {MOBILE[0]}px"),
                  page_checks.no_horizontal_scroll, session.driver, MOBILE[0])
        shoot(page, "mobile")
    session.use_desktop()


def _dark_contrast(driver):
    # Checking the emulation first keeps a broken emulation from passing as "no violations".
    return page_checks.prefers_dark(driver) or axe_check.violations(driver, axe_check.COLOUR_RULES)
