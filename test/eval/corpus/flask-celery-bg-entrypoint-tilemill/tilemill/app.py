import os

from flask import Flask, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


@app.get("/tiles/<int:z>/<int:x>/<int:y>")
def tile(z: int, x: int, y: int):
    with engine.connect() as conn:
        row = conn.execute(text("select etag from tiles where z=:z and x=:x and y=:y"), {"z": z, "x": x, "y": y}).first()
    return jsonify({"etag": row[0] if row else None})
