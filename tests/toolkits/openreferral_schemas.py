"""The Open Referral UK profile's schemas (tests/toolkits/openreferral_profile/), ready to validate with."""

import json
from pathlib import Path

from jsonschema import Draft202012Validator

PROFILE = Path(__file__).parent / "openreferral_profile"
REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


def read(name):
    return json.loads((PROFILE / name).read_text())


def validator(name):
    """A validator for one response schema, e.g. validator("compiled/service.json")."""
    return Draft202012Validator(_inlined(read(name)), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _inlined(node):
    """The node with links to the profile's published files replaced by their (local) contents."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith(REMOTE):
            return _inlined(read(ref.removeprefix(REMOTE)))
        if ref and not ref.startswith("#"):
            return _inlined(read(ref))  # taxonomy.json's own relative link
        return {key: _inlined(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_inlined(item) for item in node]
    return node


def openapi():
    """openapi.json with its schemas inlined, and its two "type": "time" parameters (not an OpenAPI type)
    read as the strings they are."""
    spec = _inlined(read("openapi.json"))
    for parameter in spec["components"]["parameters"].values():
        if parameter["schema"].get("type") == "time":
            parameter["schema"] = {"type": "string", "format": "time"}
    return spec


def response_schemas():
    """{path: schema file} for every path of openapi.json that names one: a list's item schema, or the
    item's own, e.g. {"/services": "compiled/service_list.json", "/services/{id}": ...}."""
    schemas = {}
    for path, item in read("openapi.json")["paths"].items():
        schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        items = schema.get("properties", {}).get("contents", {}).get("items", {})
        ref = schema.get("$ref") or items.get("$ref")
        if ref:
            schemas[path] = ref.removeprefix(REMOTE)
    return schemas
