import psycopg2
from flask import Flask, jsonify

from .settings import load

config = load()
app = Flask(__name__)


def connection():
    db = config["database"]
    return psycopg2.connect(host=db["host"], dbname=db["name"], user=db["user"], password=db["password"])  # tfl-eval-not: hardcoded-credential


@app.get("/plates/<plate>")
def plate(plate):
    with connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT balance FROM accounts WHERE plate = %s", (plate,))
        row = cur.fetchone()
    return jsonify({"plate": plate, "balance": row[0] if row else None})
