"""The map page in headless Chromium (Debian's chromium and chromedriver, driven by
Selenium): it loads, filters by the timeline and the facets, and shows an event's evidence.
Skipped, with the reason, where no Chromium or no page libraries are installed."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_api import server as api_server  # noqa: E402,F401  the same real server and store

VENDOR = Path(__file__).parents[1] / "src" / "kroniek" / "web" / "vendor" / "leaflet.js"
SCREENSHOT = Path(__file__).parents[1] / "out" / "screenshot-test.png"  # git-ignored

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (make install)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    if not VENDOR.is_file():
        pytest.skip("the page's libraries are not installed (make install runs npm ci)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_script_timeout(20)
    yield driver
    driver.quit()


def wait(driver: Any, condition: str, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(f"return {condition}"))


def count(driver: Any) -> str:
    return str(driver.find_element("css selector", "[data-testid=count]").text)


def test_page_loads_filters_and_shows_evidence(api_server: str, browser: Any) -> None:  # noqa: F811
    browser.get(api_server + "/")
    wait(browser, "document.body.dataset.ready === 'true'")
    assert count(browser) == "3 events in view"
    assert len(browser.find_elements("css selector", ".event-marker")) == 3
    assert browser.find_elements("css selector", "path.leaflet-interactive")  # offline country outlines

    # The timeline: one bar per month with events; clicking one filters the map.
    bars = browser.find_elements("css selector", "#timeline rect")
    periods = [b.get_attribute("data-period") for b in bars]
    assert "2019-03" in periods and "2022-01" in periods
    bars[periods.index("2022-01")].click()
    wait(browser, "document.querySelector('[data-testid=count]').textContent === '1 events in view'")
    assert browser.find_element("css selector", "[data-testid=since]").get_attribute("value") == "2022-01-01"

    # A facet: clear the dates, choose a type.
    browser.find_element("id", "reset").click()
    wait(browser, "document.querySelector('[data-testid=count]').textContent === '3 events in view'")
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("css selector", "[data-testid=type]")).select_by_value("Protests")
    browser.find_element("css selector", "#filters button[type=submit]").click()
    wait(browser, "document.querySelector('[data-testid=count]').textContent === '1 events in view'")

    # The event panel: the evidence sentence, highlighted in each article that reports it.
    wait(browser, "document.querySelectorAll('.event-marker').length === 1")
    browser.execute_script(
        "document.querySelector('.event-marker').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    wait(browser, "document.querySelectorAll('[data-testid=document]').length === 2")
    assert browser.find_element("css selector", "[data-testid=event-title]").text == "Peaceful protest"
    marks = [m.text for m in browser.find_elements("css selector", "#panel mark")]
    assert "Duizenden demonstreerden in Amsterdam." in marks
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
