import os

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/dishes")
def dishes():
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name, price FROM dishes ORDER BY name")
        return jsonify([{"id": r[0], "name": r[1], "price": float(r[2])} for r in cur.fetchall()])


if __name__ == "__main__":
    # El contenedor expone el puerto 5000.
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))  # tfl-eval: runtime-build-step
