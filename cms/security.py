"""Response headers that tell browsers what to refuse (docs/security.md)."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

# Wagtail's admin templates carry inline scripts (panels, date pickers) and style attributes.
ADMIN_LOOSENED = {"script-src": [SELF, UNSAFE_INLINE], "style-src": [SELF, UNSAFE_INLINE]}
ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's policy everywhere; in the admin, inline scripts and styles allowed and no nonce (a
    nonce would make browsers ignore 'unsafe-inline'). The admin's preview of a page keeps the nonce."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and parts.nonce is None:
            # Replaced, not added to: beside a hash, browsers ignore 'unsafe-inline'.
            parts.replace = {**(parts.replace or {}), **ADMIN_LOOSENED}
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}={allow}" for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
