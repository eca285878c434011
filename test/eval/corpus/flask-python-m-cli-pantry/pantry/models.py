from . import db


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    quantity = db.Column(db.Integer, default=1)

    def as_dict(self):
        return {"id": self.id, "name": self.name, "quantity": self.quantity}
