"""Check Discord HTTP API traffic against the shared OpenAPI description of Discord's API.

The description is ``discord-openapi.json`` (Discord's own OpenAPI 3.1 file; see
``/work/shared/specs/README.md``). It is data we do not ship: the folder holding it is named by
the environment variable ``HOLDSPACE_API_SPECS``, and nothing here copies it into the repository.

Usage::

    spec = DiscordSpec.from_env()      # None when HOLDSPACE_API_SPECS is unset
    problems = spec.check_request("POST", "/channels/1/messages", {"content": "hi"})
    problems += spec.check_response("POST", "/channels/1/messages", 200, message_json)

    spec = require_spec()              # in a test: skip when unset (fail if CI=true)

What is checked: the route exists for that method (path templates matched whatever their
parameters are called); a JSON body validates against the request schema (JSON Schema 2020-12,
every ``$ref`` resolved in the same document); a JSON answer validates against the schema of
its status. Where Discord is stricter than its description (a message's content is at most
2,000 characters, which the description leaves to prose) :func:`stricter` says so.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012 as _DRAFT

SPEC_ENV = "HOLDSPACE_API_SPECS"
SPEC_FILENAME = "discord-openapi.json"
SKIP_REASON = (
    f"{SPEC_ENV} not set: no Discord OpenAPI description to check against "
    f"(point it at a folder holding {SPEC_FILENAME})"
)
_ROOT = "urn:discord-openapi"
CONTENT_LIMIT = 2000  # Discord refuses longer content, whatever the description says
_METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class _Route:
    template: str
    pattern: re.Pattern[str]
    fixed: int  # literal characters: the most specific template wins


def _route(template: str) -> _Route:
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{[a-z_]+\\\}", r"[^/]+", pattern)
    return _Route(template, re.compile(pattern + "$"), len(re.sub(r"\{[^}]+\}", "", template)))


class DiscordSpec:
    """The OpenAPI description, with a validator per schema used."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.routes = sorted((_route(path) for path in document["paths"]), key=lambda r: -r.fixed)
        resource = Resource.from_contents(document, default_specification=_DRAFT)
        self.registry: Registry[Any] = Registry().with_resource(_ROOT, resource)

    @classmethod
    def load(cls, folder: Path) -> DiscordSpec:
        """Read the description from a folder."""
        return _load(str(folder / SPEC_FILENAME))

    @classmethod
    def from_env(cls) -> DiscordSpec | None:
        """Read the description from $HOLDSPACE_API_SPECS; None when it is unset."""
        folder = os.environ.get(SPEC_ENV)
        return cls.load(Path(folder)) if folder else None

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        """Return the template and operation a request's method and path are, if any."""
        for route in self.routes:
            if route.pattern.match(path):
                operation = self.document["paths"][route.template].get(method.lower())
                if operation is not None:
                    return route.template, operation
        return None

    def _validate(self, schema: dict[str, Any], value: Any, where: str) -> list[str]:
        # An inline schema's references point into the document: made absolute to resolve.
        absolute = json.loads(json.dumps(schema).replace('"$ref": "#/', f'"$ref": "{_ROOT}#/'))
        validator = Draft202012Validator(absolute, registry=self.registry)
        return [
            f"{where}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
            for error in validator.iter_errors(value)
        ][:5]

    def check_request(self, method: str, path: str, body: Any) -> list[str]:
        """Return what is wrong with a request (empty when it is as described)."""
        found = self.operation(method, path)
        if found is None:
            return [f"{method} {path}: no such route in the description"]
        template, operation = found
        problems = stricter(body)
        if body is None:
            if operation.get("requestBody", {}).get("required"):
                problems.append(f"{method} {template}: a body is required")
            return problems
        content = operation.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            return [*problems, f"{method} {template}: takes no JSON body"]
        return problems + self._validate(schema, as_discord_reads(body), f"{method} {template}")

    def check_response(self, method: str, path: str, status: int, body: Any) -> list[str]:
        """Return what is wrong with an answer the fake gives (empty when as described)."""
        found = self.operation(method, path)
        if found is None:
            return [f"{method} {path}: no such route in the description"]
        template, operation = found
        responses = operation.get("responses", {})
        answer = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        if answer is None:
            return [f"{method} {template}: no {status} answer in the description"]
        if "$ref" in answer:
            name = answer["$ref"].rsplit("/", 1)[1]
            answer = self.document["components"]["responses"][name]
        schema = (answer.get("content") or {}).get("application/json", {}).get("schema")
        if schema is None:
            return [] if body is None else [f"{method} {template}: {status} has no body"]
        return self._validate(schema, body, f"{method} {template} → {status}")


@functools.lru_cache(maxsize=2)
def _load(path: str) -> DiscordSpec:
    return DiscordSpec(json.loads(Path(path).read_text(encoding="utf-8")))


def as_discord_reads(body: Any) -> Any:
    """Return a body with ids written as numbers turned into strings.

    Discord takes a snowflake as a JSON number as well as a string (discord.py sends
    `recipient_id` so), where its description allows only a string.
    """
    if isinstance(body, dict):
        return {
            k: str(v)
            if (k == "id" or k.endswith("_id")) and isinstance(v, int) and not isinstance(v, bool)
            else as_discord_reads(v)
            for k, v in body.items()
        }
    if isinstance(body, list):
        return [as_discord_reads(v) for v in body]
    return body


def stricter(body: Any) -> list[str]:
    """Return where a body breaks a rule Discord enforces beyond its description."""
    if isinstance(body, dict):
        content = body.get("content")
        if isinstance(content, str) and len(content) > CONTENT_LIMIT:
            return [f"content is {len(content)} characters (Discord's limit: {CONTENT_LIMIT})"]
    return []


def require_spec() -> DiscordSpec:
    """Return the description; skip the test when it is not configured (fail under CI)."""
    spec = DiscordSpec.from_env()
    if spec is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SKIP_REASON}; CI must set it")
        pytest.skip(SKIP_REASON)
    return spec
