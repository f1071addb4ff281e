"""``inburgering-rules bereken``: a whole caseload from a file, in chunks, with the API's engine.

Input, one row per person:
- CSV (``.csv``) or Parquet (``.parquet``) with columns named as our inputs (``GET /variables``) and
  optionally ``id`` (or ``bsn``) to name the row; an empty cell is a fact not given;
- JSON lines (``.jsonl``), one DUO-adapter person a line: ``{"bsn": "…", "inburgeringsplicht": {…}, …}``
  with the resources of ``/duo/beoordeling`` (mapped by ``inburgering_rules.duo.vertaling``).

Output (``.csv`` or ``.parquet``): ``id``, one column per requested output on the peildatum, and
``fout`` (empty, or each problem as ``path: message`` — the row's other outputs are then empty).

``bereken_stuk`` is the chunk function: a pandas DataFrame in, a DataFrame out, no state. The command
runs it chunk by chunk (memory stays flat whatever the file's length); on a Dask cluster the same
function runs unchanged under ``dask.dataframe.map_partitions`` (docs/api.md).
"""

from __future__ import annotations

import datetime
import json
import math
from pathlib import Path
from typing import Any, Iterator

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit

from ..errors import ErrorCollector, flatten
from ..gedeeltelijk import calculate_partial
from ..systeem import systeem

STANDAARD_UITVOER = (
    "inburgeringsplichtig", "reden_geen_inburgeringsplicht", "inburgeringsregime", "doelgroep",
    "datum_aanvang_inburgeringsplicht", "inburgeringstermijn_startdatum", "inburgeringstermijn_einddatum",
)
ID_KOLOMMEN = ("id", "bsn")
DUO_KOLOM = "duo"
_WAAR = {"true": True, "1": True, "ja": True, "waar": True, "false": False, "0": False, "nee": False, "onwaar": False}


class CaseloadFout(Exception):
    """The command cannot run (unknown column or output, unreadable file): exit status 2."""


def periode(variable, peildatum: str) -> str:
    unit = variable.definition_period
    if unit == DateUnit.DAY:
        return peildatum
    if unit == DateUnit.MONTH:
        return peildatum[:7]
    if unit == DateUnit.YEAR:
        return peildatum[:4]
    return "ETERNITY"


def controleer_uitvoer(uitvoer: list[str]) -> None:
    tbs = systeem()
    if onbekend := [u for u in uitvoer if u not in tbs.variables]:
        raise CaseloadFout(f"onbekende uitvoer: {', '.join(onbekend)} (zie GET /variables)")
    if verkeerd := [u for u in uitvoer if tbs.variables[u].entity.key != "persoon"]:
        raise CaseloadFout(f"geen uitvoer per persoon: {', '.join(verkeerd)}")


def controleer_kolommen(kolommen) -> None:
    tbs = systeem()
    onbekend = [k for k in kolommen if k not in ID_KOLOMMEN and k != DUO_KOLOM and k not in tbs.variables]
    if onbekend:
        raise CaseloadFout(f"onbekende kolom(men): {', '.join(map(str, onbekend))}; een kolom heet als een invoer "
                           "(GET /variables), of id/bsn")


def _waarde(variable, cel: Any) -> Any:
    """A cell as the JSON value ``/calculate`` takes; None for an empty cell. A value that cannot be
    read stays as it is, so the validation names it at its path."""
    if cel is None or (isinstance(cel, float) and math.isnan(cel)):
        return None
    if isinstance(cel, str):
        tekst = cel.strip()
        if tekst == "":
            return None
        kind = variable.value_type
        if kind is bool:
            return _WAAR.get(tekst.lower(), tekst)
        if kind is int:
            try:
                return int(tekst)
            except ValueError:
                return tekst
        if kind is float:
            try:
                return float(tekst)
            except ValueError:
                return tekst
        return tekst
    if hasattr(cel, "item") and not isinstance(cel, (datetime.date, datetime.datetime)):
        cel = cel.item()  # numpy scalar
    if isinstance(cel, datetime.datetime):
        return cel.date().isoformat()
    if isinstance(cel, datetime.date):
        return cel.isoformat()
    if variable.value_type is bool and isinstance(cel, int) and not isinstance(cel, bool) and cel in (0, 1):
        return bool(cel)
    return cel


def _rij_id(rij: dict[str, Any], index) -> str:
    for kolom in ID_KOLOMMEN:
        waarde = rij.get(kolom)
        if waarde is not None and not (isinstance(waarde, float) and math.isnan(waarde)) and str(waarde) != "":
            return str(waarde)
    return str(index)


def bereken_stuk(stuk, peildatum: str, uitvoer: list[str] | tuple[str, ...] = STANDAARD_UITVOER):
    """One chunk of rows → one row of answers each (``id``, the outputs, ``fout``). Pure: the same
    rows give the same answers on one machine or many."""
    import pandas as pd

    tbs = systeem()
    uitvoer = list(uitvoer)
    controleer_kolommen(stuk.columns)
    perioden = {u: periode(tbs.variables[u], peildatum) for u in uitvoer}
    personen: dict[str, dict[str, Any]] = {}
    fouten: dict[str, str] = {}
    volgorde: list[str] = []
    invoer_kolommen = [k for k in stuk.columns if k in tbs.variables]
    for index, rij in zip(stuk.index, stuk.to_dict("records")):
        rij_id = _rij_id(rij, index)
        if rij_id in personen or rij_id in fouten:
            rij_id = f"{rij_id}#{index}"
        volgorde.append(rij_id)
        if DUO_KOLOM in rij and rij[DUO_KOLOM] is not None:
            feiten, fout = _duo_rij(rij[DUO_KOLOM], rij_id, peildatum)
            if fout:
                fouten[rij_id] = fout
                continue
        else:
            feiten = {}
        for kolom in invoer_kolommen:
            waarde = _waarde(tbs.variables[kolom], rij[kolom])
            if waarde is not None:
                feiten[kolom] = waarde
        personen[rij_id] = {**feiten, **{u: {perioden[u]: None} for u in uitvoer}}
    antwoorden: dict[str, Any] = {}
    if personen:
        antwoord = calculate_partial(tbs, {"personen": personen})
        antwoorden = antwoord["personen"]
        for rij_id, body in (antwoord["errors"].get("personen") or {}).items():
            fouten[rij_id] = "; ".join(f"{pad}: {melding}" for pad, melding in flatten(body))
    kolommen: dict[str, list[Any]] = {"id": volgorde, **{u: [] for u in uitvoer}, "fout": []}
    for rij_id in volgorde:
        fout = fouten.get(rij_id)
        for u in uitvoer:
            kolommen[u].append(None if fout else antwoorden[rij_id][u][perioden[u]])
        kolommen["fout"].append(fout or "")
    frame = pd.DataFrame(kolommen, index=stuk.index)
    return frame.astype(uitvoer_dtypes(uitvoer))


def uitvoer_dtypes(uitvoer) -> dict[str, str]:
    """Nullable pandas dtypes, so a chunk with errors has the same schema as one without."""
    tbs = systeem()
    soort = {bool: "boolean", int: "Int64", float: "Float64"}
    dtypes = {"id": "string", "fout": "string"}
    for u in uitvoer:
        kind = tbs.variables[u].value_type
        dtypes[u] = "string" if kind is Enum or kind is datetime.date or kind is str else soort[kind]
    return dtypes


def _duo_rij(tekst: Any, rij_id: str, peildatum: str) -> tuple[dict[str, Any], str | None]:
    """One DUO-adapter JSON line → our facts, through the one mapping module."""
    from ..duo.beoordeling import termijn_jaren
    from ..duo.bsn import bsn_probleem
    from ..duo.vertaling import vertaal

    try:
        persoon = json.loads(tekst) if isinstance(tekst, str) else tekst
    except ValueError as error:
        return {}, f"ongeldige JSON: {error}"
    if not isinstance(persoon, dict):
        return {}, "verwacht een JSON-object per regel"
    persoon = dict(persoon)
    bsn = persoon.pop("bsn", None)
    if bsn is not None and (probleem := bsn_probleem(bsn)):
        return {}, f"bsn: {probleem}"
    errors = ErrorCollector()
    dag = datetime.date.fromisoformat(peildatum)
    vertaald = vertaal(rij_id, persoon, dag, errors, termijn_jaren(systeem(), dag))
    if errors.body:
        return {}, "; ".join(f"{pad.split('.', 2)[-1]}: {m}" for pad, m in flatten(errors.body))
    return vertaald.invoer, None


# --- reading and writing in chunks ---

def lees_stukken(pad: Path, grootte: int) -> Iterator[Any]:
    import pandas as pd

    soort = pad.suffix.lower()
    if soort == ".csv":
        yield from pd.read_csv(pad, dtype=str, keep_default_na=False, chunksize=grootte)
    elif soort == ".parquet":
        import pyarrow.parquet as pq

        start = 0
        for batch in pq.ParquetFile(pad).iter_batches(batch_size=grootte):
            frame = batch.to_pandas()
            frame.index = range(start, start + len(frame))
            start += len(frame)
            yield frame
    elif soort in (".jsonl", ".ndjson"):
        with pad.open(encoding="utf-8") as bestand:
            regels, start = [], 0
            for regel in bestand:
                if regel.strip():
                    regels.append(regel)
                if len(regels) == grootte:
                    yield _duo_frame(regels, start)
                    start += len(regels)
                    regels = []
            if regels:
                yield _duo_frame(regels, start)
    else:
        raise CaseloadFout(f"onbekend invoerformaat '{pad.suffix}': gebruik .csv, .parquet of .jsonl")


def _duo_frame(regels: list[str], start: int):
    import pandas as pd

    ids = []
    for n, regel in enumerate(regels):
        try:
            ids.append(str(json.loads(regel).get("bsn", start + n)))
        except (ValueError, AttributeError):
            ids.append(str(start + n))
    return pd.DataFrame({"id": ids, DUO_KOLOM: regels}, index=range(start, start + len(regels)))


def aantal_rijen(pad: Path) -> int | None:
    soort = pad.suffix.lower()
    if soort == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(pad).metadata.num_rows
    with pad.open("rb") as bestand:
        regels = sum(blok.count(b"\n") for blok in iter(lambda: bestand.read(1 << 20), b""))
    return max(regels - 1, 0) if soort == ".csv" else regels


class Schrijver:
    """Appends chunks to a CSV or Parquet file, one chunk in memory at a time."""

    def __init__(self, pad: Path, uitvoer: list[str]):
        self.pad = pad
        self.soort = pad.suffix.lower()
        if self.soort not in (".csv", ".parquet"):
            raise CaseloadFout(f"onbekend uitvoerformaat '{pad.suffix}': gebruik .csv of .parquet")
        self.uitvoer = uitvoer
        self.parquet = None
        self.eerste = True

    def schrijf(self, frame) -> None:
        if self.soort == ".csv":
            frame.to_csv(self.pad, mode="w" if self.eerste else "a", header=self.eerste, index=False)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            tabel = pa.Table.from_pandas(frame, preserve_index=False)
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.pad, tabel.schema)
            self.parquet.write_table(tabel)
        self.eerste = False

    def sluit(self) -> None:
        if self.parquet is not None:
            self.parquet.close()
        elif self.eerste:
            import pandas as pd

            self.schrijf(pd.DataFrame({k: [] for k in ["id", *self.uitvoer, "fout"]}).astype(uitvoer_dtypes(self.uitvoer)))
            if self.parquet is not None:
                self.parquet.close()


def bereken_bestand(invoer: Path, peildatum: str, uit: Path, uitvoer: list[str], grootte: int = 10_000,
                    voortgang: bool = True) -> tuple[int, int]:
    """Run a whole file; returns (rows, rows with an error)."""
    try:
        datetime.date.fromisoformat(peildatum)
    except ValueError:
        raise CaseloadFout(f"--peildatum '{peildatum}' is geen datum (JJJJ-MM-DD)") from None
    if not invoer.is_file():
        raise CaseloadFout(f"invoerbestand '{invoer}' bestaat niet")
    controleer_uitvoer(uitvoer)
    from tqdm import tqdm

    schrijver = Schrijver(uit, uitvoer)
    rijen = fout = 0
    with tqdm(total=aantal_rijen(invoer), unit=" rijen", disable=not voortgang, desc="bereken") as balk:
        for stuk in lees_stukken(invoer, grootte):
            antwoord = bereken_stuk(stuk, peildatum, uitvoer)
            schrijver.schrijf(antwoord)
            rijen += len(antwoord)
            fout += int((antwoord["fout"] != "").sum())
            balk.update(len(stuk))
    schrijver.sluit()
    return rijen, fout
