import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a superuser for local development and print its password once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("create_local_admin is for local development only (DEBUG is off).")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"The local admin '{username}' already exists. "
                f"Forgotten the password? Run: .venv/bin/python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="admin@example.com", password=password)
        self.stdout.write(
            self.style.SUCCESS("Local admin created (shown once, local use only):")
            + f"\n  http://127.0.0.1:8000/admin/\n  username: {username}\n  password: {password}\n"
        )
