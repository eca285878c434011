"""Runtime settings for the greenhouse telemetry API."""
import os

INFLUX_URL = os.getenv("INFLUX_URL", "http://influxdb:8086")
INFLUX_ORG = os.getenv("INFLUX_ORG", "greenhouse")
INFLUX_BUCKET = os.getenv("INFLUX_BUCKET", "sensors")
INFLUX_TOKEN = os.getenv("INFLUX_TOKEN", "PCMypGDbo8u4WHB2hb9PSuKEnoD9fLpqZIwfN9rrYoaHxRU7N37DSaY8e5C-WLp0Lxd5i8_XtC4U7v3QDlfaBw==")  # tfl-eval: hardcoded-credential

MQTT_HOST = os.getenv("MQTT_HOST", "mosquitto")
MQTT_PORT = int(os.getenv("MQTT_PORT", "1883"))
MQTT_USER = "greenhouse-ingest"
MQTT_PASSWORD_ENV = "MQTT_PASSWORD"  # tfl-eval-not: hardcoded-credential

API_TOKENS = {
    "dashboard": "46464907d55a5104155d21a930ee116fa90e7995",  # tfl-eval: hardcoded-credential
    "irrigation-controller": "24e31f962780c9107afb656a7f1cb5fbdcea4a02",  # tfl-eval: hardcoded-credential
}
