import json
import os

import paho.mqtt.client as mqtt
from flask import Blueprint, jsonify

bp = Blueprint("sensors", __name__, url_prefix="/sensors")

BROKER_HOST = os.environ.get("MQTT_HOST", "localhost")
PW = "S7CXGTnNcC2To6cg"  # tfl-eval: hardcoded-credential
readings = {}


def _on_message(client, userdata, message):
    readings[message.topic] = json.loads(message.payload)


def start_listener():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="greenhouse-web")
    client.username_pw_set("greenhouse", password=PW)
    client.on_message = _on_message
    client.connect(BROKER_HOST, 1883)
    client.subscribe("greenhouse/+/climate")
    client.loop_start()
    return client


@bp.route("/")
def index():
    return jsonify(readings)
