"""Runs the SQL files under migrations/ in order, once each."""
import os
import pathlib

import psycopg

MIGRATIONS = pathlib.Path(__file__).with_name("migrations")


def main():
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        conn.execute("create table if not exists schema_migrations (name text primary key)")
        done = {row[0] for row in conn.execute("select name from schema_migrations")}
        for path in sorted(MIGRATIONS.glob("*.sql")):
            if path.name not in done:
                conn.execute(path.read_text())
                conn.execute("insert into schema_migrations values (%s)", (path.name,))


if __name__ == "__main__":
    main()
