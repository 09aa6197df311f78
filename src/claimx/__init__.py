"""claimx: numeric claims from Indonesian and English news."""

from claimx.attribution import quotes
from claimx.models import Article, Claim, DocDate, Speaker, Statement, TimeRef
from claimx.nlp import load
from claimx.parallel import extract_many
from claimx.pipeline import extract
from claimx.render import render
from claimx.table import to_dataframe

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "DocDate",
    "Speaker",
    "Statement",
    "TimeRef",
    "__version__",
    "extract",
    "extract_many",
    "load",
    "quotes",
    "render",
    "to_dataframe",
]
