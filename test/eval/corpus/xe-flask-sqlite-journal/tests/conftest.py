import sqlite3

import pytest


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    with open("journal/schema.sql") as f:
        conn.executescript(f.read())  # tfl-eval-not: startup-migration
    yield conn
    conn.close()
