"""Who may do what with urgent notices: moderators, every notice; a library's volunteers, their own
library's; no one else anything. Deleting is for moderators only: volunteers withdraw (end now)."""

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from home.permissions import ADMIN_ACCESS, is_moderator
from home.volunteers.teams import teams_of
from libraries.models import CommunityLibraryPage, UrgentNotice


def libraries_of(user):
    """The libraries whose volunteer team the user is in."""
    return CommunityLibraryPage.objects.filter(pk__in=teams_of(user).values("page_id")).order_by("title")


class UrgentNoticePolicy(BasePermissionPolicy):
    def __init__(self):
        super().__init__(UrgentNotice)

    def _signed_in(self, user):
        return user.is_authenticated and user.is_active and user.has_perm(ADMIN_ACCESS)

    def user_has_permission(self, user, action):
        if not self._signed_in(user):
            return False
        if is_moderator(user):
            return True
        return action != "delete" and libraries_of(user).exists()

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def may_post_on(self, user, library_id):
        if not self._signed_in(user):
            return False
        return is_moderator(user) or libraries_of(user).filter(pk=library_id).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete":
            return self._signed_in(user) and is_moderator(user)
        return self.may_post_on(user, instance.library_id)

    def instances_user_has_permission_for(self, user, action):
        notices = UrgentNotice.objects.all()
        if self._signed_in(user) and is_moderator(user):
            return notices
        if action == "delete" or not self._signed_in(user):
            return notices.none()
        return notices.filter(library__in=libraries_of(user))

    def instances_user_has_any_permission_for(self, user, actions):
        return self.instances_user_has_permission_for(user, "change")


urgent_notice_policy = UrgentNoticePolicy()
register_permission_policy(UrgentNotice, urgent_notice_policy)
