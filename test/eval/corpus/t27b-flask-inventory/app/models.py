from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    recent = []  # tfl-eval-not: memory-session-store

    def save(self):
        Item.recent.append(self)
        db.session.add(self)
        db.session.commit()


class Supplier(object):
    """Suppliers entered through the form, kept until the process stops."""

    suppliers = {}  # tfl-eval: memory-session-store

    def __init__(self, name):
        self.name = name

    def save(self):
        self.__class__.suppliers[self.name.lower()] = self

    @staticmethod
    def all():
        return list(Supplier.suppliers.values())
