from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Container start: migrate and run the development server on all interfaces"

    def handle(self, *args, **options):
        call_command("migrate", "--noinput")
        call_command("runserver", "0.0.0.0:8000", use_reloader=False)
