import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the superuser from DJANGO_SUPERUSER_* if it does not exist; keep the triage bot's login current."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, os.environ["DJANGO_SUPERUSER_EMAIL"], os.environ["DJANGO_SUPERUSER_PASSWORD"])  # tfl-eval-not: hardcoded-credential
        bot, _ = User.objects.get_or_create(username="triage-bot")
        bot.set_password("P6VEmnubg0FUKbA2")  # tfl-eval: hardcoded-credential
        bot.save()
        User.objects.create_user("overnight", "overnight@clinicq.example", "AYnqghmkgw48D2Nw")  # tfl-eval: hardcoded-credential
        self.stdout.write(self.style.SUCCESS("superuser and triage bot ready"))
