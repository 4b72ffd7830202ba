"""Checks of one loaded page. Each returns a list of problems; empty means it passed."""

import re
import urllib.parse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

# Schemes that never leave the machine.
_LOCAL_SCHEMES = ("data:", "blob:", "about:")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _browser_favicon(transport):
    """Over http Chromium asks for /favicon.ico on its own (no page asks for it), at the
    host's root, which is outside the site when it is served under a sub-path."""
    return urllib.parse.urljoin(transport.base_url, "/favicon.ico") if transport.name == "http" else None


def only_local_requests(session, transport, devtools_urls):
    """Every resource comes from the site itself: nothing from another host, ever."""
    timing = session.driver.execute_script(
        "return performance.getEntriesByType('navigation').concat("
        "performance.getEntriesByType('resource')).map(e => e.name)")
    urls = sorted(set(devtools_urls) | set(timing))
    favicon = _browser_favicon(transport)
    foreign = [u for u in urls
               if u and u != favicon and not u.startswith(_LOCAL_SCHEMES) and not u.startswith(transport.allowed_prefixes)]
    return [f"request outside the site: {u}" for u in foreign]


def console_errors(session, transport):
    """No error in the console: a failed script or resource is a broken page for someone."""
    problems = []
    favicon = _browser_favicon(transport)
    for entry in session.drain_console():
        if entry.get("level") != "SEVERE":
            continue
        message = entry.get("message", "")
        if favicon and message.startswith(favicon):
            continue
        problems.append(f"console error: {message[:400]}")
    return problems


def html_lang(driver, page):
    """<html lang> is present, well-formed, and matches the language folder (tr/, en/)."""
    lang = driver.execute_script("return document.documentElement.getAttribute('lang')")
    if not lang:
        return ["<html> has no lang attribute"]
    if not _LANG.match(lang):
        return [f"<html lang=\"{lang}\"> is not a language tag"]
    folder = page.split("/", 1)[0] if "/" in page else None
    if folder and re.fullmatch(r"[a-z]{2}", folder) and lang.split("-")[0].lower() != folder:
        return [f"<html lang=\"{lang}\"> on a page in {folder}/"]
    return []


def one_h1(driver):
    texts = driver.execute_script(
        "return [...document.querySelectorAll('h1')].map(h => h.textContent.trim())")
    if len(texts) != 1:
        return [f"{len(texts)} h1 elements (need exactly one): {texts}"]
    if not texts[0]:
        return ["the h1 is empty"]
    return []


def sidebar_current_page(driver, page):
    """A link in a <nav> marks this page with aria-current="page", and no link marks another.

    Guide pages (in a language folder such as tr/) must have that navigation. Pages at the
    root, the language chooser and 404.html, belong to no language's navigation: they pass
    without a <nav>, but a <nav> they do have must mark the page like any other.
    """
    state = driver.execute_script("""
        const strip = u => u.split('#')[0].replace(/\\/index\\.html$/, '/');
        const here = strip(location.href);
        const marked = [...document.querySelectorAll('a[aria-current="page"]')];
        return {
          inNav: marked.filter(a => a.closest('nav') && strip(a.href) === here).length,
          elsewhere: marked.filter(a => strip(a.href) !== here).map(a => a.getAttribute('href')),
          navs: document.querySelectorAll('nav').length};
    """)
    problems = []
    if state["navs"] == 0:
        # A language's 404 page (en/404.html) is no page of its navigation either.
        if "/" in page and not page.endswith("/404.html"):
            problems.append("no <nav> on a guide page")
    elif state["inNav"] == 0:
        problems.append('no link in a <nav> points to this page with aria-current="page"')
    for href in state["elsewhere"]:
        problems.append(f'aria-current="page" on a link to another page: {href}')
    return problems


def skip_link(driver):
    """The first Tab reaches a visible "skip to content" link; Enter moves focus into <main>."""
    driver.execute_script("window.scrollTo(0, 0)")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    first = driver.execute_script("""
        const a = document.activeElement, main = document.querySelector('main');
        const href = a && a.getAttribute('href');
        const r = a.getBoundingClientRect();
        let target = null;
        if (href && href.startsWith('#') && href.length > 1)
          target = document.getElementById(decodeURIComponent(href.slice(1)));
        return {tag: a.tagName.toLowerCase(), href, text: a.textContent.trim(), hasMain: !!main,
                targetFound: !!target, targetInMain: !!(main && target && main.contains(target)),
                visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0
                         && r.left < innerWidth && r.top < innerHeight};
    """)
    if not first["hasMain"]:
        return ["no <main> element"]
    if first["tag"] != "a" or not (first["href"] or "").startswith("#"):
        return [f"first Tab focuses <{first['tag']}> {first['href'] or ''} {first['text'][:40]!r},"
                " not a skip link to the main content"]
    problems = []
    if not first["targetFound"]:
        problems.append(f"skip link {first['href']} points to no element")
    elif not first["targetInMain"]:
        problems.append(f"skip link {first['href']} points outside <main>")
    if not first["visible"]:
        problems.append("skip link is not visible when focused")
    if problems:
        return problems
    in_main = "const m = document.querySelector('main'); return m.contains(document.activeElement)"
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    if driver.execute_script(in_main):
        return []
    # Browsers move only the starting point of sequential navigation when the target cannot
    # take focus; a keyboard user then lands in main on the next Tab, which is fine too.
    ActionChains(driver).send_keys(Keys.TAB).perform()
    if driver.execute_script(in_main):
        return []
    return [f"after the skip link {first['href']}, focus is not in <main>"]


def no_horizontal_scroll(driver, expected_width):
    """At a phone's width the page fits: no sideways scrolling, and a viewport meta tag."""
    state = driver.execute_script("""
        const de = document.documentElement, vw = de.clientWidth;
        const scroll = Math.max(de.scrollWidth, document.body ? document.body.scrollWidth : 0);
        const meta = document.querySelector('meta[name="viewport"]');
        const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
        const wide = [];
        if (scroll > vw) for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > vw + 1 && !clipped(el)
              && ![...el.children].some(c => c.getBoundingClientRect().right > vw + 1))
            wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (el.classList.length ? '.' + [...el.classList].join('.') : '')
                      + ' right edge ' + Math.round(r.right) + 'px');
        }
        return {screen: screen.width, vw, scroll, viewport: meta ? meta.content : null, wide: wide.slice(0, 8)};
    """)
    problems = []
    if state["screen"] != expected_width:
        return [f"phone emulation not in effect: screen is {state['screen']}px wide"]
    if not state["viewport"] or "width=device-width" not in state["viewport"].replace(" ", ""):
        problems.append(f"<meta name=\"viewport\"> lacks width=device-width: {state['viewport']!r}")
    if state["scroll"] > state["vw"]:
        problems.append(f"page is {state['scroll']}px wide in a {state['vw']}px viewport; "
                        f"too wide: {', '.join(state['wide']) or '(no single element found)'}")
    return problems


def prefers_dark(driver):
    if not driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches"):
        return ["prefers-color-scheme: dark emulation is not in effect"]
    return []
