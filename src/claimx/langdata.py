"""Load per-language data files shipped inside the package, validated by pydantic models.

Each language is a folder ``claimx/lang/<code>/`` of YAML files. A consumer module declares a
pydantic model (``extra="forbid"``) for the file it reads and calls :func:`load`; results are
cached, so a file is read and validated once per process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

M = TypeVar("M", bound=BaseModel)


class LangModel(BaseModel):
    """Base for language-data schemas: unknown keys are an error, data is immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@cache
def languages() -> tuple[str, ...]:
    """Return the codes of the languages that have a data folder, sorted (read once: the
    package's folders do not change while it runs, and every ``extract`` asks)."""
    root = resources.files("claimx") / "lang"
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
    )


def check_lang(lang: str) -> str:
    """Return ``lang`` if claimx has data for it; raise ValueError naming it otherwise."""
    if lang not in _supported():
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(languages())}")
    return lang


@cache
def _supported() -> frozenset[str]:
    return frozenset(languages())


class _Loader(yaml.SafeLoader):
    """SafeLoader where only ``true``/``false`` are booleans: word lists hold "on", "No"."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@cache
def _raw(lang: str, name: str) -> Any:
    path = resources.files("claimx") / "lang" / check_lang(lang) / f"{name}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise FileNotFoundError(f"claimx language data missing: lang/{lang}/{name}.yaml") from err
    return yaml.load(text, Loader=_Loader)


@cache
def _load(lang: str, name: str, model: type[BaseModel]) -> BaseModel:
    try:
        return model.model_validate(_raw(lang, name))
    except ValidationError as err:
        raise ValueError(f"invalid language data lang/{lang}/{name}.yaml: {err}") from err


def load(lang: str, name: str, model: type[M]) -> M:
    """Return ``lang/<lang>/<name>.yaml`` validated as ``model``.

    Raises:
        ValueError: the language is unsupported or the file does not validate.
        FileNotFoundError: the language has no such file.
    """
    result = _load(lang, name, model)
    assert isinstance(result, model)
    return result
