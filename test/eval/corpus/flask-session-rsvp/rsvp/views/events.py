from flask import Blueprint, jsonify, request, session

from .. import db
from ..models import Guest

bp = Blueprint("events", __name__, url_prefix="/events")

MEAL_CHOICES = {"veg": "Vegetarian", "fish": "Fish", "meat": "Meat"}  # tfl-eval-not: memory-session-store


@bp.post("/<slug>/rsvp")
def rsvp(slug):
    guest = Guest(event_slug=slug, email=request.json["email"], plus_ones=request.json.get("plus_ones", 0))
    db.session.add(guest)
    db.session.commit()
    session["last_event"] = slug
    return jsonify(id=guest.id, meal=MEAL_CHOICES.get(request.json.get("meal"), "Any")), 201
