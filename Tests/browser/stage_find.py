"""Finding things (issue "Find any step in one search or two clicks"), over one transport:
the search box (queries, marks, live count, keyboard only, absent without JavaScript, no
request leaving the site), the language switch keeping the #anchor, the phone menu at
390px, readable tables and axe at 320px, and the 404 page under en/ with working links."""

import time

import axe_check
import page_checks
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

# query, page it is typed on, acceptable first results (page, or page#anchor).
QUERIES = [
    ("İZİN", "tr/index.html", ["izin-sonrasi-islemler.html"]),
    ("izin", "tr/index.html", ["izin-sonrasi-islemler.html"]),
    ("basvuru", "tr/basvuru-adimlari.html", ["basvuru-yapilmasi.html"]),
    ("pasaportun", "tr/index.html", ["basvuru-adimlari.html#pasaport-bilgisi", "basvuru-adimlari.html#adim-10-2",
                                     "basvuru-sonuclandirma.html#uyari-pasaport-60-gun"]),
    ("uzatma", "tr/index.html", ["izin-sonrasi-islemler.html#izin-uzatma", "basvuru-sonuclandirma.html#uyari-uzatma-suresi"]),
    ("yabancı kimlik", "tr/index.html", ["kktc-muaf.html#yabanci-kimlik-numarasi-var", "kktc-muaf.html#adim-9-2"]),
    ("extension", "en/index.html", ["izin-sonrasi-islemler.html#izin-uzatma", "basvuru-sonuclandirma.html#uyari-uzatma-suresi"]),
    ("documents", "en/index.html", ["yeni-isyeri-kaydi.html#belge-listesi", "yeni-isyeri-kaydi.html#adim-3-5"]),
]

PHONE = (390, 844)
NARROW = (320, 640)


def run(session, transport, pages, tally):
    driver = session.driver

    def name(check):
        return f"{transport.name} find: {check}"

    session.use_desktop()
    for query, page, expected in QUERIES:
        tally.run(name(f"search {query!r} on {page}"), _query, session, transport, page, query, expected)
    tally.run(name("İZİN and izin give the same results"), _same_results, session, transport)
    tally.run(name("keyboard-only search"), _keyboard_search, session, transport)
    tally.run(name("search box absent without JavaScript"), _no_script, session, transport)
    tally.run(name("language switch keeps #adim-10-2"), _language_switch, session, transport)
    tally.run(name("404 under en/ has working links"), _not_found, session, transport)
    tally.run(name("step 10.2 in two clicks from the home page (footer, journey)"), _two_clicks, session, transport)
    tally.run(name("printed guide shows link addresses, hides navigation"), _print_page, session, transport)

    _emulate(session, *PHONE)
    try:
        tally.run(name(f"phone menu opens at {PHONE[0]}px"), _phone_menu, session, transport)
        tally.run(name(f"contents box closed at {PHONE[0]}px"), _contents_closed, session, transport)
        _emulate(session, *NARROW)
        for page in pages:
            session.open(transport.url(page))
            tally.run(name(f"{page}: axe at {NARROW[0]}px"), axe_check.violations, driver)
            tally.run(name(f"{page}: no horizontal scroll at {NARROW[0]}px"),
                      page_checks.no_horizontal_scroll, driver, NARROW[0])
            tally.run(name(f"{page}: tables readable at {NARROW[0]}px"), _tables_readable, driver)
    finally:
        session.use_desktop()


def _emulate(session, width, height):
    session.cdp("Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True})


def _wait(driver, script, timeout=5.0):
    """Polls `script` (returns a value) until it is truthy."""
    end = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script)
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)


def _search(session, transport, page, query):
    """Types `query` into the box of `page`; returns the results once the count is announced."""
    driver = session.driver
    session.open(transport.url(page))
    box = _wait(driver, "return document.getElementById('site-search-input')")
    if not box:
        return None, ["no search box (#site-search-input) on the page"]
    box.click()
    box.send_keys(query)
    # The count is announced once the index has loaded ("Loading…" ends with an ellipsis);
    # a busy machine may take seconds to load it from disk.
    status = _wait(driver, """const t = document.getElementById('site-search-status').textContent;
                               return t.endsWith('…') ? '' : t;""", timeout=20.0)
    state = driver.execute_script("""
        const links = [...document.querySelectorAll('#site-search-results a')];
        return {status: document.getElementById('site-search-status').textContent,
                live: document.getElementById('site-search-status').getAttribute('aria-live'),
                hrefs: links.map(a => a.getAttribute('href')),
                marks: links.length ? links[0].querySelectorAll('mark').length : 0,
                headings: links.map(a => a.querySelector('.search-result-heading').textContent)};
    """)
    problems = []
    if not status:
        problems.append("no result count announced in #site-search-status")
    if state["live"] != "polite":
        problems.append("the status is not a polite live region")
    return state, problems


def _relative(href, transport):
    """A result's href, relative to its language folder ('x.html#a')."""
    return href.split("/")[-1]


def _query(session, transport, page, query, expected):
    state, problems = _search(session, transport, page, query)
    if state is None:
        return problems
    requests = session.drain_requests()
    problems += page_checks.only_local_requests(session, transport, requests)
    if not state["hrefs"]:
        return problems + [f"no results (status: {state['status']!r})"]
    first = _relative(state["hrefs"][0], transport)
    if not any(first == e or (("#" not in e) and first.split("#")[0] == e) for e in expected):
        problems.append(f"first result {first} ({state['headings'][0]!r}), expected one of {expected}; "
                        f"then {[_relative(h, transport) for h in state['hrefs'][1:4]]}")
    if not state["marks"]:
        problems.append("the first result marks no match with <mark>")
    if not state["hrefs"][0].startswith(transport.base_url):
        problems.append(f"result link {state['hrefs'][0]} is not inside the site")
    return problems


def _same_results(session, transport):
    upper, p1 = _search(session, transport, "tr/index.html", "İZİN")
    lower, p2 = _search(session, transport, "tr/index.html", "izin")
    if upper is None or lower is None:
        return p1 + p2
    if upper["hrefs"] != lower["hrefs"] or upper["status"] != lower["status"]:
        return [f"İZİN: {upper['status']} {upper['hrefs'][:3]}; izin: {lower['status']} {lower['hrefs'][:3]}"]
    return []


def _active(driver):
    return driver.execute_script("""
        const a = document.activeElement;
        return {id: a.id, tag: a.tagName.toLowerCase(), href: a.getAttribute('href'),
                inResults: !!a.closest('#site-search-results'),
                index: [...document.querySelectorAll('#site-search-results a')].indexOf(a),
                panelHidden: document.getElementById('site-search-panel').hidden};
    """)


def _keyboard_search(session, transport):
    driver = session.driver
    session.open(transport.url("tr/basvuru-adimlari.html"))
    if not _wait(driver, "return document.getElementById('site-search-input')"):
        return ["no search box"]
    actions = ActionChains(driver)
    for _ in range(8):  # skip link, site title, sections link, then the box
        actions.send_keys(Keys.TAB).perform()
        if _active(driver)["id"] == "site-search-input":
            break
    else:
        return ["the search box is not reached with Tab within 8 presses"]
    ActionChains(driver).send_keys("pasaportun").perform()
    if not _wait(driver, "return document.querySelectorAll('#site-search-results a').length >= 2"):
        return ["fewer than two results for 'pasaportun'"]
    problems = []
    steps = [(Keys.ARROW_DOWN, 0), (Keys.ARROW_DOWN, 1), (Keys.ARROW_UP, 0)]
    for key, index in steps:
        ActionChains(driver).send_keys(key).perform()
        state = _active(driver)
        if not state["inResults"] or state["index"] != index:
            problems.append(f"after {key!r} focus is on {state}, expected result {index}")
            return problems
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    state = _active(driver)
    if state["id"] != "site-search-input" or not state["panelHidden"]:
        problems.append(f"Escape in the results: focus {state['id']!r}, panel hidden {state['panelHidden']}")
    ActionChains(driver).send_keys(Keys.ARROW_DOWN).perform()
    state = _active(driver)
    if state["index"] != 0:
        return problems + [f"ArrowDown from the box does not reopen the results: {state}"]
    target = state["href"].split("/")[-1]
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    if not _wait(driver, f"return location.href.endsWith({target!r})"):
        problems.append(f"Enter on a result did not open {target}: at {driver.current_url}")
    return problems


def _no_script(session, transport):
    driver = session.driver
    session.cdp("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        session.open(transport.url("tr/basvuru-adimlari.html"))
        state = driver.find_elements(By.CSS_SELECTOR, "input, .site-search")
        toc_open = driver.find_elements(By.CSS_SELECTOR, ".toc details[open]")
    finally:
        session.cdp("Emulation.setScriptExecutionDisabled", {"value": False})
        driver.get("about:blank")  # the next page starts with scripts on
    problems = []
    if state:
        problems.append(f"{len(state)} search element(s) without JavaScript")
    if not toc_open:
        problems.append("the contents box is closed without JavaScript")
    return problems


def _language_switch(session, transport):
    driver = session.driver
    session.open(transport.url("tr/basvuru-adimlari.html#adim-10-2"))
    link = _wait(driver, "return document.querySelector('.language-switch a[hreflang=\"en\"]')")
    if not link:
        return ["no link to the English page in .language-switch"]
    if not _wait(driver, "return document.querySelector('.language-switch a').getAttribute('href').includes('#adim-10-2')"):
        return ["the switch's link does not carry #adim-10-2: "
                + driver.execute_script("return document.querySelector('.language-switch a').getAttribute('href')")]
    link.click()
    expected = transport.url("en/basvuru-adimlari.html#adim-10-2")
    if not _wait(driver, f"return location.href === {expected!r}"):
        return [f"landed on {driver.current_url}, expected {expected}"]
    # Back and forth after moving inside the page: the link follows the hash.
    driver.execute_script("location.hash = '#adim-10-3'")
    href = _wait(driver, "const a = document.querySelector('.language-switch a'); "
                         "return a.getAttribute('href').endsWith('#adim-10-3') && a.getAttribute('href')")
    if not href:
        return ["the switch does not follow a hash change (#adim-10-3)"]
    return []


def _not_found(session, transport):
    driver = session.driver
    session.open(transport.url("en/404.html"))
    problems = []
    styled = driver.execute_script("return getComputedStyle(document.querySelector('.skip-link')).position")
    if styled != "absolute":
        problems.append("the stylesheet did not load (skip link is not positioned)")
    hrefs = driver.execute_script("return [...document.querySelectorAll('a[href]')]"
                                  ".filter(a => !a.getAttribute('href').startsWith('#')).map(a => a.href)")
    if len(hrefs) < 3:
        problems.append(f"only {len(hrefs)} links on en/404.html")
    for href in hrefs:
        session.open(href)
        ok = driver.execute_script("return document.querySelectorAll('h1').length === 1 "
                                   "&& !!document.querySelector('link[rel=stylesheet]')")
        if not ok or not href.startswith(transport.base_url):
            problems.append(f"link {href} from en/404.html does not open a page of the site")
    problems += page_checks.console_errors(session, transport)
    return problems


def _two_clicks(session, transport):
    """Home page → "every step" (footer) → "Adım 10.2" on the journey page → the step."""
    driver = session.driver
    session.open(transport.url("tr/index.html"))
    link = _wait(driver, "return document.querySelector('.footer-links a[href=\"yolculuk.html\"]')")
    if not link:
        return ["no footer link to yolculuk.html on tr/index.html"]
    link.click()
    step = _wait(driver, "return document.querySelector('.journey a[href=\"basvuru-adimlari.html#adim-10-2\"]')")
    if not step:
        return [f"no link to step 10.2 on {driver.current_url}"]
    step.click()
    expected = transport.url("tr/basvuru-adimlari.html#adim-10-2")
    if not _wait(driver, f"return location.href === {expected!r} && !!document.getElementById('adim-10-2')"):
        return [f"landed on {driver.current_url}, expected {expected}"]
    return page_checks.console_errors(session, transport)


def _print_page(session, transport):
    driver = session.driver
    session.open(transport.url("tr/yazdir.html"))
    session.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        facts = driver.execute_script("""
            const link = document.querySelector('.print-section a[href$=".html"], .print-section a[href*=".html#"]');
            const after = link ? getComputedStyle(link, '::after').content : '';
            const hidden = sel => { const e = document.querySelector(sel); return !e || getComputedStyle(e).display === 'none'; };
            return {href: link && link.getAttribute('href'), after,
                    nav: hidden('.site-nav'), footer: hidden('.footer-links'),
                    sections: document.querySelectorAll('.print-section').length};""")
    finally:
        session.cdp("Emulation.setEmulatedMedia", {"media": ""})
    problems = []
    if not facts["href"] or facts["href"] not in facts["after"]:
        problems.append(f"link {facts['href']!r} is not followed by its address in print (::after is {facts['after']!r})")
    if not facts["nav"] or not facts["footer"]:
        problems.append("navigation or footer links are printed")
    if facts["sections"] < 15:
        problems.append(f"only {facts['sections']} sections on the print page")
    return problems


def _phone_menu(session, transport):
    driver = session.driver
    session.open(transport.url("tr/basvuru-adimlari.html"))
    link = driver.find_elements(By.CSS_SELECTOR, ".sections-link")
    if not link:
        return ["no .sections-link in the header"]
    top = driver.execute_script("return arguments[0].getBoundingClientRect().top", link[0])
    if not (0 <= top < PHONE[1] / 3):
        return [f"the menu link is {top}px from the top, not in the first part of the screen"]
    link[0].click()
    state = _wait(driver, """
        const nav = document.getElementById('site-nav'), r = nav.getBoundingClientRect();
        return location.hash === '#site-nav' && {top: r.top, docTop: r.top + scrollY, height: r.height,
                links: nav.querySelectorAll('a').length};""")
    if not state:
        return ["following the menu link did not target #site-nav"]
    problems = []
    if state["docTop"] > 600:
        problems.append(f"the section list opens {state['docTop']:.0f}px down the page, not at the top")
    if not (-2 <= state["top"] < PHONE[1] / 2) or state["height"] < 100:
        problems.append(f"the section list is not on screen after the menu link: {state}")
    return problems


def _contents_closed(session, transport):
    driver = session.driver
    session.open(transport.url("tr/basvuru-adimlari.html"))
    closed = _wait(driver, "const d = document.querySelector('.toc details'); return d && !d.open")
    if not closed:
        return ["the contents box is open on a phone"]
    bottom = driver.execute_script("return document.querySelector('.toc').getBoundingClientRect().bottom")
    if bottom > PHONE[1] / 2:
        return [f"the closed contents box still reaches {bottom:.0f}px"]
    return []


def _tables_readable(driver):
    """Each table scrolls in a focusable, named region; no column is squeezed below 6em."""
    state = driver.execute_script("""
        const out = [];
        for (const table of document.querySelectorAll('main table')) {
          const region = table.parentElement;
          if (!region.matches('.table-scroll[role=region][tabindex="0"][aria-label]'))
            out.push('a table outside a focusable named region');
          const em = parseFloat(getComputedStyle(table).fontSize);
          for (const cell of table.querySelectorAll('th, td')) {
            const w = cell.getBoundingClientRect().width;
            if (w < 6 * em) out.push(`cell ${JSON.stringify(cell.textContent.trim().slice(0, 30))} is ${Math.round(w)}px wide`);
            if (cell.scrollWidth > cell.clientWidth + 1) out.push(`text overflows cell ${JSON.stringify(cell.textContent.trim().slice(0, 30))}`);
          }
        }
        return out.slice(0, 8);
    """)
    return state
