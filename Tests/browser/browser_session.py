"""One headless Chromium for every page, with the DevTools calls the checks need.

Paths and flags follow docs/testing.md: start /usr/lib/chromium/chromium itself (Debian's
/usr/bin/chromium wrapper never adds --disable-dev-shm-usage), give chromedriver's path so
Selenium Manager does not try the network, and pass --no-sandbox because CI runs as root.
"""

import base64
import json
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("EIZIN_CHROMIUM", "/usr/lib/chromium/chromium")
CHROMEDRIVER = os.environ.get("EIZIN_CHROMEDRIVER", "/usr/bin/chromedriver")
DESKTOP = (1280, 900)
MOBILE = (375, 812)


class BrowserSession:
    def __init__(self, downloads):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--disable-gpu", f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
                         "--no-first-run", "--no-default-browser-check",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--lang=tr-TR"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
        # browser: console messages; performance: DevTools network events (every request).
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        self.cdp("Network.enable", {})

    def close(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    def cdp(self, command, params):
        return self.driver.execute_cdp_cmd(command, params)

    def open(self, url):
        """Loads a page with empty logs, so what the logs hold afterwards is this page's."""
        self.drain_console()
        self.drain_requests()
        self.driver.get(url)

    def drain_console(self):
        return self.driver.get_log("browser")

    def drain_requests(self):
        """URLs of every request the browser started since the last drain (DevTools log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            try:
                message = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            method = message.get("method", "")
            params = message.get("params", {})
            if method == "Network.requestWillBeSent":
                urls.append(params.get("request", {}).get("url", ""))
            elif method == "Network.webSocketCreated":
                urls.append(params.get("url", ""))
        return urls

    def use_desktop(self):
        self.cdp("Emulation.clearDeviceMetricsOverride", {})

    def use_mobile(self):
        width, height = MOBILE
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True})

    def use_color_scheme(self, scheme):
        """Emulates prefers-color-scheme (`light` or `dark`) for every page that follows."""
        self.cdp("Emulation.setEmulatedMedia",
                 {"features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def screenshot(self, path):
        """A full-page PNG, not only the part inside the window."""
        metrics = self.cdp("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
