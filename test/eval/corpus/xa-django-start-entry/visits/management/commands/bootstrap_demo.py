from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load demo fixtures into an empty database"

    def handle(self, *args, **options):
        call_command("migrate", interactive=False)
        call_command("loaddata", "demo_visits.json")
