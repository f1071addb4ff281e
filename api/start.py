"""``GET /`` with the links, and Swagger UI served from the installed ``swagger-ui-bundle`` package
(so ``/docs`` works on a server without internet; FastAPI's default loads it from a CDN)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from .openfisca_compat import base_url

LINKS = {
    "calculate": ("POST", "/calculate", "een situatie met null waar een antwoord moet komen (?gedeeltelijk=true per persoon)"),
    "trace": ("POST", "/trace", "de rekengraaf met artikelen en parameters"),
    "explain": ("POST", "/explain", "per uitkomst een uitleg voor een brief"),
    "duo_beoordeling": ("POST", "/duo/beoordeling", "DUO-resources in, besluiten en bevindingen uit"),
    "duo_pip_controle": ("POST", "/duo/pip-controle", "een PIP controleren voor het naar DUO gaat"),
    "parameters": ("GET", "/parameters", "elke parameter"),
    "variables": ("GET", "/variables", "elke variabele"),
    "entities": ("GET", "/entities", "de entiteiten"),
    "spec": ("GET", "/spec", "OpenAPI 3.0 (3.1: /openapi.json)"),
    "docs": ("GET", "/docs", "Swagger UI"),
    "wet": ("GET", "/wet", "de wetverkenner (HTML)"),
    "health": ("GET", "/health", "status en modelversie"),
}


def install(app: FastAPI, model_version: str) -> None:
    try:
        import swagger_ui_bundle
    except ImportError:  # the package is a dependency; without it /docs says so instead of a blank page
        swagger_ui_bundle = None
    if swagger_ui_bundle is not None:
        app.mount("/docs/static", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if swagger_ui_bundle is None:
            return JSONResponse({"error": "Swagger UI is not installed: pip install swagger-ui-bundle"}, status_code=404)
        return get_swagger_ui_html(
            openapi_url="/spec", title="inburgering-rules — API",
            swagger_js_url="/docs/static/swagger-ui-bundle.js", swagger_css_url="/docs/static/swagger-ui.css",
            swagger_favicon_url="/docs/static/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def root(request: Request):
        base = base_url(request)
        return JSONResponse({
            "welcome": "inburgering-rules: de Wet inburgering 2021 als beslisservice. Begin bij /docs of /spec.",
            "model_version": model_version,
            "links": {name: {"method": method, "href": base + path, "description": text}
                      for name, (method, path, text) in LINKS.items()},
        }, headers={"X-Model-Version": model_version})
