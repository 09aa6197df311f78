"""Build script: pure Python by default; ``CLAIMX_USE_MYPYC=1`` compiles the hot modules with
mypyc (the backend in _build/ adds mypy to the build requirements then). Metadata is in
pyproject.toml."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

sys.path.insert(0, str(Path(__file__).parent / "_build"))
from compiled import COMPILED  # the list lives beside the backend

ext_modules = []
if os.environ.get("CLAIMX_USE_MYPYC", "") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(
        ["--config-file", "_build/mypyc.ini", *(f"src/claimx/{name}.py" for name in COMPILED)],
        opt_level=os.environ.get("CLAIMX_MYPYC_OPT_LEVEL", "3"),
    )

setup(ext_modules=ext_modules)
