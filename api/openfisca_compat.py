"""What OpenFisca's own clients (the Legislation Explorer, generated clients) expect of a web API,
as ``openfisca serve`` (openfisca_web_api) provides it:

- CORS for any origin without credentials (``CORS(app, origins="*")`` there); a deployment can give
  an allow-list in ``INBURGERING_CORS_ORIGINS`` (comma-separated origins);
- the ``Country-Package`` and ``Country-Package-Version`` headers on every response;
- absolute URLs: ``href`` from the server's own address (``INBURGERING_PUBLIC_URL`` when it runs
  behind a proxy), ``source`` into the repository (``inburgering_rules.metadata.repository_url``);
- ``/spec`` as OpenAPI 3.0.x with ``servers`` (swagger-ui 3 in the explorer reads no 3.1); the
  3.1 document FastAPI generates stays at ``/openapi.json``.
"""

from __future__ import annotations

import copy
import os
from typing import Any

from fastapi import FastAPI, Request
from starlette.middleware.cors import CORSMiddleware

COUNTRY_PACKAGE = "inburgering-rules"


def cors_origins() -> list[str]:
    configured = os.environ.get("INBURGERING_CORS_ORIGINS", "").strip()
    return [o.strip() for o in configured.split(",") if o.strip()] if configured else ["*"]


class CountryPackageHeaders:
    """Pure ASGI middleware: ``Country-Package`` and ``Country-Package-Version`` on every response."""

    def __init__(self, app, version: str):
        self.app = app
        self.headers = [(b"country-package", COUNTRY_PACKAGE.encode()), (b"country-package-version", version.encode())]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def install(app: FastAPI, version: str) -> None:
    app.add_middleware(CountryPackageHeaders, version=version)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cors_origins(),
        allow_credentials=False,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["X-Model-Version", "Country-Package", "Country-Package-Version", "X-Request-Id"],
        max_age=600,
    )


def base_url(request: Request) -> str:
    """This server's address as the caller reached it (``openfisca serve``'s ``request.host_url``)."""
    configured = os.environ.get("INBURGERING_PUBLIC_URL")
    if configured:
        return configured.rstrip("/")
    return str(request.base_url).rstrip("/")


def openapi_30(spec: dict[str, Any], server: str) -> dict[str, Any]:
    """FastAPI's OpenAPI 3.1 document rewritten as 3.0.3: ``anyOf [X, null]`` → ``nullable``, a type
    list → one type + ``nullable``, ``examples`` in a schema → ``example``, ``const`` → one-value enum."""
    converted = _schema_30(copy.deepcopy(spec))
    converted["openapi"] = "3.0.3"
    converted["servers"] = [{"url": server}]
    return converted


def _schema_30(node: Any) -> Any:
    if isinstance(node, list):
        return [_schema_30(x) for x in node]
    if not isinstance(node, dict):
        return node
    node = {k: _schema_30(v) for k, v in node.items()}
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list) and any(o == {"type": "null"} for o in options):
            rest = [o for o in options if o != {"type": "null"}]
            del node[key]
            if len(rest) == 1 and "$ref" in rest[0]:
                node["allOf"] = rest  # 3.0 ignores siblings of a $ref
            elif len(rest) == 1:
                node.update({k: v for k, v in rest[0].items() if k not in node})
            else:
                node[key] = rest
            node["nullable"] = True
    kind = node.get("type")
    if isinstance(kind, list):
        others = [k for k in kind if k != "null"]
        node["type"] = others[0] if len(others) == 1 else others
        if "null" in kind:
            node["nullable"] = True
        if isinstance(node["type"], list):  # 3.0 has no type lists: any of the types
            node["anyOf"] = [{"type": k} for k in node.pop("type")]
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if "examples" in node and isinstance(node["examples"], list) and ("type" in node or "properties" in node):
        examples = node.pop("examples")
        if examples:
            node["example"] = examples[0]
    if node.get("type") == "null":
        node.pop("type")
        node["nullable"] = True
    return node
