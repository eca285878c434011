import os

from peewee import PostgresqlDatabase

db = PostgresqlDatabase(
    "loyalty",
    host="pg-loyalty.prod.internal",  # tfl-eval: hardcoded-backing-service
    port=5432,
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],  # tfl-eval-not: hardcoded-credential
)
