"""The build: which modules the compiled variant compiles, and that a build says which it is.

The compiled build (``CLAIMX_USE_MYPYC=1 pip install .``) must behave exactly like the pure one;
.ci/run installs it into its own venv, runs this suite against it and compares its output with
the pure build's on the seed and dev texts.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest

import claimx
from claimx.cli import parser

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "claimx"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_claimx_build_{name}", ROOT / "_build" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPILED: tuple[str, ...] = _load("compiled").COMPILED


def _bases(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            for b in node.bases:
                names.add(ast.unparse(b))
    return names


def test_every_compiled_name_is_a_module_of_the_package() -> None:
    assert len(set(COMPILED)) == len(COMPILED)
    missing = [n for n in COMPILED if not (SRC / f"{n}.py").is_file()]
    assert missing == []


@pytest.mark.parametrize("name", COMPILED)
def test_no_compiled_module_defines_a_pydantic_model_or_subclasses_a_builtin(name: str) -> None:
    # mypyc cannot compile a pydantic class (the C build fails), and a native class cannot
    # subclass list or dict: such classes live in modules that stay Python
    bad = {"BaseModel", "LangModel", "_Frozen", "list", "dict", "str", "tuple", "set"}
    assert not {b.split("[")[0] for b in _bases(SRC / f"{name}.py")} & bad


def test_the_hot_path_is_on_the_list() -> None:
    # what extract runs for every document; dropping one silently would cost speed
    assert {"quantities", "qscan", "semseg", "semantics", "structure", "claimtime"} <= set(COMPILED)


def test_compiled_says_which_build_is_running() -> None:
    suffix = lambda m: any(m.__file__.endswith(s) for s in EXTENSION_SUFFIXES)  # noqa: E731
    mods = [importlib.import_module(f"claimx.{n}") for n in COMPILED]
    assert isinstance(claimx.compiled, bool)
    # all compiled or none: a half-compiled install means a stale build beside the source
    assert [suffix(m) for m in mods] == [claimx.compiled] * len(mods)
    if os.environ.get("CLAIMX_EXPECT_COMPILED") is not None:  # set by .ci/run
        assert claimx.compiled == (os.environ["CLAIMX_EXPECT_COMPILED"] == "1")


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["--version"])
    out = capsys.readouterr().out
    assert ("mypyc-compiled" in out) == claimx.compiled
    assert ("pure Python" in out) != claimx.compiled


_ASK_BACKEND = """
import json, os, sys
sys.path.insert(0, "_build")
import backend
wheel = backend.get_requires_for_build_wheel()
editable = backend.get_requires_for_build_editable()
print(json.dumps([wheel, editable, os.environ.get("CLAIMX_USE_MYPYC")]))
"""


def _ask_backend(flag: str | None) -> tuple[list[str], list[str], str | None]:
    """Run the in-tree backend's requirement hooks in a child process (setuptools runs
    setup.py for them, which must not touch this process's sys.argv or sys.path)."""
    env = {k: v for k, v in os.environ.items() if k != "CLAIMX_USE_MYPYC"}
    if flag is not None:
        env["CLAIMX_USE_MYPYC"] = flag
    out = subprocess.run(
        [sys.executable, "-c", _ASK_BACKEND],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wheel, editable, after = json.loads(out.strip().splitlines()[-1])
    return wheel, editable, after


def test_the_backend_asks_for_mypy_only_for_a_compiled_wheel() -> None:
    pytest.importorskip("setuptools")
    wheel, editable, _ = _ask_backend(None)
    assert not any(r.startswith("mypy") for r in wheel + editable)
    wheel, editable, after = _ask_backend("1")
    assert any(r.startswith("mypy") for r in wheel)
    # an editable install stays pure, so edits to the source take effect
    assert not any(r.startswith("mypy") for r in editable)
    assert after == "1"  # restored after the editable hook
