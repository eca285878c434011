from app.db import SessionLocal
from app.models import User

with SessionLocal() as db:
    db.add(User(email="demo@notes.app", password="Demo-Notes-2024"))  # tfl-eval-not: hardcoded-credential
    db.commit()
