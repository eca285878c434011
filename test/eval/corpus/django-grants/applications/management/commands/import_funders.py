import csv

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Import funders from a CSV file"

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--api-token", help="Token for the funders registry API (default: FUNDERS_API_TOKEN)")

    def handle(self, *args, **options):
        with open(options["path"], newline="") as handle:
            for row in csv.DictReader(handle):
                self.stdout.write(f"importing {row['name']}")
