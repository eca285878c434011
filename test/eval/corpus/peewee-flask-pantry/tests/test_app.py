import logging

from pantry.models import Item, db

logging.basicConfig(filename="test-run.log", level=logging.DEBUG)  # tfl-eval-not: file-logger


def setup_module():
    db.create_tables([Item])  # tfl-eval-not: startup-migration


def test_item_defaults():
    assert Item(name="rice").quantity == 0
