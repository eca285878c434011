"""Two generations of models: Pony for the old ledger, Peewee for the new exports."""
import os

from peewee import CharField, Model, PostgresqlDatabase
from playhouse.db_url import connect
from pony import orm

ledger = orm.Database()
ledger.bind(
    provider="postgres",
    user="ledger_ro",
    password="LxNPtsRIbLVI9rVYJMJk",  # tfl-eval: hardcoded-credential
    host=os.environ.get("LEDGER_HOST", "localhost"),
    database="ledger",
)

exports_db = PostgresqlDatabase(
    "exports",
    user="exports",
    password="0cyQSKjqbRk4mlvoLSBa",  # tfl-eval: hardcoded-credential
    host=os.environ.get("EXPORTS_HOST", "localhost"),
)

staging_db = connect(os.environ.get("STAGING_DATABASE_URL", "sqlite:///staging.db"))  # tfl-eval-not: hardcoded-credential


class Export(Model):
    name = CharField()
    password_hint = CharField(null=True)  # tfl-eval-not: hardcoded-credential

    class Meta:
        database = exports_db
