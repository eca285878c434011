from . import db


class Guest(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    event_slug = db.Column(db.String(64), index=True, nullable=False)
    email = db.Column(db.String(255), nullable=False)
    plus_ones = db.Column(db.Integer, default=0)
