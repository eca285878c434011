from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Prepare the database and the default groups"

    def handle(self, *args, **options):
        call_command("migrate", interactive=False)
        call_command("loaddata", "groups")
        self.stdout.write(self.style.SUCCESS("clinic ready"))
