import os
import tempfile

import boto3
from flask import Blueprint, current_app, redirect, render_template, url_for
from PIL import Image
from werkzeug.utils import secure_filename

from .forms import CoverForm, ImportForm, PhotoForm

bp = Blueprint("gallery", __name__)
STATIC_PHOTOS = os.path.join(os.path.dirname(__file__), "static", "photos")
s3 = boto3.client("s3")


@bp.route("/photos/new", methods=["GET", "POST"])
def new_photo():
    form = PhotoForm()
    if form.validate_on_submit():
        upload = form.photo.data
        name = secure_filename(upload.filename)
        upload.save(os.path.join(STATIC_PHOTOS, name))  # tfl-eval: memory-session-store
        thumb = Image.open(os.path.join(STATIC_PHOTOS, name))
        thumb.thumbnail((240, 240))
        thumb.save(os.path.join(STATIC_PHOTOS, "thumb_" + name))  # tfl-eval-not: memory-session-store
        return redirect(url_for("gallery.index"))
    return render_template("new_photo.html", form=form)


@bp.route("/albums/<int:album_id>/cover", methods=["POST"])
def album_cover(album_id):
    form = CoverForm()
    if form.validate_on_submit():
        filename = f"cover_{album_id}.jpg"
        form.cover.data.save(os.path.join(current_app.root_path, "static", "covers", filename))  # tfl-eval: memory-session-store
    return redirect(url_for("gallery.album", album_id=album_id))


@bp.route("/albums/import", methods=["POST"])
def import_album():
    form = ImportForm()
    if form.validate_on_submit():
        staged = os.path.join(tempfile.gettempdir(), secure_filename(form.archive.data.filename))
        form.archive.data.save(staged)  # tfl-eval-not: memory-session-store
        s3.upload_file(staged, current_app.config["BUCKET"], os.path.basename(staged))
        os.remove(staged)
    return redirect(url_for("gallery.index"))


@bp.route("/albums/<int:album_id>/title", methods=["POST"])
def rename(album_id):
    form = PhotoForm()
    if form.validate_on_submit():
        album = Album.query.get_or_404(album_id)
        album.title = form.title.data
        album.save()  # tfl-eval-not: memory-session-store
    return redirect(url_for("gallery.album", album_id=album_id))
