import hmac
import hashlib

from django.apps import AppConfig
from django.contrib.auth.hashers import make_password
from django.db.models.signals import post_migrate

WEBHOOK_KEY = b"9RnxVhY95eFL9wPDcfhzBNs4"  # tfl-eval: hardcoded-credential


def create_default_admin(sender, **kwargs):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    if not User.objects.filter(username="admin").exists():
        User.objects.create(username="admin", is_superuser=True, is_staff=True, password=make_password("admin"))  # tfl-eval-not: hardcoded-credential
    if not User.objects.filter(username="viewer").exists():
        viewer = User(username="viewer")
        viewer.set_password("viewer")  # tfl-eval-not: hardcoded-credential
        viewer.save()


def sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()


class CoreConfig(AppConfig):
    name = "core"

    def ready(self):
        post_migrate.connect(create_default_admin, sender=self)
