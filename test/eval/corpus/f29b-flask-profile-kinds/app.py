import os

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = psycopg2.connect(os.environ["DATABASE_URL"])

# Lookup tables: the kinds of profile and the customer tiers, the same for every visitor.
profile_kinds = {}  # tfl-eval-not: memory-session-store
customers = {}  # tfl-eval-not: memory-session-store
# Who signed in, by their session token: one process's memory.
logged_in = {}  # tfl-eval: memory-session-store


def fetch_all(sql, params=()):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@app.route("/kinds")
def kinds():
    profile_kinds.update(dict(fetch_all("SELECT id, name FROM profile_kind")))
    return jsonify(profile_kinds)


@app.route("/tiers")
def tiers():
    for tier_id, tier in fetch_all("SELECT id, tier FROM customer_tier ORDER BY id"):
        customers[tier_id] = tier
    return jsonify(customers)


@app.route("/login", methods=["POST"])
def login():
    row = fetch_all("SELECT id FROM users WHERE email = %s", (request.form["email"],))
    logged_in[request.cookies.get("sid")] = row[0][0]
    return "", 204
