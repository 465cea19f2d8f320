"""Who may see and close a report: the volunteers of the page it is about, and the Communities Team."""

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from home.change_reports.routing import reports_visible_to
from home.models import ChangeReport
from home.permissions import ADMIN_ACCESS


class ChangeReportPermissionPolicy(BasePermissionPolicy):
    """Reports are never added or deleted in the admin; each is seen and closed by its page's team."""

    def user_has_permission(self, user, action):
        return action in ("view", "change") and user.is_active and user.has_perm(ADMIN_ACCESS)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return ChangeReport.objects.none()
        return reports_visible_to(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()


change_report_policy = ChangeReportPermissionPolicy(ChangeReport)
register_permission_policy(ChangeReport, change_report_policy)
