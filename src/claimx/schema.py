"""The JSON Schema of claimx output, generated from the pydantic models."""

from __future__ import annotations

import json

from claimx.models import SCHEMA_VERSION, Article


def schema_json() -> str:
    """Return the JSON Schema of an output line (an Article with its claims), as text."""
    schema = Article.model_json_schema()
    schema["$id"] = f"https://claimx.dev/schema/{SCHEMA_VERSION}/article.json"
    schema["title"] = "claimx Article"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
