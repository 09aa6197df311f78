"""The modules of claimx that ``CLAIMX_USE_MYPYC=1`` compiles with mypyc: the extraction path.

Left as Python, and why:

- modules that define pydantic models (models, langmodels, langdata, semlex, timedata, schema):
  mypyc cannot compile a pydantic class, so the models live apart from the code that uses them;
- timex: ``Timeline`` subclasses ``list``, which a native class cannot;
- the public entry points (pipeline's ``extract``, attribution's ``quotes``): a compiled
  function checks its arguments' types itself, with its own message ("str object expected; got
  None"), where these raise the documented TypeError naming the type; they are glue, run once
  per document;
- the edges run once per call or per process, where compiling gains nothing: the CLI, streams,
  parallel, progress, rendering, tables, Spark, evaluation, spaCy glue (nlp, factories,
  tokenizers, components), ``__init__``.

``tests/test_build.py`` checks every name here is a module of the package.
"""

COMPILED = (
    "aspect",
    "attrlex",
    "claimtime",
    "cues",
    "cuewords",
    "discourse",
    "docdate",
    "kind",
    "language",
    "lexicon",
    "memo",
    "names",
    "nonclaims",
    "numbers",
    "periods",
    "qpairs",
    "qscan",
    "quantities",
    "quantrules",
    "shares",
    "semantics",
    "semseg",
    "semtext",
    "speakers",
    "structure",
    "subjafter",
    "subjclause",
    "subject",
    "subjects",
    "subjmeasure",
    "subjnp",
    "subjverbs",
    "timeexpr",
    "timemarks",
    "timeparse",
    "weekdays",
    "wordscan",
)
