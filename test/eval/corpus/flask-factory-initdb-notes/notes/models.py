from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)
    body = db.Column(db.Text, default="")
    created = db.Column(db.DateTime, default=datetime.utcnow)


def init_db():
    db.create_all()  # tfl-eval-not: startup-migration


def reset_db():
    db.drop_all()  # tfl-eval-not: startup-migration
    db.create_all()  # tfl-eval-not: startup-migration
