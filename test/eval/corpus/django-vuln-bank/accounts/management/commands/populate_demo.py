"""Creates the demo customers the training exercises log in as."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from accounts.models import Account

DEMO_CUSTOMERS = [
    {"username": "alice", "password": "alice-loves-cats", "balance": 2500},  # tfl-eval-not: hardcoded-credential
    {"username": "bob", "password": "Bob#1234", "balance": 120},  # tfl-eval-not: hardcoded-credential
    {"username": "mallory", "password": "qwerty", "balance": 0},  # tfl-eval-not: hardcoded-credential
]


class Command(BaseCommand):
    help = "Load demo customers with known passwords"

    def handle(self, *args, **options):
        User = get_user_model()
        for customer in DEMO_CUSTOMERS:
            user, _ = User.objects.get_or_create(username=customer["username"])
            user.set_password(customer["password"])
            user.save()
            Account.objects.update_or_create(owner=user, defaults={"balance": customer["balance"]})
        admin, _ = User.objects.get_or_create(username="admin", is_superuser=True, is_staff=True)
        admin.set_password("admin")  # tfl-eval-not: hardcoded-credential
        admin.save()
        self.stdout.write(self.style.SUCCESS("Demo customers loaded"))
