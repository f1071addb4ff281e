"""The decision API (FastAPI): ``api.main:app``."""
