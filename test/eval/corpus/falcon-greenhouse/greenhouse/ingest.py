import json
import logging

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

from greenhouse import settings

log = logging.getLogger(__name__)

influx = InfluxDBClient(url=settings.INFLUX_URL, token=settings.INFLUX_TOKEN, org=settings.INFLUX_ORG)  # tfl-eval-not: hardcoded-credential
write_api = influx.write_api(write_options=SYNCHRONOUS)


def on_message(client, userdata, msg):
    reading = json.loads(msg.payload)
    point = Point("climate").tag("house", reading["house"]).field("temp", reading["temp"]).field("rh", reading["rh"])
    write_api.write(bucket=settings.INFLUX_BUCKET, record=point)


def run():
    client = mqtt.Client(client_id="greenhouse-ingest")
    client.username_pw_set(settings.MQTT_USER, "yfqlu294%GWX7rrn")  # tfl-eval: hardcoded-credential
    client.on_message = on_message
    client.connect(settings.MQTT_HOST, settings.MQTT_PORT)
    client.subscribe("greenhouse/+/climate")
    log.info("listening for climate readings")
    client.loop_forever()
