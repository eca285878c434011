"""`manage.py load_demo_queue`: demo tickets and a staff login for a fresh database."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load demo tickets"

    def handle(self, *args, **options):
        User = get_user_model()
        if not User.objects.filter(username="frontdesk").exists():
            User.objects.create_user("frontdesk", "frontdesk@example.com", password="frontdesk-demo")  # tfl-eval-not: hardcoded-credential
        self.stdout.write(self.style.SUCCESS("demo queue loaded"))
