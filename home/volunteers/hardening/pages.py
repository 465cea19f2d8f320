"""Page views that name a page before checking the user may see it, checked first.

Wagtail routes every page admin URL through the page viewset registered for the page's model; the
project registers `CheckedPageViewSet` for `Page` (so for every page type), with these views in
place of Wagtail's. `home/volunteers/checks.py` fails start-up if the registry stops routing to them.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.admin.views.pages.move import MoveConfirmView
from wagtail.admin.views.pages.workflow import (
    CollectWorkflowActionDataView,
    ConfirmWorkflowCancellationView,
    PreviewRevisionForTaskView,
    WorkflowActionView,
)
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page


def may_work_on(user, page):
    """Editors of the page, and reviewers of the workflow task it is waiting in."""
    if page.permissions_for_user(user).can_edit():
        return True
    task = page.current_workflow_task
    return bool(task and task.specific.get_actions(page, user))


class MoveConfirmCheckedFirst(MoveConfirmView):
    """Wagtail renders the confirmation, naming both pages by their draft titles, and checks only when
    the move is posted: /admin/pages/<own page>/move/<any id>/confirm/ read any page's draft title."""

    def dispatch(self, request, page_to_move_id, destination_id, *args, **kwargs):
        page = get_object_or_404(Page, id=page_to_move_id)
        destination = get_object_or_404(Page, id=destination_id)
        if not page.permissions_for_user(request.user).can_move_to(destination):
            raise PermissionDenied
        return super().dispatch(request, page_to_move_id, destination_id, *args, **kwargs)


class WorkflowViewCheckedFirst:
    """Wagtail's workflow views answer "The page '<draft title>' is not currently awaiting moderation"
    to anyone who asks about a page not in review, before checking who is asking."""

    def dispatch(self, request, *args, **kwargs):
        if not may_work_on(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class WorkflowActionCheckedFirst(WorkflowViewCheckedFirst, WorkflowActionView):
    pass


class CollectWorkflowActionDataCheckedFirst(WorkflowViewCheckedFirst, CollectWorkflowActionDataView):
    pass


class ConfirmWorkflowCancellationCheckedFirst(WorkflowViewCheckedFirst, ConfirmWorkflowCancellationView):
    pass


class PreviewRevisionForTaskCheckedFirst(WorkflowViewCheckedFirst, PreviewRevisionForTaskView):
    pass


class CheckedPageViewSet(PageViewSet):
    move_confirm_view_class = MoveConfirmCheckedFirst
    workflow_action_view_class = WorkflowActionCheckedFirst
    collect_workflow_action_data_view_class = CollectWorkflowActionDataCheckedFirst
    confirm_workflow_cancellation_view_class = ConfirmWorkflowCancellationCheckedFirst
    workflow_preview_view_class = PreviewRevisionForTaskCheckedFirst

    # The Wagtail view each of ours must be the one routed for (checked at start-up).
    replaces = {
        "move_confirm": MoveConfirmCheckedFirst,
        "workflow_action": WorkflowActionCheckedFirst,
        "collect_workflow_action_data": CollectWorkflowActionDataCheckedFirst,
        "confirm_workflow_cancellation": ConfirmWorkflowCancellationCheckedFirst,
        "workflow_preview": PreviewRevisionForTaskCheckedFirst,
    }


checked_page_viewset = CheckedPageViewSet()
