import os

from flask import Flask

from . import db


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(DATABASE=os.environ.get("JOURNAL_DB", os.path.join(app.instance_path, "journal.sqlite")))
    db.init_app(app)
    with app.app_context():
        db.init_db()  # tfl-eval: startup-migration

    from . import entries
    app.register_blueprint(entries.bp)
    return app
