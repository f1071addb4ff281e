"""Client errors as OpenFisca shapes them: a JSON object nested at the offending path."""

from __future__ import annotations

from typing import Any


class ClientError(Exception):
    """A 4xx answer: ``body`` is the JSON the caller receives."""

    def __init__(self, status: int, body: dict[str, Any]):
        super().__init__(body)
        self.status = status
        self.body = body


def nested(path: list[str], message: str) -> dict[str, Any]:
    """``["personen", "anna", "geboortedatum"]`` → ``{"personen": {"anna": {"geboortedatum": message}}}``."""
    body: Any = message
    for key in reversed(path):
        body = {key: body}
    return body


def merge_into(target: dict[str, Any], addition: dict[str, Any]) -> dict[str, Any]:
    for key, value in addition.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge_into(target[key], value)
        else:
            target[key] = value
    return target


class ErrorCollector:
    """Gathers every problem of a request, so the caller can fix them all in one go."""

    def __init__(self):
        self.body: dict[str, Any] = {}

    def add(self, path: list[str], message: str) -> None:
        merge_into(self.body, nested(path, message))

    def raise_if_any(self, status: int = 400) -> None:
        if self.body:
            raise ClientError(status, self.body)


def flatten(body: Any, path: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """A nested error body as ``("personen.anna.geboortedatum.ETERNITY", message)`` pairs, for people to read."""
    if isinstance(body, dict):
        return [pair for key, value in body.items() for pair in flatten(value, path + (str(key),))]
    return [(".".join(path), str(body))]
