import csv

from django.core.management.base import BaseCommand

from catalog.models import Product


class Command(BaseCommand):
    help = "Import products from a CSV export"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        with open(options["path"], newline="") as handle:
            for row in csv.DictReader(handle):
                Product.objects.update_or_create(sku=row["sku"], defaults={"name": row["name"]})
