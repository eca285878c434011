import csv
import os


class Catalogue:
    def __init__(self, path=None):
        self.path = path or os.environ.get("CATALOGUE_CSV", "catalogue.csv")
        self.rows = {}  # tfl-eval-not: memory-session-store

    def load(self):
        with open(self.path, newline="") as fh:
            for row in csv.DictReader(fh):
                self.rows[row["sku"]] = float(row["price"])

    def price(self, sku):
        return self.rows.get(sku)


class ImportReport:
    """Built by the import command, never by a request."""

    def __init__(self):
        self.users = {}  # tfl-eval-not: memory-session-store

    def record(self, user_id, line):
        self.users[user_id] = line
