import os

import uvicorn
from django.core import management
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Apply pending migrations, then serve the ASGI app"

    def handle(self, *args, **options):
        self.stdout.write("Applying migrations...")
        management.call_command("migrate", interactive=False, verbosity=1)
        uvicorn.run(
            "config.asgi:application",
            host="0.0.0.0",
            port=int(os.environ.get("PORT", "8000")),
            workers=int(os.environ.get("UVICORN_WORKERS", "2")),
            proxy_headers=True,
        )
