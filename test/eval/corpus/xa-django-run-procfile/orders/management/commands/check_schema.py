from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Fail when a model change has no migration (run in CI)"

    def handle(self, *args, **options):
        call_command("makemigrations", "--check", "--dry-run")  # tfl-eval-not: startup-migration
