import os

import clickhouse_connect
from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster
from influxdb_client import InfluxDBClient

influx = InfluxDBClient(
    url=os.getenv("INFLUX_URL", "http://influx:8086"),
    token="IupjV9xqedWhP4hC2bQhBXFbnPIKrGUovV1-Etb1yfwN8S1y_LAn3gJAQVRHqQRCdJ0y3m7fY7lkEmnUO2tlgA==",  # tfl-eval: hardcoded-credential
    org="analytics",
)

auth_provider = PlainTextAuthProvider(username="events_rw", password="aAfl-.9Tic*r5DJN")  # tfl-eval: hardcoded-credential
cluster = Cluster(os.environ["CASSANDRA_HOSTS"].split(","), auth_provider=auth_provider)

ch = clickhouse_connect.get_client(
    host=os.environ["CLICKHOUSE_HOST"],
    username="ingest",
    password="RdNQn6oNc#bQ0pu8",  # tfl-eval: hardcoded-credential
    secure=True,
)


def write_points(points):
    influx.write_api().write(bucket="events", record=points)
