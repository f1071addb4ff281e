"""Errors a caller can cause, each naming the fact or parameter at fault.

The API turns them into 4xx JSON at the offending path; the YAML runner shows their message.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class RegelFout(Exception):
    """Base class: something in the situation the law cannot be applied to."""

    status = 400


class OntbrekendGegeven(RegelFout):
    """A fact the answer depends on was not given (no silent default where the law needs a fact)."""

    def __init__(self, variable: str, entity_plural: str, indices, reason: str):
        self.variable = variable
        self.entity_plural = entity_plural
        self.indices = [int(i) for i in np.atleast_1d(indices)]
        self.reason = reason
        self.instance_message = f"'{variable}' is required: {reason}."
        super().__init__(
            f"'{variable}' is required: {reason}. "
            f"It is missing for {len(self.indices)} {entity_plural} (positions {self.indices[:10]})."
        )


class OngeldigGegeven(RegelFout):
    """A fact was given but is impossible (negative count, event before birth, …)."""

    def __init__(self, variable: str, entity_plural: str, indices, expected: str):
        self.variable = variable
        self.entity_plural = entity_plural
        self.indices = [int(i) for i in np.atleast_1d(indices)]
        self.expected = expected
        self.instance_message = f"Impossible value for '{variable}': expected {expected}."
        super().__init__(
            f"'{variable}' has an impossible value for {len(self.indices)} {entity_plural} "
            f"(positions {self.indices[:10]}): expected {expected}."
        )


class NietGemodelleerd(RegelFout):
    """The law decides this for these instances, but the model does not implement that rule: no answer
    rather than a wrong one (a ``false`` that the law does not give)."""

    def __init__(self, variable: str, entity_plural: str, indices, reason: str):
        self.variable = variable
        self.entity_plural = entity_plural
        self.indices = [int(i) for i in np.atleast_1d(indices)]
        self.reason = reason
        self.instance_message = f"'{variable}' cannot be decided by this model: {reason}."
        super().__init__(
            f"'{variable}' cannot be decided by this model for {len(self.indices)} {entity_plural} "
            f"(positions {self.indices[:10]}): {reason}."
        )


class ParameterZonderWaarde(RegelFout):
    """A figure the law needs has no known value on that date (never guessed: RULEBOOK §0)."""

    def __init__(self, parameter: str, date: str, detail: str = ""):
        self.parameter = parameter
        self.date = date
        super().__init__(
            f"Parameter '{parameter}' has no known value on {date}"
            + (f": {detail}" if detail else "")
            + ". The figure is unknown, so no answer is given."
        )


# --- A request that cannot be answered, shaped as OpenFisca shapes it: JSON nested at the path ---


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
