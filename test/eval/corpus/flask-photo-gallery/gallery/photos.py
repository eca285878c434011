import os
import tempfile

import boto3
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from werkzeug.utils import secure_filename

bp = Blueprint("photos", __name__)
ALLOWED = {"png", "jpg", "jpeg", "gif"}
s3 = boto3.client("s3")


def allowed(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED


@bp.route("/photos", methods=["POST"])
def upload_photo():
    photo = request.files.get("photo")
    if photo is None or photo.filename == "" or not allowed(photo.filename):
        flash("Choose a picture to upload")
        return redirect(request.url)
    filename = secure_filename(photo.filename)
    photo.save(os.path.join(current_app.config["UPLOAD_FOLDER"], filename))  # tfl-eval: memory-session-store
    return redirect(url_for("photos.show", name=filename))


@bp.route("/albums/import", methods=["POST"])
def import_album():
    archive = request.files["archive"]
    # Staged in the temporary folder, sent to the bucket, then removed.
    staged = os.path.join(tempfile.gettempdir(), secure_filename(archive.filename))
    archive.save(staged)  # tfl-eval-not: memory-session-store
    try:
        s3.upload_file(staged, os.environ["ALBUM_BUCKET"], os.path.basename(staged))
    finally:
        os.remove(staged)
    return redirect(url_for("photos.index"))


@bp.route("/")
def index():
    names = sorted(os.listdir(current_app.config["UPLOAD_FOLDER"]))
    return render_template("index.html", names=names)
