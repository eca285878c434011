import os

from flask import Flask, jsonify, request


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ.get("SECRET_KEY"),
        DATABASE=os.path.join(app.instance_path, "journal.sqlite"),
    )
    os.makedirs(app.instance_path, exist_ok=True)

    from . import db

    db.init_app(app)  # tfl-eval-not: startup-migration

    @app.get("/entries")
    def entries():
        rows = db.get_db().execute("SELECT id, body FROM entry ORDER BY created DESC").fetchall()
        return jsonify([dict(row) for row in rows])

    @app.post("/entries")
    def add_entry():
        conn = db.get_db()
        conn.execute("INSERT INTO entry (body) VALUES (?)", (request.json["body"],))
        conn.commit()
        return "", 201

    return app
