import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/notes")
def notes():
    return jsonify([])


def serve_admin():
    admin = Flask("admin")
    port = int(os.environ.get("ADMIN_PORT", 5001))
    admin.run(host="0.0.0.0", port=port)  # tfl-eval-not: hardcoded-port


if __name__ == "__main__":
    host = "0.0.0.0"
    port = 5000
    app.run(host=host, port=port)  # tfl-eval: hardcoded-port
