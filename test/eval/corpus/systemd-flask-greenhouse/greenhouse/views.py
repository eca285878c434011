from flask import Blueprint, jsonify

from greenhouse.models import Sensor

bp = Blueprint("sensors", __name__)


@bp.get("/sensors")
def list_sensors():
    return jsonify([s.to_dict() for s in Sensor.query.order_by(Sensor.name).all()])
