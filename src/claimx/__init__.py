"""claimx: numeric claims from Indonesian and English news."""

from importlib.machinery import EXTENSION_SUFFIXES

from claimx import quantities
from claimx.attribution import quotes
from claimx.models import Article, Claim, DocDate, Speaker, Statement, TimeRef
from claimx.nlp import load
from claimx.parallel import extract_many
from claimx.pipeline import extract
from claimx.render import render
from claimx.table import to_dataframe

__version__ = "0.1.0"

#: True when the extraction modules are compiled with mypyc (``CLAIMX_USE_MYPYC=1`` at build
#: time, see the README); the compiled and the pure build give the same results.
compiled: bool = any(quantities.__file__.endswith(s) for s in EXTENSION_SUFFIXES)

__all__ = [
    "Article",
    "Claim",
    "DocDate",
    "Speaker",
    "Statement",
    "TimeRef",
    "__version__",
    "compiled",
    "extract",
    "extract_many",
    "load",
    "quotes",
    "render",
    "to_dataframe",
]
