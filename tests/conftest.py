"""Run every ``tests/yaml/**.yaml`` scenario as a pytest item, next to the Python tests.

``openfisca test -c inburgering_rules tests/yaml`` collects the same files through OpenFisca's own
plugin; the guard below stops this hook from collecting them a second time there.
"""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from openfisca_core.tools.test_runner import OpenFiscaPlugin, YamlFile, YamlItem

from inburgering_rules import CountryTaxBenefitSystem
from inburgering_rules.scenario import PLAATSHOUDER, plaatshouders

TBS = CountryTaxBenefitSystem()


class PlaatshouderFout(AssertionError):
    pass


class PlaatshouderItem(pytest.Item):
    """A case written by ``inburgering-rules scenario new`` whose expected values are not filled in yet.

    It fails before anything is computed: a forgotten ``VUL_IN`` must never pass, whatever the model says.
    """

    def __init__(self, *, plekken, **kwargs):
        super().__init__(**kwargs)
        self.plekken = plekken

    def runtest(self):
        raise PlaatshouderFout(
            f"Scenario '{self.name}' bevat nog {PLAATSHOUDER} bij: {', '.join(self.plekken)}. "
            "Vul de verwachte waarde(n) met de hand in uit de bron (nooit overnemen uit de uitkomst van het model)."
        )

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, PlaatshouderFout):
            return f"{self.path}:\n  {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"YAML-scenario {self.name}"


class NamedYamlFile(YamlFile):
    """OpenFisca names every item ""; use each case's ``name`` so ``-k`` and failures say which."""

    def collect(self):
        tests = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        for test in tests if isinstance(tests, list) else [tests]:
            # The name may mention VUL_IN; the description, inputs and outputs may not.
            if plekken := plaatshouders({k: v for k, v in test.items() if k != "name"}):
                yield PlaatshouderItem.from_parent(self, name=str(test.get("name", "")), plekken=plekken)
                continue
            yield YamlItem.from_parent(
                self,
                name=test.get("name", ""),
                baseline_tax_benefit_system=self.tax_benefit_system,
                test=test,
                options=self.options,
            )


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
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server():
    """The real API: uvicorn on a free loopback port, started once for the HTTP contract tests."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/health", timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("uvicorn did not start within 30 s")
    yield base
    process.terminate()
    process.wait(timeout=10)
