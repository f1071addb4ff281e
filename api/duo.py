"""HTTP routes of the DUO adapter; the mapping and the checks live in ``inburgering_rules.duo``."""

from __future__ import annotations

from fastapi import APIRouter, Request

from inburgering_rules.duo.beoordeling import beoordeel
from inburgering_rules.duo.pip_controle import controleer
from inburgering_rules.systeem import systeem

from . import limits
from .duo_voorbeelden import BEOORDELING, PIP_CONTROLE

router = APIRouter(prefix="/duo", tags=["DUO"])


def _voorbeeld(beschrijving: str, voorbeeld: dict) -> dict:
    return {"requestBody": {"required": True, "description": beschrijving,
                            "content": {"application/json": {"schema": {"type": "object"}, "example": voorbeeld}}}}


@router.post("/beoordeling", openapi_extra=_voorbeeld(
    "Per BSN de DUO-resources zoals DUO's API's ze teruggeven (elke deelverzameling), plus een peildatum.", BEOORDELING))
async def post_beoordeling(request: Request):
    """De beslissingen onder onze publieke namen, de afgeleide situatie en de bevindingen waar DUO en de wet
    verschillen (docs/duo.md)."""
    return await limits.reken(request, lambda data: beoordeel(systeem(), data))


@router.post("/pip-controle", openapi_extra=_voorbeeld(
    "Per BSN het PIP dat naar DUO gaat (nieuw_pip) en wat DUO al over de persoon teruggaf.", PIP_CONTROLE))
async def post_pip_controle(request: Request):
    """Elke bevinding in het Nederlands met haar artikel, als fout of waarschuwing (docs/duo.md)."""
    return await limits.reken(request, lambda data: controleer(systeem(), data))
