import json
import logging
import os
import sys

import pika
from flask import Flask, jsonify, request, session
from pymemcache.client.base import Client as Memcache

logging.basicConfig(stream=sys.stdout, level=logging.INFO)  # tfl-eval-not: file-logger

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

# Geocoding results are cached in the shared memcached.
geo_cache = Memcache(("memcached-geo.dispatch.internal", 11211))  # tfl-eval: hardcoded-backing-service

# Pending pickups per courier, kept between requests until the courier confirms.
pending_pickups = {}  # tfl-eval: memory-session-store


def publish(job):
    params = pika.ConnectionParameters(host=os.environ.get("RABBITMQ_HOST", "localhost"))  # tfl-eval-not: hardcoded-backing-service
    with pika.BlockingConnection(params) as conn:
        conn.channel().basic_publish(exchange="", routing_key="pickups", body=json.dumps(job))


@app.post("/pickups")
def add_pickup():
    courier = session["courier_id"]
    pending_pickups.setdefault(courier, []).append(request.json)
    return jsonify(pending_pickups[courier]), 201


@app.post("/pickups/confirm")
def confirm():
    courier = session["courier_id"]
    for job in pending_pickups.pop(courier, []):
        publish(job)
    return "", 204
