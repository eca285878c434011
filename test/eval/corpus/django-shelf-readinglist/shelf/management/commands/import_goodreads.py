import csv

from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, call_command

from shelf.models import Book


class Command(BaseCommand):
    help = "Import a Goodreads CSV export for one user (run by hand, once)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("csv_path")

    def handle(self, username, csv_path, **options):
        call_command("migrate", interactive=False)  # tfl-eval-not: startup-migration
        owner = get_user_model().objects.get(username=username)
        with open(csv_path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                Book.objects.get_or_create(owner=owner, title=row["Title"], author=row["Author"])
