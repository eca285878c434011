from time import time

import jwt
from flask import current_app, flash, redirect, render_template, url_for
from flask_babel import _

from app.auth import bp
from app.auth.forms import ResetPasswordForm


def get_reset_password_token(user_id, expires_in=600):
    return jwt.encode({"reset_password": user_id, "exp": time() + expires_in}, current_app.config["SECRET_KEY"], algorithm="HS256")


def verify_reset_password_token(token):
    try:
        return jwt.decode(token, current_app.config["SECRET_KEY"], algorithms=["HS256"])["reset_password"]
    except Exception:
        return None


@bp.route("/reset_password/<token>", methods=["GET", "POST"])
def reset_password(token):
    user_id = verify_reset_password_token(token)
    if not user_id:
        return redirect(url_for("main.index"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        flash(_("Your password has been reset."))
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form)
