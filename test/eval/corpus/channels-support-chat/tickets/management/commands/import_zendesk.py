import os

import requests  # tfl-eval: undeclared-dependency
from django.core.management.base import BaseCommand

from tickets.models import Ticket


class Command(BaseCommand):
    help = "Import open tickets from Zendesk (one-off migration off the old helpdesk)"

    def add_arguments(self, parser):
        parser.add_argument("--subdomain", default="acme-support")
        parser.add_argument("--token", default=os.environ.get("ZENDESK_API_TOKEN"), help="Zendesk API token (default: $ZENDESK_API_TOKEN)")

    def handle(self, *args, subdomain, token, **options):
        resp = requests.get(f"https://{subdomain}.zendesk.com/api/v2/tickets.json", auth=("support@acme.example/token", token), timeout=30)
        for item in resp.json()["tickets"]:
            Ticket.objects.update_or_create(external_id=item["id"], defaults={"subject": item["subject"]})
        self.stdout.write(self.style.SUCCESS("imported"))
