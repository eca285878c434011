from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the schema and load the starter pages (run once by hand)."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False)  # tfl-eval-not: startup-migration
        call_command("loaddata", "starter_pages")
