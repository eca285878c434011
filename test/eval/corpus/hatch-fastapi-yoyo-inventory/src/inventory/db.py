import os
from contextlib import contextmanager

import psycopg


@contextmanager
def connection():
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        yield conn
