"""The application as the actors see it: built once per process from the environment."""

from __future__ import annotations

from functools import cache

from config.settings import load_settings
from worker.app import App, build_app


@cache
def current_app() -> App:
    return build_app(load_settings())
