"""Run every ``tests/yaml/**.yaml`` scenario as a pytest item, next to the Python tests.

``openfisca test -c inburgering_rules tests/yaml`` collects the same files through OpenFisca's own
plugin; the guard below stops this hook from collecting them a second time there.
"""

import copy
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from openfisca_core.tools.test_runner import OpenFiscaPlugin, YamlFile, YamlItem

from inburgering_rules import CountryTaxBenefitSystem
from inburgering_rules.paths import ROOT
from inburgering_rules.hulpmiddelen.scenario import PLAATSHOUDER, plaatshouders
from openfisca_core.tools.test_runner import Loader as OpenFiscaLoader

from inburgering_rules.situatie import check_value
from inburgering_rules.snelpad import Berekening, Terugval

TBS = CountryTaxBenefitSystem()

# A parameter file `inburgering-rules check` passes without a message (the reference quotes the text
# read), for the tests that break one thing in it (tests/test_cli_check.py, tests/test_veilig_laden.py).
GOED_PARAMETERBESTAND = """\
description: Een goede parameter
metadata:
  label: Goed
  unit: week
  provenance: bevestigd
  reference:
    - title: 'Wet inburgering 2021, art. 11 lid 1 (versie 2022-01-01): "De inburgeringsplichtige voldoet binnen drie jaar aan de inburgeringsplicht."'
      href: https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=11&lid=1
values:
  2022-01-01:
    value: 10
"""


def git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def impact(repo, *args):
    """``inburgering-rules impact`` run inside ``repo`` as its project root."""
    return subprocess.run(
        [sys.executable, "-m", "inburgering_rules.hulpmiddelen.cli", "impact", *args],
        capture_output=True, text=True, cwd=repo, env={**os.environ, "INBURGERING_RULES_ROOT": str(repo)},
    )


@pytest.fixture
def regelrepo(tmp_path):
    """Make a throw-away git repository (branch ``main``) holding a copy of the rules and the given
    ``tests/yaml`` files (not the project's own repository)."""

    def maak(scenarios: dict[str, str] | None = None) -> Path:
        if shutil.which("git") is None:
            pytest.skip("git is not installed")
        repo = tmp_path / "repo"
        for map_ in ("parameters", "variables"):
            shutil.copytree(ROOT / map_, repo / map_, ignore=shutil.ignore_patterns("__pycache__"))
        (repo / "tests" / "yaml").mkdir(parents=True)
        for naam, inhoud in (scenarios or {}).items():
            (repo / "tests" / "yaml" / naam).write_text(inhoud, encoding="utf-8")
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", ".")
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "regels")
        return repo

    return maak


class ScenarioFout(AssertionError):
    pass


class OngeldigScenarioItem(pytest.Item):
    """A case that must fail before anything is computed, with a message naming what is wrong:
    expected values still ``VUL_IN`` (a forgotten placeholder must never pass, whatever the model
    says), or an input the law cannot be applied to (an unknown enum member, an impossible date)."""

    def __init__(self, *, melding, **kwargs):
        super().__init__(**kwargs)
        self.melding = melding

    def runtest(self):
        raise ScenarioFout(self.melding)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, ScenarioFout):
            return f"{self.path}:\n  {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"YAML-scenario {self.name}"


class NamedYamlFile(YamlFile):
    """OpenFisca names every item ""; use each case's ``name`` so ``-k`` and failures say which."""

    def collect(self):
        # OpenFisca's own loader keeps dates as text, as `openfisca test` reads them, so an impossible
        # date reaches the input check below instead of breaking the whole file.
        tests = yaml.load(self.path.read_text(encoding="utf-8"), Loader=OpenFiscaLoader)
        for test in tests if isinstance(tests, list) else [tests]:
            name = str(test.get("name", ""))
            # The name may mention VUL_IN; the description, inputs and outputs may not.
            if plekken := plaatshouders({k: v for k, v in test.items() if k != "name"}):
                melding = (
                    f"Scenario '{name}' bevat nog {PLAATSHOUDER} bij: {', '.join(plekken)}. Vul de verwachte "
                    "waarde(n) met de hand in uit de bron (nooit overnemen uit de uitkomst van het model)."
                )
                yield OngeldigScenarioItem.from_parent(self, name=name, melding=melding)
                continue
            if problemen := invoerproblemen(test.get("input") or {}):
                melding = f"Scenario '{name}' heeft ongeldige invoer: " + "; ".join(problemen)
                yield OngeldigScenarioItem.from_parent(self, name=name, melding=melding)
                continue
            original = copy.deepcopy(test)
            yield YamlItem.from_parent(
                self,
                name=test.get("name", ""),
                baseline_tax_benefit_system=self.tax_benefit_system,
                test=test,
                options=self.options,
            )
            # The same case through the compiled path of /calculate (inburgering_rules.snelpad).
            yield SnelpadYamlItem.from_parent(
                self,
                name=f"{test.get('name', '')} [snelpad]",
                baseline_tax_benefit_system=self.tax_benefit_system,
                test=copy.deepcopy(original),  # OpenFisca's build_test changes the dict it is given
                options=self.options,
            )


class _SnelpadSimulatie:
    """OpenFisca's simulation for building and indexing; every ``calculate`` by the compiled path."""

    def __init__(self, simulation):
        self._simulation = simulation
        self._berekening = Berekening.uit_simulatie(TBS, simulation)

    def calculate(self, name, period):
        return self._berekening.calculate(name, period)

    def __getattr__(self, name):
        return getattr(self._simulation, name)


class SnelpadYamlItem(YamlItem):
    """A YAML case whose outputs the compiled path computes (identical to OpenFisca's, or it fails)."""

    def check_output(self):
        self.simulation = _SnelpadSimulatie(self.simulation)
        try:
            super().check_output()
        except Terugval as terugval:
            raise AssertionError(f"the compiled path cannot evaluate this case: {terugval}") from None


def invoerproblemen(invoer, pad=()) -> list[str]:
    """Every input value of a case that the API would refuse, named by its path (flat or per entity)."""
    problemen = []
    for sleutel, waarde in invoer.items():
        variable = TBS.variables.get(sleutel)
        if variable is None:
            if isinstance(waarde, dict):  # an entity plural or an instance id
                problemen += invoerproblemen(waarde, pad + (sleutel,))
            continue
        waarden = waarde.values() if isinstance(waarde, dict) else [waarde]
        for w in waarden:
            if isinstance(w, list):
                continue  # a vector of values, checked by OpenFisca itself
            _, probleem = check_value(variable, w)
            if probleem:
                problemen.append(f"{'.'.join(pad + (sleutel,))} = {w!r}: {probleem}")
    return problemen


def pytest_collect_file(parent, file_path):
    if any(isinstance(p, OpenFiscaPlugin) for p in parent.config.pluginmanager.get_plugins()):
        return None
    if file_path.suffix in (".yaml", ".yml") and "yaml" in file_path.relative_to(parent.config.rootpath).parts:
        return NamedYamlFile.from_parent(parent, path=file_path, tax_benefit_system=TBS, options={})
    return None


@pytest.fixture(scope="session")
def tbs():
    return TBS


def _free_port() -> int:
    """A free loopback port; within ``INBURGERING_TEST_PORTS`` (e.g. "8880-8889") when that is set."""
    bereik = os.environ.get("INBURGERING_TEST_PORTS")
    kandidaten = [0]
    if bereik:
        laag, _, hoog = bereik.partition("-")
        kandidaten = list(range(int(laag), int(hoog or laag) + 1))
    for poort in kandidaten:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError(f"no free port in {bereik}")


@pytest.fixture(scope="session")
def live_server():
    """The real API: uvicorn on a free loopback port, started once for the HTTP contract tests."""
    port = _free_port()
    # stderr to a file, not a pipe: the JSON access log writes a line per request, and an unread
    # pipe would block the server once full.
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/health", timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(log.read().decode())
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("uvicorn did not start within 30 s")
    yield base
    process.terminate()
    process.wait(timeout=10)
    log.close()
