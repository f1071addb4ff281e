"""What-if for legal advisors (issue 14 item 3): a proposed value, the scenarios and caseload it changes,
and the proposal as a patch that ``git apply --check`` accepts. Same engine as ``inburgering-rules impact``."""

import json
import re
import subprocess
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from api.main import app
from inburgering_rules.hulpmiddelen import impact, voorstel as vs
from inburgering_rules.paths import ROOT
from inburgering_rules.systeem import systeem

SPUK = "financiering.spuk.bedrag_cohort_jaar_1"
PIP = "boetes.college.pip_boete_per_overtreding"
VELDEN = {"vanaf": "2024-01-01", "waarde": "9000", "herkomst": "gerapporteerd",
          "bron_titel": "Regeling inburgering 2021, hoofdstuk 10 (voorstel)",
          "bron_href": "https://wetten.overheid.nl/jci1.3:c:BWBR0045574&hoofdstuk=10", "toelichting": "proef"}


@pytest.fixture(scope="module")
def client():
    return TestClient(app)


def _git_apply_check(patch: str, tmp_path) -> subprocess.CompletedProcess:
    bestand = tmp_path / "voorstel.patch"
    bestand.write_text(patch, encoding="utf-8")
    return subprocess.run(["git", "-C", str(ROOT), "apply", "--check", str(bestand)], capture_output=True, text=True)


def test_a_new_spuk_amount_changes_its_scenarios_and_the_caseload():
    tbs = systeem()
    uitkomst = vs.bereken(tbs, vs.maak_voorstel(tbs, SPUK, VELDEN), vs.lees_caseload(None))
    scenarios = {w.bron for w in uitkomst.vergelijking.wijzigingen if w.verwacht}
    assert "tests/yaml/financiering/spuk.yaml: SPUK 2024 - 10 asielstatushouders en 5 gezinsmigranten" in scenarios
    leiden = next(w for w in uitkomst.vergelijking.wijzigingen
                  if w.waar == "gemeenten.leiden.spuk_inburgeringsvoorzieningen@2024" and w.bron == "voorbeeld-caseload")
    # 10 housed in 2024 × (9000 − 8870.51) more than before.
    assert round(float(leiden.nieuw) - float(leiden.oud), 2) == round(10 * (9000 - 8870.51), 2)
    assert uitkomst.vergelijking.overgeslagen > 300  # scenarios that cannot read the SPUK amount are skipped
    assert uitkomst.seconden < 20


def test_the_engine_is_the_one_impact_uses():
    assert vs.vergelijking is impact.vergelijking


def test_the_patch_applies_and_keeps_the_advisors_reference(tmp_path):
    tbs = systeem()
    for naam, velden in ((SPUK, VELDEN), (PIP, {**VELDEN, "vanaf": "2027-01-01", "waarde": "75"}),
                         ("termijn.duur_jaren.WI2021", {**VELDEN, "vanaf": "2026-07-01", "waarde": "4"})):
        uitkomst = vs.bereken(tbs, vs.maak_voorstel(tbs, naam, velden), [], scenarios=False)
        assert uitkomst.patch.startswith(f"--- a/{uitkomst.bestand}\n+++ b/{uitkomst.bestand}\n")
        assert '+          - title: "Regeling inburgering 2021, hoofdstuk 10 (voorstel)"' in uitkomst.patch or \
               '+        - title: "Regeling inburgering 2021, hoofdstuk 10 (voorstel)"' in uitkomst.patch or \
               '+            - title: "Regeling inburgering 2021, hoofdstuk 10 (voorstel)"' in uitkomst.patch, uitkomst.patch
        assert "note: \"proef\"" in uitkomst.patch
        proces = _git_apply_check(uitkomst.patch, tmp_path)
        assert proces.returncode == 0, proces.stderr
        assert not [p for p in uitkomst.problemen if p.ernst == "fout"], uitkomst.problemen


def test_a_wrong_value_is_a_dutch_message_at_its_field(client):
    r = client.post(f"/wet/parameter/{SPUK}/watals", data={**VELDEN, "waarde": "veel"})
    assert r.status_code == 400
    assert re.search(r'<label class="fout" id="veld-waarde">.*?&#x27;veel&#x27; is geen getal', r.text)
    r = client.post(f"/wet/parameter/{PIP}/watals", data={**VELDEN, "waarde": "12.345"})
    assert r.status_code == 400 and "meer dan twee decimalen" in r.text
    r = client.post(f"/wet/parameter/{PIP}/watals", data={**VELDEN, "vanaf": ""})
    assert 'id="veld-vanaf"' in r.text and "Vul de datum in" in r.text


def test_the_page_shows_scenarios_caseload_chart_and_patch(client):
    r = client.post(f"/wet/parameter/{SPUK}/watals", data=VELDEN,
                    files={"caseload": ("leeg.json", b"", "application/json")})
    assert r.status_code == 200
    # The 2024 SPUK scenarios with asielstatushouders housed in 2024 read the year-1 amount of 2024:
    # "10 asielstatushouders en 5 gezinsmigranten", "alle vier delen", "twee gemeenten tegelijk",
    # "gemeentelijke grondslag … som van de cohortdelen" and "landelijk budget voor asielstatushouders".
    assert "Test-scenario's die anders uitkomen: 5" in r.text
    assert "beslissingen veranderen" in r.text and '<svg class="staafgrafiek"' in r.text
    patch_link = re.search(r'href="(/wet/parameter/[^"]+/watals\.patch\?[^"]+)"', r.text).group(1).replace("&amp;", "&")
    download = client.get(patch_link)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/x-diff")
    assert "attachment" in download.headers["content-disposition"]
    assert "+    value: 9000.00" in download.text


def test_an_uploaded_caseload_is_used(client):
    eigen = {"personen": {"p": {}}, "gemeenten": {"delft": {"inburgeraars": ["p"],
             "aantal_gehuisveste_asielstatushouders": {"2024": 2}, "spuk_inburgeringsvoorzieningen": {"2024": None}}}}
    r = client.post(f"/wet/parameter/{SPUK}/watals", data=VELDEN,
                    files={"caseload": ("mijn.json", json.dumps(eigen).encode(), "application/json")})
    assert r.status_code == 200 and "1 van 1 beslissingen veranderen" in r.text and "delft 2024" in r.text
    fout = client.post(f"/wet/parameter/{SPUK}/watals", data=VELDEN,
                       files={"caseload": ("kapot.json", b"{niet json", "application/json")})
    assert fout.status_code == 400 and "geen geldige JSON" in fout.text


def test_the_patch_download_refuses_a_bad_proposal(client):
    r = client.get(f"/wet/parameter/{SPUK}/watals.patch?" + urlencode({**VELDEN, "vanaf": "morgen"}))
    assert r.status_code == 400 and "Vul de datum in" in r.text
    assert client.get("/wet/parameter/bestaat.niet/watals").status_code == 404


def test_a_caseload_too_large_is_refused_in_dutch():
    groot = {"personen": {f"p{i}": {} for i in range(vs.MAX_CASELOAD_ENTITEITEN + 1)}}
    with pytest.raises(vs.VoorstelFout, match="Neem een steekproef"):
        vs.lees_caseload(json.dumps(groot).encode())


def test_the_pip_fine_from_a_date_changes_the_college_fine_scenarios():
    """Issue 14, done when: "change the PIP fine amount from a date and see which scenarios change"."""
    tbs = systeem()
    uitkomst = vs.bereken(tbs, vs.maak_voorstel(tbs, PIP, {**VELDEN, "vanaf": "2022-01-01", "waarde": "75"}), [])
    opzet = [w for w in uitkomst.vergelijking.wijzigingen
             if w.bron == "tests/yaml/boetes/college_boetes.yaml: PIP - één overtreding met opzet is 50 euro"]
    # One breach with opzet is 100 % of the art. 7.1 lid 2 amount (lid 4 a): €75 instead of €50.
    assert [(w.oud, w.nieuw) for w in opzet] == [("50.00", "75.00")]


def test_typed_text_cannot_break_the_yaml(tmp_path):
    tbs = systeem()
    with pytest.raises(vs.VoorstelFout, match="geen spaties"):
        vs.maak_voorstel(tbs, PIP, {**VELDEN, "bron_href": "https://x\n  evil: 1"})
    listig = {**VELDEN, "vanaf": "2027-01-01", "waarde": "60", "bron_titel": 'a: b\n- c "d" # e', "toelichting": "x\ny: z"}
    uitkomst = vs.bereken(tbs, vs.maak_voorstel(tbs, PIP, listig), [], scenarios=False)
    assert not [p for p in uitkomst.problemen if p.ernst == "fout"], uitkomst.problemen
    assert '- title: "a: b - c \\"d\\" # e"' in uitkomst.patch
    assert _git_apply_check(uitkomst.patch, tmp_path).returncode == 0
