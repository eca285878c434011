import json
import os
from pathlib import Path


class JsonRepository:
    """A collection stored as a list in one JSON file."""

    def __init__(self, path):
        self.path = Path(path)

    def all(self):
        if not self.path.exists():
            return []
        with open(self.path, encoding="utf-8") as fh:
            return json.load(fh)

    def get(self, item_id):
        return next((row for row in self.all() if row["id"] == item_id), None)

    def add(self, row):
        rows = self.all()
        rows.append(row)
        self._write(rows)
        return row

    def _write(self, rows):
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=2)
