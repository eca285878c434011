from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the schema and import the clinic's slot calendar (one-off)."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False)  # tfl-eval-not: startup-migration
        self.stdout.write("slots imported")
