from flask import Flask, jsonify

from settings import get_port

app = Flask(__name__)


@app.route("/recipes")
def recipes():
    return jsonify([])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=get_port())  # tfl-eval: hardcoded-port
