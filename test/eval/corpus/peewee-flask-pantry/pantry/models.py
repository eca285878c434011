import os

from playhouse.db_url import connect
from peewee import CharField, DateField, IntegerField, Model

db = connect(os.environ["DATABASE_URL"])


class BaseModel(Model):
    class Meta:
        database = db


class Item(BaseModel):
    name = CharField()
    quantity = IntegerField(default=0)
    best_before = DateField(null=True)
    owner = CharField(index=True)
