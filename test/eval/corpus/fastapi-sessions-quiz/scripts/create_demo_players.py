"""Demo players for a local quiz night: `python scripts/create_demo_players.py`."""
from sqlalchemy import create_engine, text

engine = create_engine("postgresql://quiz:quiz@localhost/quiz")  # tfl-eval-not: hardcoded-credential, hardcoded-backing-service

with engine.begin() as conn:
    for name in ("ada", "grace", "linus"):
        conn.execute(text("INSERT INTO players (name, pin) VALUES (:n, :p)"), {"n": name, "p": "0000"})
