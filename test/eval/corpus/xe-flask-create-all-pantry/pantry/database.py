from .extensions import db


def init_db(app):
    with app.app_context():
        from . import models  # noqa: F401  (registers the tables)
        db.create_all()
