"""The legal advisor's workbench in a real headless Chromium (issue 14 item 6): find art. 12 by search,
read its text, rules and tests; change the SPUK amount from a date and see the changed scenarios and the
chart; download the patch and check it applies (``git apply --check``); print an explanation.

Skipped without /usr/bin/chromium. With ``INBURGERING_SCREENSHOTS=1`` the screenshots are written to
docs/screenshots/ (wet-zoeken.png, wet-artikel-12.png, wet-watals.png, wet-uitleg-print.png).
"""

import base64
import json
import os
import subprocess

import pytest

from test_wet_browser import ANNA, CHROMIUM, ROOT, DevTools

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed (/usr/bin/chromium)")


@pytest.fixture(scope="module")
def server(live_server):
    return live_server


def _schermafdruk(browser: DevTools, naam: str) -> bytes:
    png = base64.b64decode(browser.stuur("Page.captureScreenshot", {"format": "png"}, sessie=True)["data"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    if os.environ.get("INBURGERING_SCREENSHOTS") == "1":
        doel = ROOT / "docs" / "screenshots" / naam
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_bytes(png)
    return png


def _klik(browser: DevTools, selector: str) -> None:
    browser.js(f"document.querySelector({json.dumps(selector)}).click();")
    browser.wacht_op("Page.loadEventFired")


def test_find_article_12_by_search_and_read_its_text_rules_and_tests(server, tmp_path):
    browser = DevTools(tmp_path / "profiel-zoek", hoogte=1000)
    try:
        browser.open(server + "/wet")
        browser.js("document.getElementById('zoekveld').value = 'artikel 12';")
        _klik(browser, "form.zoek button[type=submit]")
        assert browser.js("location.pathname + location.search") == "/wet/zoek?q=artikel+12"
        eerste = browser.js("document.querySelector('ul.treffers a').getAttribute('href')")
        assert eerste == "/wet/artikel/wi2021/12"
        _schermafdruk(browser, "wet-zoeken.png")
        _klik(browser, "ul.treffers a")
        tekst = browser.js("document.querySelector('main').innerText")
        assert "Wet inburgering 2021, artikel 12" in tekst
        assert "Onze Minister verlengt telkens de termijn" in tekst  # the lid's text
        assert "Uitgevoerd door" in tekst and "Getest door" in tekst
        assert browser.js("document.querySelectorAll('.kruimels li').length") >= 4
        _schermafdruk(browser, "wet-artikel-12.png")
    finally:
        browser.sluit()


def test_what_if_spuk_amount_scenarios_chart_and_patch(server, tmp_path):
    browser = DevTools(tmp_path / "profiel-watals", hoogte=2200)
    try:
        browser.open(server + "/wet/parameter/financiering.spuk.bedrag_cohort_jaar_1")
        _klik(browser, "a[href$='/watals']")
        velden = {"vanaf": "2024-01-01", "waarde": "9000", "bron_titel": "Regeling inburgering 2021, hoofdstuk 10 (voorstel)",
                  "bron_href": "https://wetten.overheid.nl/jci1.3:c:BWBR0045574&hoofdstuk=10"}
        browser.js("".join(f"document.querySelector('form.watals').elements[{json.dumps(k)}].value = {json.dumps(v)};"
                           for k, v in velden.items()))
        _klik(browser, "form.watals button[type=submit]")
        tekst = browser.js("document.querySelector('main').innerText")
        assert "Test-scenario's die anders uitkomen: 5" in tekst  # the five listed in tests/test_watals.py
        assert "SPUK 2024 - 10 asielstatushouders en 5 gezinsmigranten" in tekst
        assert "beslissingen veranderen" in tekst
        assert browser.js("document.querySelectorAll('svg.staafgrafiek rect').length") >= 6  # was and wordt per gemeente
        _schermafdruk(browser, "wet-watals.png")
        href = browser.js("document.querySelector('a[href*=\"watals.patch\"]').href")
        antwoord = browser.stuur("Runtime.evaluate", {"expression": f"fetch({json.dumps(href)}).then(r => r.text())",
                                                      "awaitPromise": True, "returnByValue": True}, sessie=True)
        patch = antwoord["result"]["value"]
    finally:
        browser.sluit()
    assert patch.startswith("--- a/parameters/financiering/spuk/bedrag_cohort_jaar_1.yaml")
    assert "+    value: 9000.00" in patch and "Regeling inburgering 2021, hoofdstuk 10 (voorstel)" in patch
    bestand = tmp_path / "voorstel.patch"
    bestand.write_text(patch, encoding="utf-8")
    proces = subprocess.run(["git", "-C", str(ROOT), "apply", "--check", str(bestand)], capture_output=True, text=True)
    assert proces.returncode == 0, proces.stderr


def test_the_explanation_prints_as_a_letter(server, tmp_path):
    browser = DevTools(tmp_path / "profiel-print", hoogte=1400)
    try:
        browser.open(server + "/wet/bereken?" + "&".join(f"{k}={v}" for k, v in ANNA.items()))
        browser.stuur("Emulation.setEmulatedMedia", {"media": "print"}, sessie=True)
        assert browser.js("getComputedStyle(document.querySelector('header')).display") == "none"
        assert browser.js("getComputedStyle(document.querySelector('form.bereken')).display") == "none"
        brief = browser.js("document.querySelector('p.brief').innerText")
        assert brief.startswith("U moet inburgeren.")
        assert browser.js("document.querySelector('aside.grondslag').innerText").startswith("Wettelijke grondslag")
        _schermafdruk(browser, "wet-uitleg-print.png")
    finally:
        browser.sluit()
