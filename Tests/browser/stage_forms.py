"""The form pages in headless Chromium (docs/testing.md, stage `forms`), over file://:

- parity: every forms/examples/<kind>/*.json opened with the page's own Open button and
  checked with its Check button gives the findings of `eizin validate --format json` on the
  same file, at the `.expected` file's today and draft; only the file rules may differ (the
  page knows a file's facts only when the user picks it); saved again, it is the same JSON;
- round trip: each kind's valid example typed into the fields with the keyboard, saved with
  "Save as JSON", equals the example; switching a branch drops the hidden branch's values;
  leaving with unsaved answers asks first;
- while errors show (Check on the empty form): axe-core finds nothing, the error summary has
  focus, the title starts with "Hata: "/"Error: ", and at 390px nothing scrolls sideways.
"""

import json
import subprocess
import time
from pathlib import Path

from selenium.webdriver.common.keys import Keys

import axe_check
import page_checks

# The rules about files on disk: the page knows a file only when the user picks it.
FILE_RULES = {"file-inside-folder", "file-exists", "file-not-empty", "photo-file-type",
              "document-file-type", "document-file-size"}
PHONE = (390, 844)

# The field container at a JSON pointer's tokens, walking data-field as eizin-form.js does.
_LOCATE = """
const tokens = arguments[0];
const kids = (el) => [...el.querySelectorAll('[data-field]')].filter(c => c.parentElement.closest('[data-field], form') === el);
let el = document.getElementById('eizin-form');
for (const t of tokens) {
  el = el.dataset.type === 'array' ? el.querySelector(':scope > ol.items').children[+t]
                                     : kids(el).find(k => k.dataset.field === t);
  if (!el) return null;
}
return el;
"""

_FINDINGS = """
return [...document.querySelectorAll('#form-summary li[data-rule], #form-warnings li[data-rule]')]
  .map(li => [li.dataset.severity, li.dataset.rule, li.dataset.pointer, li.dataset.member]);
"""

_LEAVE_ASKS = """
const e = new Event('beforeunload', {cancelable: true});
window.dispatchEvent(e);
return e.defaultPrevented;
"""


def run(session, transport, repo, eizin, downloads, tally):
    examples = Path(repo, "forms", "examples")
    kinds = sorted(p.name for p in examples.iterdir() if p.is_dir())
    driver = session.driver
    session.use_desktop()
    for kind in kinds:
        for example in sorted(examples.joinpath(kind).glob("*.json")):
            tally.run(f"forms parity {kind}/{example.name}", parity, session, transport, eizin, downloads, kind, example)
    for kind in kinds:
        tally.run(f"forms round trip {kind}", round_trip, session, transport, downloads, kind,
                  valid_example(examples / kind))
    tally.run("forms branches academic-application", branches, session, transport, downloads,
              examples / "academic-application" / "valid-exempt-abroad.json")
    for language in ("tr", "en"):
        for kind in kinds:
            page = f"{language}/form-{kind}.html"
            tally.run(f"forms {page}: errors shown, focus and title", errors_shown, session, transport, page)
            tally.run(f"forms {page}: axe while errors show", axe_check.violations, driver)
            tally.run(f"forms {page}: no horizontal scroll at {PHONE[0]}px while errors show",
                      narrow, session, transport, page)
    tally.run("forms tr/formlar.html: path helper", path_helper, session, transport)
    session.use_desktop()


def valid_example(folder):
    for name in ("valid.json", "valid-yok-approved.json"):
        if (folder / name).exists():
            return folder / name
    return sorted(folder.glob("valid*.json"))[0]


def expected_settings(example):
    settings = {"today": None, "draft": False}
    expected = example.with_suffix(".expected")
    if expected.exists():
        for line in expected.read_text(encoding="utf-8").splitlines():
            if line.startswith("today:"):
                settings["today"] = line.split(":", 1)[1].strip()
            elif line.startswith("draft:"):
                settings["draft"] = line.split(":", 1)[1].strip() == "yes"
    return settings


def cli_findings(eizin, example, today, draft):
    command = [eizin, "validate", "--format", "json", "--lang", "tr"]
    if today:
        command += ["--today", today]
    if draft:
        command.append("--draft")
    result = subprocess.run(command + [example.name], cwd=example.parent, capture_output=True, text=True)
    report = json.loads(result.stdout)
    return [(f["severity"], f["rule"], f["pointer"], f.get("member", ""))
            for file in report["files"] for f in file.get("findings", [])]


def load(session, transport, page, today=None):
    url = transport.url(page) + (f"?today={today}" if today else "")
    session.open(url)


def open_file(driver, path):
    driver.find_element("id", "form-open").send_keys(str(path))
    for _ in range(50):
        if Path(path).name in driver.find_element("id", "form-status").text:
            return
        time.sleep(0.05)
    raise AssertionError(f"the page did not open {path}: {driver.find_element('id', 'form-status').text!r}")


def parity(session, transport, eizin, downloads, kind, example):
    settings = expected_settings(example)
    driver = session.driver
    load(session, transport, f"tr/form-{kind}.html", settings["today"])
    open_file(driver, example.resolve())
    driver.find_element("id", "form-mode-draft" if settings["draft"] else "form-mode-final").click()
    driver.find_element("id", "form-check").click()
    page = sorted(tuple(f) for f in driver.execute_script(_FINDINGS))
    cli = sorted(cli_findings(eizin, example, settings["today"], settings["draft"]))
    problems = []
    for finding in sorted(set(page) | set(cli)):
        if finding[1] in FILE_RULES:
            continue
        if page.count(finding) != cli.count(finding):
            problems.append(f"{' '.join(x for x in finding if x)}: page {page.count(finding)}, eizin validate {cli.count(finding)}")
    # Saved again, the file is the same JSON: what the fields cannot show is kept as it was.
    original = json.loads(example.read_text(encoding="utf-8"))
    if isinstance(original, dict):
        saved = save(driver, downloads)
        expected = {"$schema": saved.get("$schema"), "kind": kind, **original}
        if saved != expected:
            problems.append(f"opened and saved, the file changed: {json.dumps(diff(expected, saved), ensure_ascii=False)[:600]}")
    problems += page_checks.console_errors(session, transport)
    return problems


def save(driver, downloads):
    """Clicks "Save as JSON" and reads the file Chromium saved (the folder is emptied first, as
    Chromium names a second download of the same name "x (1).json")."""
    for old in Path(downloads).iterdir():
        old.unlink()
    driver.find_element("id", "form-save").click()
    for _ in range(100):
        done = [p for p in Path(downloads).iterdir() if p.suffix == ".json"]
        if done:
            try:
                return json.loads(done[0].read_text(encoding="utf-8"))
            except ValueError:
                pass
        time.sleep(0.05)
    raise AssertionError(f"nothing saved in {downloads}")


def locate(driver, tokens):
    element = driver.execute_script(_LOCATE, tokens)
    if element is None:
        raise AssertionError(f"no field at /{'/'.join(tokens)}")
    return element


def fill(driver, tokens, value):
    """Types a value into the page's fields as a user would: keys, clicks, the add button."""
    if isinstance(value, dict):
        for key, member in value.items():
            if tokens == [] and key in ("$schema", "kind"):
                continue
            fill(driver, tokens + [key], member)
        return
    field = locate(driver, tokens)
    kind = field.get_attribute("data-type")
    if isinstance(value, list):
        for index, item in enumerate(value):
            while len(field.find_elements("css selector", ":scope > ol.items > li")) <= index:
                field.find_element("css selector", ":scope > [data-add]").send_keys(Keys.ENTER)
            fill(driver, tokens + [str(index)], item)
        return
    if kind == "date":
        year, month, day = value.split("-")
        for part, text in (("day", day), ("month", month), ("year", year)):
            box = field.find_element("css selector", f"[data-part={part}]")
            box.send_keys(text)
    elif kind in ("boolean", "choice"):
        wanted = json.dumps(value) if kind == "boolean" else value
        for radio in field.find_elements("css selector", "input[type=radio]"):
            if radio.get_attribute("value") == wanted:
                radio.send_keys(Keys.SPACE)
                break
        else:
            raise AssertionError(f"no option {value!r} at /{'/'.join(tokens)}")
    else:
        box = field.find_element("css selector", "input:not([data-pick])")
        box.send_keys(str(value))


def round_trip(session, transport, downloads, kind, example):
    driver = session.driver
    load(session, transport, f"en/form-{kind}.html")
    wanted = json.loads(example.read_text(encoding="utf-8"))
    fill(driver, [], wanted)
    problems = []
    if not driver.execute_script(_LEAVE_ASKS):
        problems.append("leaving the page with unsaved answers does not ask first")
    saved = save(driver, downloads)
    if saved != wanted:
        problems.append(f"saved file differs from {example.name}: {json.dumps(diff(wanted, saved), ensure_ascii=False)[:600]}")
    if driver.execute_script(_LEAVE_ASKS):
        problems.append("leaving the page after saving still asks")
    return problems


def diff(a, b, at=""):
    if isinstance(a, dict) and isinstance(b, dict):
        out = {}
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                out.update(diff(a.get(key), b.get(key), f"{at}/{key}"))
        return out
    return {at: [a, b]}


def branches(session, transport, downloads, example):
    """Exempt, no identity number, abroad; then YÖK pre-permit: the saved file keeps only that branch."""
    driver = session.driver
    load(session, transport, "tr/form-academic-application.html")
    wanted = json.loads(example.read_text(encoding="utf-8"))
    fill(driver, [], wanted)
    problems = []
    if not locate(driver, ["eligibility", "consulateReference"]).is_displayed():
        problems.append("the abroad branch's consulate reference is not shown")
    fill(driver, ["eligibility", "path"], "yokPrePermit")
    for name in ("hasForeignIdentityNumber", "location", "consulateReference"):
        if locate(driver, ["eligibility", name]).is_displayed():
            problems.append(f"{name} still shown after choosing the YÖK path")
    if not locate(driver, ["eligibility", "yokPrePermitNumber"]).is_displayed():
        problems.append("the YÖK pre-permit number is not shown after choosing the YÖK path")
    fill(driver, ["eligibility", "yokPrePermitNumber"], "YOK-2025-00042")
    saved = save(driver, downloads)
    eligibility = saved.get("eligibility")
    if eligibility != {"path": "yokPrePermit", "yokPrePermitNumber": "YOK-2025-00042"}:
        problems.append(f"saved eligibility holds another branch's values: {eligibility}")
    # Back to the exempt path: the page shows what was typed, the file has the exempt branch again.
    fill(driver, ["eligibility", "path"], "exempt")
    saved = save(driver, downloads)
    if saved.get("eligibility") != wanted["eligibility"]:
        problems.append(f"back on the exempt path the saved eligibility is {saved.get('eligibility')}")
    return problems


def errors_shown(session, transport, page):
    driver = session.driver
    load(session, transport, page)
    driver.find_element("id", "form-check").send_keys(Keys.ENTER)
    state = driver.execute_script("""
        const s = document.getElementById('form-summary');
        return {shown: !s.hidden, focused: document.activeElement === s, title: document.title,
                links: [...s.querySelectorAll('li[data-rule] > a:first-child')].map(a => a.getAttribute('href')),
                inline: [...document.querySelectorAll('.field-error:not([hidden])')].length,
                broken: [...s.querySelectorAll('li[data-rule] > a:first-child')]
                  .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length};
    """)
    problems = []
    prefix = "Hata: " if page.startswith("tr/") else "Error: "
    if not state["shown"]:
        problems.append("Check on the empty form shows no error summary")
    if not state["focused"]:
        problems.append("the error summary does not receive focus")
    if not state["title"].startswith(prefix):
        problems.append(f"title does not start with {prefix!r}: {state['title']!r}")
    if not state["links"] or state["broken"]:
        problems.append(f"error summary links: {len(state['links'])}, to missing ids: {state['broken']}")
    if not state["inline"]:
        problems.append("no inline error message shown")
    return problems


def narrow(session, transport, page):
    width, height = PHONE
    session.cdp("Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True})
    try:
        load(session, transport, page)
        session.driver.find_element("id", "form-check").click()
        return page_checks.no_horizontal_scroll(session.driver, width)
    finally:
        session.use_desktop()


def path_helper(session, transport):
    """The questions lead to one case, which links to its form."""
    driver = session.driver
    load(session, transport, "tr/formlar.html")
    for question, value in (("goal", "new"), ("path", "exempt"), ("id", "no"), ("where", "abroad")):
        driver.find_element("css selector", f"[data-question={question}] input[value={value}]").click()
    shown = driver.execute_script("""
        return [...document.querySelectorAll('.path-outcomes > li')].filter(li => !li.hidden)
          .map(li => li.querySelector('a').getAttribute('href'));""")
    if shown != ["form-academic-application.html"]:
        return [f"after exempt / no id / abroad the helper shows {shown}"]
    return []
