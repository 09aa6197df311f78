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

COMPILING = os.environ.get("CLAIMX_USE_MYPYC", "") == "1"
ext_modules = []
if COMPILING:
    from mypyc.build import mypycify

    ext_modules = mypycify(
        ["--config-file", "_build/mypyc.ini", *(f"src/claimx/{name}.py" for name in COMPILED)],
        opt_level=os.environ.get("CLAIMX_MYPYC_OPT_LEVEL", "3"),
        target_dir="build/mypyc",
    )

# each variant builds in its own folder: a pure wheel built after a compiled one must not pick
# up the compiled modules left in build/lib
build_base = "build/mypyc" if COMPILING else "build/pure"
setup(ext_modules=ext_modules, options={"build": {"build_base": build_base}})
