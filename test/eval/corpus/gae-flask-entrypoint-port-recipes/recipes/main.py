from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/recipes")
def recipes():
    return jsonify([])
