"""``inburgering-rules bereken``: a caseload from CSV, Parquet or DUO JSON lines (issue #13, item 4)."""

import json
import time

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from inburgering_rules.hulpmiddelen.caseload import STANDAARD_UITVOER, bereken_stuk  # noqa: E402
from inburgering_rules.hulpmiddelen.cli import main  # noqa: E402

RIJEN = [
    # Wi2021 art. 11 lid 1-2: PIP 2022-06-01 → term 2022-06-02 … 2025-06-01.
    {"id": "anna", "geboortedatum": "1990-05-01", "nationaliteit": "OVERIG", "verblijfsgrond": "ASIEL",
     "datum_verblijfsrecht": "2022-03-01", "datum_dagtekening_pip": "2022-06-01"},
    {"id": "bob", "geboortedatum": "1985-09-12", "nationaliteit": "NEDERLANDS", "verblijfsgrond": "",
     "datum_verblijfsrecht": "", "datum_dagtekening_pip": ""},
    {"id": "fout", "geboortedatum": "1990-02-30", "nationaliteit": "OVERIG", "verblijfsgrond": "ASIEL",
     "datum_verblijfsrecht": "2022-03-01", "datum_dagtekening_pip": ""},
]


def schrijf_csv(pad, rijen=RIJEN):
    pd.DataFrame(rijen).to_csv(pad, index=False)


def test_csv_in_csv_out_with_per_row_errors(tmp_path, capsys):
    schrijf_csv(tmp_path / "in.csv")
    assert main(["bereken", str(tmp_path / "in.csv"), "--peildatum", "2024-01-05", "--uit", str(tmp_path / "uit.csv"),
                 "--stuk", "2"]) == 0
    uit = pd.read_csv(tmp_path / "uit.csv", dtype=str, keep_default_na=False).set_index("id")
    assert list(uit.columns) == [*STANDAARD_UITVOER, "fout"]
    assert uit.loc["anna", "inburgeringstermijn_einddatum"] == "2025-06-01"
    assert uit.loc["anna", "doelgroep"] == "ASIELSTATUSHOUDER"
    assert uit.loc["bob", "reden_geen_inburgeringsplicht"] == "NEDERLANDER"
    assert "geboortedatum" in uit.loc["fout", "fout"] and uit.loc["fout", "inburgeringsplichtig"] == ""
    assert "3 rijen berekend" in capsys.readouterr().out


def test_parquet_in_parquet_out_with_typed_columns(tmp_path):
    frame = pd.DataFrame(RIJEN[:1]).assign(geboortedatum=pd.to_datetime(["1990-05-01"]).date,
                                           heeft_startkwalificatie=[False], jaren_leerplichtig_in_nederland=[0])
    frame.to_parquet(tmp_path / "in.parquet")
    assert main(["bereken", str(tmp_path / "in.parquet"), "--peildatum", "2024-01-05", "--uit",
                 str(tmp_path / "uit.parquet"), "--uitvoer", "inburgeringsplichtig,inburgeringstermijn_einddatum",
                 "--stil"]) == 0
    uit = pd.read_parquet(tmp_path / "uit.parquet")
    assert uit.loc[0, "inburgeringsplichtig"] == True  # noqa: E712 (a nullable boolean)
    assert uit.loc[0, "inburgeringstermijn_einddatum"] == "2025-06-01"


def test_duo_json_lines(tmp_path):
    from api.duo_voorbeelden import BEOORDELING

    with (tmp_path / "duo.jsonl").open("w") as f:
        for bsn, persoon in BEOORDELING["personen"].items():
            f.write(json.dumps({"bsn": bsn, **persoon}) + "\n")
        f.write(json.dumps({"bsn": "123456789"}) + "\n")
    assert main(["bereken", str(tmp_path / "duo.jsonl"), "--peildatum", "2024-01-05", "--uit", str(tmp_path / "uit.csv"),
                 "--stil"]) == 0
    uit = pd.read_csv(tmp_path / "uit.csv", dtype=str, keep_default_na=False).set_index("id")
    assert uit.loc["999993653", "inburgeringstermijn_einddatum"] == "2025-06-01"
    assert uit.loc["999990019", "reden_geen_inburgeringsplicht"] == "EU_EER_ZWITSERS"
    assert "elfproef" in uit.loc["123456789", "fout"]


def test_an_unknown_column_or_output_stops_the_command(tmp_path, capsys):
    schrijf_csv(tmp_path / "in.csv", [{"id": "x", "geboortedatm": "1990-01-01"}])
    assert main(["bereken", str(tmp_path / "in.csv"), "--peildatum", "2024-01-05", "--uit", str(tmp_path / "u.csv"),
                 "--stil"]) == 2
    assert "geboortedatm" in capsys.readouterr().err
    schrijf_csv(tmp_path / "in.csv")
    assert main(["bereken", str(tmp_path / "in.csv"), "--peildatum", "2024-01-05", "--uit", str(tmp_path / "u.csv"),
                 "--uitvoer", "bestaat_niet", "--stil"]) == 2


def test_the_chunk_function_gives_what_the_api_gives():
    from fastapi.testclient import TestClient

    from api.main import app

    stuk = pd.DataFrame(RIJEN[:1])
    antwoord = bereken_stuk(stuk, "2024-01-05", ["inburgeringstermijn_einddatum"])
    feiten = {k: v for k, v in RIJEN[0].items() if k != "id"}
    api = TestClient(app).post("/calculate", json={"personen": {"anna": {
        **feiten, "inburgeringstermijn_einddatum": {"2024-01-05": None}}}}).json()
    assert antwoord.loc[0, "inburgeringstermijn_einddatum"] == api["personen"]["anna"]["inburgeringstermijn_einddatum"]["2024-01-05"]


def test_the_same_chunk_function_on_a_local_dask_cluster(tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    rijen = [{**RIJEN[n % 3], "id": f"p{n}"} for n in range(30)]
    schrijf_csv(tmp_path / "in.csv", rijen)
    lokaal = pd.concat([bereken_stuk(stuk, "2024-01-05") for stuk in
                        pd.read_csv(tmp_path / "in.csv", dtype=str, keep_default_na=False, chunksize=7)])
    start = time.monotonic()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        invoer = dd.read_csv(str(tmp_path / "in.csv"), dtype=str, keep_default_na=False, blocksize=400)
        assert invoer.npartitions > 1
        meta = bereken_stuk(invoer._meta, "2024-01-05")
        op_dask = invoer.map_partitions(bereken_stuk, "2024-01-05", meta=meta).compute()
    assert time.monotonic() - start < 120
    pd.testing.assert_frame_equal(op_dask.set_index("id").sort_index(), lokaal.set_index("id").sort_index())
