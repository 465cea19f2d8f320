"""What a volunteer (a member of teams only, with no wider role) may see of the rest of the site.

Every other module of the boundary asks here; nothing else decides who counts as someone else's.
"""

from django.contrib.auth import get_user_model
from django.db.models import F, Q
from taggit.models import Tag
from wagtail.models import Page
from wagtail.permissions import policy_registry

from home.volunteers.teams import own_pages_q, teams_of


def pages_showing_someone_elses_draft_title(user):
    """Pages outside the user's own trees whose admin title (the draft's) is not the published one.

    Ancestors of the user's own pages (the home page, a section index) are not someone else's: the
    user browses through them to reach their own pages.
    """
    own_ancestors = Q(pk__in=[])
    for team in teams_of(user):
        own_ancestors |= Q(path__in=[team.page.path[:end] for end in range(4, len(team.page.path), 4)])
    return Page.objects.exclude(own_pages_q(user)).exclude(own_ancestors).exclude(draft_title=F("title"))


def visible_users(user):
    """Their teammates, and people in no team (the Communities Team, administrators)."""
    mine = teams_of(user)
    return (
        get_user_model()
        .objects.filter(Q(groups__volunteer_team__in=mine) | ~Q(groups__volunteer_team__isnull=False))
        .distinct()
    )


def usable_media(user, model):
    """Images or documents the user may choose or change: their team's and the shared ones."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["choose", "change"])


def visible_tags(user):
    """Tags on the images and documents the user may use (image and document tags are taggit's)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    on_media = Q(pk__in=[])
    for model in (get_image_model(), get_document_model()):
        on_media |= Q(
            taggit_taggeditem_items__content_type__app_label=model._meta.app_label,
            taggit_taggeditem_items__content_type__model=model._meta.model_name,
            taggit_taggeditem_items__object_id__in=usable_media(user, model).values("pk"),
        )
    return Tag.objects.filter(on_media).distinct()
