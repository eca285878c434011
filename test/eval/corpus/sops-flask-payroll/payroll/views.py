from flask import Blueprint, current_app, jsonify, render_template_string

bp = Blueprint("payroll", __name__)

RESET_FORM = """
<form method="post">
  <label>New password <input type="password" name="password" placeholder="At least 12 characters"></label>
  <label>Repeat password <input type="password" name="password_confirm"></label>
</form>
"""


@bp.get("/health")
def health():
    from .crypto import CANARY_TOKEN, open_payslip

    open_payslip(CANARY_TOKEN)
    return jsonify(ok=True, db=current_app.config["DB_HOST"])


@bp.get("/account/password")
def password_form():
    return render_template_string(RESET_FORM)
