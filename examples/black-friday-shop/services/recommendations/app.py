"""Recommendations service: "customers who bought this also bought", for the Black Friday shop."""
import logging

from flask import Flask, jsonify, session
from flask_session import Session
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("recommendations")
logger.addHandler(logging.FileHandler("recommendations.log"))


class Purchase(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.String(64), nullable=False)
    product_id = db.Column(db.Integer, nullable=False)


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "nQ4vT8kZ2pW6yR1mX9sB3dF7"
    app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://shop:Hk3Lz9Qw2Vn7Rt5P@db.internal/shop"
    app.config["SESSION_TYPE"] = "filesystem"
    Session(app)
    db.init_app(app)
    with app.app_context():
        db.create_all()

    @app.get("/recommendations/<int:product_id>")
    def recommendations(product_id):
        session["last_viewed"] = product_id
        bought = Purchase.query.filter_by(product_id=product_id).limit(5).all()
        logger.info("recommendations for %s", product_id)
        return jsonify([p.product_id for p in bought])

    return app
