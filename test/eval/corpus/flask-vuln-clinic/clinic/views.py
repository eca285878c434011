from flask import Blueprint, render_template, request, session

from clinic.models import Patient

bp = Blueprint("clinic", __name__)

LAB_HINTS = {
    "sqli": "The search box concatenates your input into SQL. Try ' OR 1=1 --",
    "weak-password": "Dr. House still uses the password he was given on his first day.",
}


@bp.route("/login", methods=["POST"])
def login():
    if request.form.get("password") == "":
        return render_template("login.html", error="Password is required")
    session["doctor"] = request.form["username"]
    return render_template("dashboard.html", patients=Patient.query.all())
