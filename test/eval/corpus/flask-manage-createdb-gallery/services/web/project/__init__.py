from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.from_object("project.config.Config")
db = SQLAlchemy(app)


class Photo(db.Model):
    __tablename__ = "photos"

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(128), nullable=False)
    public = db.Column(db.Boolean(), default=True, nullable=False)

    def __init__(self, title):
        self.title = title


@app.route("/")
def index():
    return jsonify(photos=[p.title for p in Photo.query.filter_by(public=True)])
