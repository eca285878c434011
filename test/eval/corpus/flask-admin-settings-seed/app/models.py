from flask_sqlalchemy import SQLAlchemy
db = SQLAlchemy()

class Setting(db.Model):
    name = db.Column(db.String(64), primary_key=True)
    value = db.Column(db.Text)
