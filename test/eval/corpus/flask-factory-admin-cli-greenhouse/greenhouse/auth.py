from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from .db import User, db

bp = Blueprint("auth", __name__, url_prefix="/auth")

MIN_PASSWORD_LENGTH = 12


@bp.route("/register", methods=("GET", "POST"))
def register():
    if request.method == "POST":
        password = request.form["password"]
        if len(password) < MIN_PASSWORD_LENGTH:
            flash("Password must be at least 12 characters.")  # tfl-eval-not: hardcoded-credential
            return render_template("auth/register.html")
        user = User(username=request.form["username"], password_hash=generate_password_hash(password))  # tfl-eval-not: hardcoded-credential
        db.session.add(user)
        db.session.commit()
        return redirect(url_for("auth.login"))
    return render_template("auth/register.html")


@bp.route("/login", methods=("GET", "POST"))
def login():
    if request.method == "POST":
        user = db.session.execute(db.select(User).filter_by(username=request.form["username"])).scalar_one_or_none()
        if user is None or not check_password_hash(user.password_hash, request.form["password"]):  # tfl-eval-not: hardcoded-credential
            flash("Incorrect username or password.")
            return render_template("auth/login.html")
        session.clear()
        session["user_id"] = user.id
        return redirect(url_for("sensors.index"))
    return render_template("auth/login.html", placeholder="your password")
