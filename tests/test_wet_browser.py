"""The explorer /wet in a real headless Chromium: pages render, the form is filled and submitted (POST).

Skipped when /usr/bin/chromium is missing (install: apt-get install -y chromium). The app has no
JavaScript. Pages are loaded with ``--dump-dom`` / ``--screenshot``; the form is filled in and submitted
over the DevTools protocol through a pipe (no websocket library needed). With
``INBURGERING_SCREENSHOTS=1`` the screenshot of the submitted form is written to
docs/screenshots/wet-bereken.png.
"""

import base64
import json
import os
import select
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ANNA = {"peildatum": "2024-01-05", "geboortedatum": "1990-05-01", "verblijfsgrond": "ASIEL",
        "datum_verblijfsrecht": "2022-03-01", "datum_dagtekening_pip": "2022-06-01"}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed (/usr/bin/chromium); "
                                "install it with: apt-get install -y chromium")


@pytest.fixture(scope="module")
def server(live_server):
    return live_server


def chromium(tmp_path, *args: str) -> str:
    """Run headless Chromium with a throw-away profile and no network but loopback; its stdout."""
    profiel = tmp_path / f"profiel-{time.monotonic_ns()}"
    proces = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={profiel}", *args],
        capture_output=True, text=True, timeout=90,
    )
    assert proces.returncode == 0, proces.stderr[-2000:]
    return proces.stdout


def dom(tmp_path, url: str) -> str:
    return chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", url)


class DevTools:
    """Chromium driven over the DevTools protocol through a pipe (``--remote-debugging-pipe``).

    Messages are JSON separated by NUL bytes on file descriptors 3 (to Chromium) and 4 (from it), so no
    websocket library is needed.
    """

    def __init__(self, profiel: Path, breedte=1200, hoogte=1300):
        naar_r, naar_w = os.pipe()
        van_r, van_w = os.pipe()

        def koppel():  # in the child: our pipe ends become its fds 3 and 4
            a, b = os.dup(naar_r), os.dup(van_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proces = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
             "--remote-debugging-pipe", f"--user-data-dir={profiel}", f"--window-size={breedte},{hoogte}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=koppel, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(naar_r)
        os.close(van_w)
        self.schrijf, self.lees, self.buffer, self.volgnummer, self.gebeurtenissen = naar_w, van_r, b"", 0, []
        try:
            doel = self.stuur("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.sessie = self.stuur("Target.attachToTarget", {"targetId": doel, "flatten": True})["sessionId"]
            self.stuur("Page.enable", sessie=True)
        except Exception:
            self.sluit()  # never leave a browser behind
            raise

    def _bericht(self, deadline: float) -> dict:
        while b"\0" not in self.buffer:
            over = deadline - time.monotonic()
            if over <= 0:
                raise TimeoutError("Chromium answered nothing in time")
            if select.select([self.lees], [], [], over)[0]:
                stuk = os.read(self.lees, 65536)
                if not stuk:
                    raise EOFError("Chromium closed the pipe")
                self.buffer += stuk
        bericht, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(bericht)

    def stuur(self, methode: str, params=None, sessie=False, timeout=30) -> dict:
        self.volgnummer += 1
        bericht = {"id": self.volgnummer, "method": methode, "params": params or {}}
        if sessie:
            bericht["sessionId"] = self.sessie
        os.write(self.schrijf, json.dumps(bericht).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            antwoord = self._bericht(deadline)
            if antwoord.get("id") == self.volgnummer:
                if "error" in antwoord:
                    raise RuntimeError(antwoord["error"])
                return antwoord["result"]
            self.gebeurtenissen.append(antwoord)

    def wacht_op(self, methode: str, timeout=30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, gebeurtenis in enumerate(self.gebeurtenissen):
                if gebeurtenis.get("method") == methode:
                    return self.gebeurtenissen.pop(i)
            self.gebeurtenissen.append(self._bericht(deadline))

    def open(self, url: str) -> None:
        self.stuur("Page.navigate", {"url": url}, sessie=True)
        self.wacht_op("Page.loadEventFired")

    def js(self, expressie: str):
        resultaat = self.stuur("Runtime.evaluate", {"expression": expressie, "returnByValue": True}, sessie=True)
        return resultaat["result"].get("value")

    def sluit(self) -> None:
        try:
            self.stuur("Browser.close", timeout=10)
        except (EOFError, TimeoutError, RuntimeError):
            pass
        finally:
            try:
                self.proces.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proces.kill()
            os.close(self.schrijf)
            os.close(self.lees)


def test_index_renders(server, tmp_path):
    html = dom(tmp_path, server + "/wet")
    assert "<h1>Wet inburgering 2021 als regels</h1>" in html
    assert 'href="/wet/parameter/termijn.duur_jaren.WI2021"' in html
    assert 'href="/wet/variabele/inburgeringsplichtig"' in html


def test_parameter_page_renders_table_and_chart(server, tmp_path):
    html = dom(tmp_path, server + "/wet/parameter/inburgeringsplicht.pensioengerechtigde_leeftijd")
    assert "<svg" in html and "<table" in html
    assert "807 maanden" in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&amp;artikel=7a&amp;lid=1" in html


def test_variable_page_renders(server, tmp_path):
    html = dom(tmp_path, server + "/wet/variabele/inburgeringstermijn_einddatum")
    assert "Laatste dag inburgeringstermijn" in html and "<h2>Formules</h2>" in html


def test_form_filled_in_and_submitted_by_the_browser(server, tmp_path):
    """The app's own form: each field set as a person would, the submit button clicked (a POST)."""
    browser = DevTools(tmp_path / "profiel-devtools")
    try:
        browser.open(server + "/wet/bereken")
        assert browser.js("document.querySelector('form.bereken').method + ' ' + new URL(document.querySelector('form.bereken').action).pathname") == "post /wet/bereken"
        velden = browser.js("Array.from(document.querySelector('form.bereken').elements).map(e => e.name).filter(Boolean)")
        assert set(ANNA) <= set(velden), velden
        invullen = "".join(f"document.querySelector('form.bereken').elements[{json.dumps(k)}].value = {json.dumps(v)};" for k, v in ANNA.items())
        browser.js(invullen + "document.querySelector('form.bereken').querySelector('button[type=submit]').click();")
        browser.wacht_op("Page.loadEventFired")
        html = browser.js("document.documentElement.outerHTML")
        assert "Uitkomst op 5 januari 2024" in html
        assert 'Inburgeringsplichtig op de peildatum: <span class="waarde">ja</span>' in html
        assert 'Laatste dag inburgeringstermijn: <span class="waarde">1 juni 2025</span>' in html
        assert browser.js("document.querySelector('form.bereken').elements['geboortedatum'].value") == "1990-05-01"  # kept for correction
        png = base64.b64decode(browser.stuur("Page.captureScreenshot", {"format": "png"}, sessie=True)["data"])
    finally:
        browser.sluit()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    if os.environ.get("INBURGERING_SCREENSHOTS") == "1":
        doel = ROOT / "docs" / "screenshots" / "wet-bereken.png"
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_bytes(png)


def test_form_by_url_and_screenshot(server, tmp_path):
    url = server + "/wet/bereken?" + "&".join(f"{k}={v}" for k, v in ANNA.items())
    html = dom(tmp_path, url)
    assert "ASIELSTATUSHOUDER" in html and "1 juni 2025" in html
    png = tmp_path / "wet-bereken.png"
    chromium(tmp_path, "--window-size=1200,900", f"--screenshot={png}", url)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_bad_input_shows_the_message_in_the_browser(server, tmp_path):
    html = dom(tmp_path, server + "/wet/bereken?peildatum=2024-01-05&geboortedatum=1990-02-30&verblijfsgrond=ASIEL")
    assert 'class="fout" role="alert"' in html
    assert "Deze datum bestaat niet." in html and "is not a date" not in html
