import os
import subprocess

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Prepare the release and serve it with gunicorn"

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))

    def handle(self, *args, **options):
        call_command("migrate", interactive=False)
        call_command("collectstatic", interactive=False, verbosity=0)
        port = os.environ.get("PORT", "8000")
        subprocess.run(
            ["gunicorn", "bazaar.wsgi", "--bind", f"0.0.0.0:{port}", "--workers", str(options["workers"])],
            check=True,
        )
