import os

from flask import Flask, jsonify


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

    @app.get("/orders/open")
    def open_orders():
        return jsonify([])

    return app
