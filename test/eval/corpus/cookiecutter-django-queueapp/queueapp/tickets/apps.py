import os

from django.apps import AppConfig


class TicketsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "queueapp.tickets"

    def ready(self):
        # Bring the schema up to date whenever a worker boots, so the deploy needs no extra step.
        if os.environ.get("RUN_MAIN") != "true":
            from django.core.management import call_command
            call_command("migrate", interactive=False)  # tfl-eval: startup-migration
