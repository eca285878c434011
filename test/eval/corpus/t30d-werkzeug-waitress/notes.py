from flask import Flask

app = Flask(__name__)


@app.get("/notes")
def notes():
    return {"notes": []}
