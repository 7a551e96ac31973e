"""Check Telegram Bot API traffic against the shared machine-readable API description.

The description is ``telegram-bot-api.json`` from PaulSonOfLars/telegram-bot-api-spec (see
``/work/shared/specs/README.md``). It is data we do not ship: the folder holding it is named by
the environment variable ``HOLDSPACE_API_SPECS``, and nothing here copies it into the repository.

Usage::

    spec = TelegramSpec.from_env()          # None when HOLDSPACE_API_SPECS is unset
    problems = spec.check_request("sendMessage", {"chat_id": 1, "text": "hi"})
    problems += spec.check_result("sendMessage", message_json)

    spec = require_spec()                   # in a test: skip when unset (fail if CI=true)

Each ``check_*`` returns a list of human-readable problems (empty when clean). What is checked:
the method exists; every required parameter or field is present; no unknown parameter or field;
values match ``Integer``/``String``/``Boolean``/``Float``/``InputFile``/``Array of X``/object
types, recursively, with abstract types (``ChatMember``, ``BotCommandScope``…) matched against
their subtypes and the subtype's discriminator ("Scope type, must be chat"). Value limits that the
description only states in prose (lengths, ranges) are not checked.

The module also owns the decoding of form values, because it depends on parameter types:
python-telegram-bot sends every parameter as a form field whose value is ``json.dumps(value)``
*except plain strings, which are sent verbatim*. So ``text="123"`` and ``chat_id=123`` look the
same on the wire; only the parameter's declared type tells them apart (see :func:`decode_value`).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPEC_ENV = "HOLDSPACE_API_SPECS"
SPEC_FILENAME = "telegram-bot-api.json"
SKIP_REASON = (
    f"{SPEC_ENV} not set: no Telegram Bot API description to check against "
    f"(point it at a folder holding {SPEC_FILENAME})"
)

_SCALARS = frozenset({"Integer", "String", "Boolean", "Float"})
_ARRAY = "Array of "
# "Scope type, must be chat", 'The member's status in the chat, always "creator"'
_DISCRIMINATOR = re.compile(r'(?:must be|always) [“"]?([A-Za-z0-9_\-]+)[”"]?\s*$')
_INTEGER = re.compile(r"-?\d+")

# Parameters that are Strings in every Bot API method, used to decode form values when no API
# description is loaded. Without it, text="42" or text="true" would be mistaken for JSON.
STRING_PARAMS = frozenset(
    {
        "action",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "custom_emoji_id",
        "description",
        "emoji",
        "inline_message_id",
        "ip_address",
        "language_code",
        "message_effect_id",
        "name",
        "parse_mode",
        "query",
        "secret_token",
        "short_description",
        "text",
        "title",
        "url",
    }
)


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method or one field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    description: str = ""


@dataclass(frozen=True)
class ShapeSpec:
    """A method's parameters or a type's fields (``subtypes`` for abstract types)."""

    name: str
    fields: Mapping[str, FieldSpec]
    subtypes: tuple[str, ...] = ()
    returns: tuple[str, ...] = ()

    def discriminator(self) -> tuple[str, str] | None:
        """Return (field, value) that marks this subtype, e.g. ("type", "chat"), if any."""
        for field in self.fields.values():
            if field.types == ("String",):
                match = _DISCRIMINATOR.search(field.description)
                if match:
                    return field.name, match.group(1)
        return None


def _shape(name: str, entry: Mapping[str, Any]) -> ShapeSpec:
    fields = {
        f["name"]: FieldSpec(
            name=f["name"],
            types=tuple(f.get("types", ())),
            required=bool(f.get("required", False)),
            description=str(f.get("description", "")),
        )
        for f in entry.get("fields", ())
    }
    return ShapeSpec(
        name=name,
        fields=fields,
        subtypes=tuple(entry.get("subtypes", ())),
        returns=tuple(entry.get("returns", ())),
    )


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return f"String {value[:40]!r}"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


class TelegramSpec:
    """The Bot API description, indexed for request and response checks."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.version: str = str(data.get("version", "unknown"))
        self.methods: dict[str, ShapeSpec] = {
            name: _shape(name, entry) for name, entry in data["methods"].items()
        }
        self.types: dict[str, ShapeSpec] = {
            name: _shape(name, entry) for name, entry in data["types"].items()
        }
        # The Bot API matches method names case-insensitively.
        self._by_lower = {name.lower(): name for name in self.methods}

    @classmethod
    def load(cls, path: Path) -> TelegramSpec:
        """Load the description from a JSON file."""
        return _load_cached(str(Path(path).resolve()))

    @classmethod
    def from_env(cls) -> TelegramSpec | None:
        """Load the description named by ``HOLDSPACE_API_SPECS``, or return None when unset."""
        folder = os.environ.get(SPEC_ENV)
        if not folder:
            return None
        path = Path(folder) / SPEC_FILENAME
        if not path.is_file():
            raise FileNotFoundError(f"{SPEC_ENV}={folder!r} but {path} does not exist")
        return cls.load(path)

    def canonical_method(self, name: str) -> str | None:
        """Return the method's documented spelling, or None if the API has no such method."""
        return self._by_lower.get(name.lower())

    def param_types(self, method: str, param: str) -> tuple[str, ...] | None:
        """Return the declared types of a method's parameter, or None if unknown."""
        canonical = self.canonical_method(method)
        if canonical is None:
            return None
        field = self.methods[canonical].fields.get(param)
        return field.types if field else None

    def check_request(self, method: str, params: Mapping[str, Any]) -> list[str]:
        """Check a decoded request against the method's parameters."""
        canonical = self.canonical_method(method)
        if canonical is None:
            return [f"{method}: no such method in {self.version}"]
        shape = self.methods[canonical]
        problems = [
            f"{canonical}: unknown parameter {name!r}"
            for name in params
            if name not in shape.fields
        ]
        problems += [
            f"{canonical}: missing required parameter {field.name!r}"
            for field in shape.fields.values()
            if field.required and field.name not in params
        ]
        for name, value in params.items():
            field = shape.fields.get(name)
            if field is not None:
                problems += self.check_value(field.types, value, f"{canonical}.{name}")
        return problems

    def check_result(self, method: str, result: object) -> list[str]:
        """Check a successful response's ``result`` against the method's return type."""
        canonical = self.canonical_method(method)
        if canonical is None or not self.methods[canonical].returns:
            return []
        return self.check_value(self.methods[canonical].returns, result, f"{canonical} result")

    def check_object(self, type_name: str, value: object, where: str | None = None) -> list[str]:
        """Check one object (e.g. an Update) against a named type."""
        return self.check_value((type_name,), value, where or type_name)

    def check_value(self, types: Sequence[str], value: object, where: str) -> list[str]:
        """Check a value against a union of type strings; return the closest match's problems."""
        candidates = [t for t in types if self._kind_fits(t, value)]
        if not candidates:
            return [f"{where}: expected {' or '.join(types)}, got {_kind(value)}"]
        best: tuple[bool, int] | None = None
        best_problems: list[str] = []
        for type_name in candidates:
            problems = self._check_one(type_name, value, where)
            if not problems:
                return []
            # Prefer the subtype whose discriminator ("type": "chat") the value carries.
            rank = (self._marked_otherwise(type_name, value), len(problems))
            if best is None or rank < best:
                best, best_problems = rank, problems
        return best_problems

    def _marked_otherwise(self, type_name: str, value: object) -> bool:
        shape = self.types.get(type_name)
        marker = shape.discriminator() if shape else None
        return bool(
            marker and isinstance(value, dict) and value.get(marker[0], marker[1]) != marker[1]
        )

    def _kind_fits(self, type_name: str, value: object) -> bool:
        if type_name.startswith(_ARRAY):
            return isinstance(value, list)
        if type_name == "Integer":
            return isinstance(value, int) and not isinstance(value, bool)
        if type_name == "Float":
            return isinstance(value, int | float) and not isinstance(value, bool)
        if type_name == "Boolean":
            return isinstance(value, bool)
        if type_name == "String":
            return isinstance(value, str)
        if type_name == "InputFile":
            # Uploaded file parts are decoded to objects with a ``filename`` attribute.
            return hasattr(value, "filename") or (
                isinstance(value, str) and value.startswith("attach://")
            )
        shape = self.types.get(type_name)
        if shape is not None and shape.subtypes:
            return any(self._kind_fits(sub, value) for sub in shape.subtypes)
        return isinstance(value, dict)

    def _check_one(self, type_name: str, value: Any, where: str) -> list[str]:
        if type_name.startswith(_ARRAY):
            item_type = type_name[len(_ARRAY) :]
            problems: list[str] = []
            for index, item in enumerate(value):
                problems += self.check_value((item_type,), item, f"{where}[{index}]")
            return problems
        if type_name in _SCALARS or type_name == "InputFile":
            return []  # _kind_fits already checked it
        shape = self.types.get(type_name)
        if shape is None:
            return [f"{where}: the API description has no type {type_name!r}"]
        if shape.subtypes:
            return self.check_value(shape.subtypes, value, where)
        return self._check_fields(shape, value, where)

    def _check_fields(self, shape: ShapeSpec, value: Mapping[str, Any], where: str) -> list[str]:
        problems = [
            f"{where}: unknown field {key!r} for {shape.name}"
            for key in value
            if key not in shape.fields
        ]
        problems += [
            f"{where}: missing required field {field.name!r} of {shape.name}"
            for field in shape.fields.values()
            if field.required and field.name not in value
        ]
        marker = shape.discriminator()
        if marker and marker[0] in value and value[marker[0]] != marker[1]:
            problems.append(
                f"{where}: {shape.name}.{marker[0]} must be {marker[1]!r}, got {value[marker[0]]!r}"
            )
        for key, item in value.items():
            field = shape.fields.get(key)
            if field is not None:
                problems += self.check_value(field.types, item, f"{where}.{key}")
        return problems


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> TelegramSpec:
    with open(path, encoding="utf-8") as handle:
        return TelegramSpec(json.load(handle))


def require_spec() -> TelegramSpec:
    """Return the loaded description; without one, skip the calling test and say why.

    In CI (``CI=true``) the check must run, so there a missing description fails the test.
    """
    spec = TelegramSpec.from_env()
    if spec is None:
        import pytest

        if os.environ.get("CI") == "true":
            pytest.fail(f"{SKIP_REASON}; CI=true, where the check must run")
        pytest.skip(SKIP_REASON)
    return spec


def decode_value(name: str, raw: str, types: Iterable[str] | None) -> Any:
    """Decode one form value the way the Bot API would, given the parameter's declared types.

    ``types`` None means "unknown parameter": strings listed in :data:`STRING_PARAMS` stay
    strings, anything else is parsed as JSON when it parses and kept verbatim otherwise.
    A value that fits none of the declared types is kept verbatim, so validation reports it.
    """
    if types is None:
        if name in STRING_PARAMS:
            return raw
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    declared = tuple(types)
    for type_name in declared:
        if type_name == "Integer" and _INTEGER.fullmatch(raw):
            return int(raw)
        if type_name == "Float":
            try:
                return float(raw) if not _INTEGER.fullmatch(raw) else int(raw)
            except ValueError:
                continue
        if type_name == "Boolean" and raw in ("true", "false"):
            return raw == "true"
        if type_name not in _SCALARS and type_name != "InputFile" and raw[:1] in ("{", "["):
            try:
                return json.loads(raw)
            except ValueError:
                continue
    return raw
