import logging

from flask import session
from flask.views import MethodView
from flask_smorest import Blueprint

from warranty import db
from warranty.services.events import claim_filed

blp = Blueprint("claims", __name__, url_prefix="/claims")
audit = logging.getLogger("warranty.audit")

# Claim reasons offered by the form; never written.
REASONS = {"dead": "Dead on arrival", "wear": "Premature wear", "other": "Other"}  # tfl-eval-not: memory-session-store


@blp.route("/")
class Claims(MethodView):
    def post(self, payload):
        from warranty.models import Claim
        claim = Claim(serial=payload["serial"], reason=REASONS.get(payload["reason"], "Other"), customer_id=session["customer_id"])
        db.session.add(claim)
        db.session.commit()
        claim_filed(claim)
        audit.info("claim %s filed by %s", claim.id, session["customer_id"])
        return {"id": claim.id}
