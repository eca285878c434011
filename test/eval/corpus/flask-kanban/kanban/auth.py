from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from . import db
from .models import User

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/register", methods=("GET", "POST"))
def register():
    if request.method == "POST":
        username = request.form["username"]
        password = request.form["password"]  # tfl-eval-not: hardcoded-credential
        error = None
        if not password:
            error = "Password is required."  # tfl-eval-not: hardcoded-credential
        elif password == "password":  # tfl-eval-not: hardcoded-credential
            error = "Please choose a less obvious password."  # tfl-eval-not: hardcoded-credential
        if error is None:
            db.session.add(User(username=username, password=generate_password_hash(password)))
            db.session.commit()
            return redirect(url_for("auth.login"))
        flash(error)
    return render_template("auth/register.html")


@bp.route("/login", methods=("GET", "POST"))
def login():
    user = User.query.filter_by(username=request.form.get("username")).first()
    if user is None or not check_password_hash(user.password, request.form.get("password", "")):  # tfl-eval-not: hardcoded-credential
        flash("Incorrect username or password.")
    return render_template("auth/login.html")
