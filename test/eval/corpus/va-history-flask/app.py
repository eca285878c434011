import os
from datetime import datetime, timezone

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

UPLOAD_FOLDER = "static/uploads"
ALLOWED_EXTENSIONS = ["png", "jpg", "jpeg", "gif"]  # tfl-eval-not: memory-session-store
blueprints = []  # tfl-eval-not: memory-session-store

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024

history = []  # tfl-eval: memory-session-store

for name in os.environ.get("EXTRA_BLUEPRINTS", "").split(","):
    if name:
        blueprints.append(name)


def allowed(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


@app.post("/api/ask")
def ask():
    payload = request.get_json(force=True)
    entry = {
        "question": payload["question"],
        "answer": payload["question"][::-1],
        "at": datetime.now(timezone.utc).isoformat(),
    }
    history.append(entry)
    return jsonify(entry), 201


@app.get("/api/history")
def list_history():
    limit = int(request.args.get("limit", 50))
    return jsonify(history[-limit:])


@app.get("/api/summary")
def summary():
    words = []  # tfl-eval-not: memory-session-store
    for item in history:
        words.extend(item["question"].split())
    return jsonify({"questions": len(history), "words": len(words)})


@app.post("/api/photos")
def upload_photo():
    photo = request.files["photo"]
    if not allowed(photo.filename):
        return jsonify(error="unsupported"), 400
    filename = secure_filename(photo.filename)
    photo.save(os.path.join(UPLOAD_FOLDER, filename))  # tfl-eval: memory-session-store
    return jsonify(url=f"/static/uploads/{filename}"), 201


@app.post("/api/imports")
def import_file():
    upload = request.files["file"]
    target = os.path.join(os.environ["UPLOAD_DIR"], secure_filename(upload.filename))
    upload.save(target)  # tfl-eval-not: memory-session-store
    return "", 202
