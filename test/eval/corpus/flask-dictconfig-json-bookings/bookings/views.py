import logging

from flask import Blueprint, jsonify, request

bp = Blueprint("bookings", __name__)
log = logging.getLogger(__name__)
audit = logging.getLogger("bookings.audit")


@bp.post("/bookings")
def create_booking():
    payload = request.get_json()
    audit.info("booking room=%s guest=%s", payload["room"], payload["guest_id"])
    log.info("booking accepted")  # tfl-eval-not: file-logger
    return jsonify({"status": "accepted"}), 201


@bp.get("/admin/logs")
def admin_logs():
    # reads the file the platform's sidecar rotates; no writing here
    with open("/var/log/bookings/audit.log") as fh:  # tfl-eval-not: file-logger
        return fh.read()[-4000:], 200, {"Content-Type": "text/plain"}
