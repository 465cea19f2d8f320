"""Submit a Wagtail admin form the way a browser would: what the page rendered, with some fields changed."""

from bs4 import BeautifulSoup
from wagtail.blocks.base import BlockField


def rendered_form_data(response, form_id=None):
    """The values a browser would send for the form in `response`, before anyone types anything."""
    soup = BeautifulSoup(response.content, "html.parser")
    # Page editors use #page-edit-form, other admin forms #w-editor-form.
    form = (
        soup.find("form", id=form_id)
        if form_id
        else soup.find("form", id=["page-edit-form", "w-editor-form"]) or soup.find("form", method="post")
    )
    assert form is not None, f"no edit form in the response ({response.status_code})"
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True) or field.find_all("option")[:1]
            if field.has_attr("multiple"):
                data[name] = [option.get("value", "") for option in field.find_all("option", selected=True)]
            elif chosen:
                data[name] = chosen[0].get("value", "")
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file", "image"):
            data[name] = field.get("value", "")
    return data


def resubmit(client, url, *, action=None, **changes):
    """GET an admin edit form, change some fields and POST it back. `action` names a workflow/publish button.

    StreamFields are drawn by the admin's JavaScript, so they are sent as empty: use pages whose
    StreamFields are empty, or pass their `<name>-count` style fields in `changes`.
    """
    response = client.get(url)
    data = rendered_form_data(response)
    for name, field in response.context["form"].fields.items():
        if isinstance(field, BlockField):
            data.setdefault(f"{name}-count", "0")
    data.update(changes)
    if action:
        data[action] = action
    return client.post(url, data)
