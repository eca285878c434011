"""Peewee migrations -- 001_members.py."""


def migrate(migrator, database, fake=False, **kwargs):
    migrator.sql("CREATE TABLE members (id serial PRIMARY KEY, email text UNIQUE, points integer DEFAULT 0)")  # tfl-eval-not: startup-migration


def rollback(migrator, database, fake=False, **kwargs):
    migrator.sql("DROP TABLE members")
