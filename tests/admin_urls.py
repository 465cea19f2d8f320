"""Every admin URL pattern, found by walking Django's URL resolver, and addresses built from them.

The permission tests fill the patterns' ids with another team's objects, so a view added by a Wagtail
upgrade (or by this project) is tried without anyone editing a list of views.
"""

import itertools
import re
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

ADMIN_PREFIX = "admin/"
_PATH_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<regex>[^)]*)\)")


@dataclass(frozen=True)
class AdminRoute:
    """One admin URL pattern: its route (path syntax, or a regular expression) and its parameters."""

    route: str
    parameters: dict  # name -> "id" (takes an object id) or "word"

    @property
    def takes_an_id(self):
        return "id" in self.parameters.values()

    def url(self, values):
        """The address with each parameter replaced by values[name]."""
        text = _PATH_PARAMETER.sub(lambda m: str(values[m["name"]]), self.route)
        text = _REGEX_GROUP.sub(lambda m: str(values[m["name"]]), text)
        text = re.sub(r"\\(.)", r"\1", text.replace("^", "").replace("$", ""))
        return "/" + text

    def resolves(self, url):
        try:
            resolve(url)
        except Resolver404:
            return False
        return True

    @property
    def model_parameters(self):
        """The parameters naming an app and a model, as in /settings/<app_name>/<model_name>/, or ()."""
        words = [name for name, kind in self.parameters.items() if kind == "word"]
        app = [name for name in words if "app" in name]
        model = [name for name in words if "model" in name]
        return (app[0], model[0]) if app and model else ()

    def urls(self, candidates):
        """Every address from the product of candidates(name, kind), a list of values per parameter.

        An app and a model are filled together from candidates((app, model), "model"), a list of
        pairs: only models that exist, not every app crossed with every model name.
        """
        pair = self.model_parameters
        names = [name for name in self.parameters if name not in pair]
        choices = [candidates(name, self.parameters[name]) for name in names]
        if pair:
            names.append(pair)
            choices.append(candidates(pair, "model"))
        for combination in itertools.product(*choices):
            values = {}
            for name, value in zip(names, combination, strict=True):
                values.update(zip(name, value, strict=True) if name == pair else [(name, value)])
            url = self.url(values)
            if self.resolves(url):
                yield url, values


def admin_routes():
    """Every URL pattern under /admin/."""
    routes = []
    for route, parameters in _walk(get_resolver().url_patterns, ""):
        if route.startswith(ADMIN_PREFIX):
            routes.append(AdminRoute(route, parameters))
    return routes


def _walk(patterns, prefix):
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^") if prefix else str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, route)
        else:
            yield route, _parameters(route)


def _parameters(route):
    parameters = {}
    for match in _PATH_PARAMETER.finditer(route):
        is_id = match["converter"] == "int" or _named_like_an_id(match["name"])
        parameters[match["name"]] = "id" if is_id else "word"
    for match in _REGEX_GROUP.finditer(route):
        is_id = r"\d" in match["regex"] or _named_like_an_id(match["name"])
        parameters[match["name"]] = "id" if is_id else "word"
    return parameters


def _named_like_an_id(name):
    return name == "pk" or name.endswith(("_id", "_pk"))
