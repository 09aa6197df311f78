"""In-tree build backend: setuptools, plus mypy when ``CLAIMX_USE_MYPYC=1`` asks for the
compiled build (see setup.py and the README's "Compiled build").

Only a wheel (``pip install .``, ``python -m build``) is ever compiled: an editable install
stays pure Python whatever the variable says, so edits to the source take effect.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the hooks this backend passes through)
    build_sdist,
    get_requires_for_build_sdist,
)

FLAG = "CLAIMX_USE_MYPYC"
# mypyc type-checks the compiled modules and everything they import, so the build needs the
# types of their dependencies too (pydantic ships its own; regex and PyYAML have stubs)
COMPILE_REQUIRES = ["mypy>=2.4,<3", "pydantic>=2.5,<3", "types-regex", "types-PyYAML"]


def _compiling() -> bool:
    return os.environ.get(FLAG, "") == "1"


class _Pure:
    """Clear the compile flag while an editable build runs (setup.py reads it)."""

    def __enter__(self) -> None:
        self.saved = os.environ.pop(FLAG, None)

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            os.environ[FLAG] = self.saved


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """Return setuptools' build requirements, plus mypy and type stubs when compiling."""
    extra = COMPILE_REQUIRES if _compiling() else []
    with _Pure():  # setuptools runs setup.py to ask, and mypy is not installed yet
        return [*_setuptools.get_requires_for_build_wheel(config_settings), *extra]


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    """Write the wheel's metadata, the same for both builds (so nothing is compiled here)."""
    with _Pure():
        return str(
            _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
        )


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """Build the wheel: compiled with mypyc when ``CLAIMX_USE_MYPYC=1``, pure otherwise.

    A compiled build first empties the folder its modules are gathered in, so a module taken
    off the compiled list leaves no stale extension behind to shadow its source."""
    if _compiling():
        for lib in Path("build", "mypyc").glob("lib*"):
            shutil.rmtree(lib)
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    """Return setuptools' requirements for an editable build (always pure: no mypy)."""
    with _Pure():
        return list(_setuptools.get_requires_for_build_editable(config_settings))


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: dict[str, Any] | None = None
) -> str:
    """Write the editable build's metadata (pure Python)."""
    with _Pure():
        return str(
            _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)
        )


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """Build an editable wheel, pure Python whatever ``CLAIMX_USE_MYPYC`` says."""
    with _Pure():
        return str(_setuptools.build_editable(wheel_directory, config_settings, metadata_directory))
