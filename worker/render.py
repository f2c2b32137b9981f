"""Replies from the Jinja2 templates in templates/replies/<lang>/<kind>.txt.j2."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, StrictUndefined, TemplateNotFound

from worker.domain import Language

_LOCALES = {Language.NL: "nl_BE", Language.FR: "fr_BE", Language.EN: "en_GB", Language.DE: "de_BE"}


@dataclass(frozen=True)
class RenderedReply:
    subject: str  # without the [REF] prefix
    body: str


def make_environment(lang: Language) -> Environment:
    """The templates' environment for one language (its `format_date` writes that language)."""
    env = Environment(
        loader=PackageLoader("templates", "replies"),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail; nothing here is ever rendered as HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # shipped with the code: no stat() of the file at every reply
    )
    env.filters["format_date"] = partial(_format_date, locale=_LOCALES[lang])
    return env


class ReplyRenderer:
    def __init__(self, fallback: Language = Language.EN) -> None:
        self._fallback = fallback
        self._envs = {lang: make_environment(lang) for lang in Language}

    def render(self, name: str, lang: Language, context: dict[str, Any]) -> RenderedReply:
        """Render templates/replies/<lang>/<name>.txt.j2 (the fallback language's if missing)."""
        env = self._envs[lang]
        try:
            template = env.get_template(f"{lang.value}/{name}.txt.j2")
        except TemplateNotFound:
            env = self._envs[self._fallback]
            template = env.get_template(f"{self._fallback.value}/{name}.txt.j2")
        module = template.make_module(context)
        subject = " ".join(str(getattr(module, "subject", "")).split())
        return RenderedReply(subject=subject, body=str(module).strip("\n") + "\n")


def _format_date(value: date, locale: str) -> str:
    return format_date(value, format="long", locale=locale)
