import logging

from django.apps import AppConfig
from django.core.management import call_command

logger = logging.getLogger(__name__)


class ShelfConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "shelf"

    def ready(self):
        # Keep the schema current on every worker boot so deploys need no extra step.
        logger.info("applying pending migrations")
        call_command("migrate", interactive=False, verbosity=0)  # tfl-eval: startup-migration
