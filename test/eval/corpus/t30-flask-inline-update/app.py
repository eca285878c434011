import os
import sqlite3

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

# Account kinds and plan names: lookup tables, the same for every visitor.
account_kinds = {}  # tfl-eval-not: memory-session-store
customer_plans = {}  # tfl-eval-not: memory-session-store
# Each visitor's saved addresses, by user id: this process's memory.
user_addresses = {}  # tfl-eval: memory-session-store


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(os.environ["DATABASE_PATH"])
    return g.db


@app.route("/kinds")
def kinds():
    db = get_db()
    account_kinds.update(db.execute("SELECT id, name FROM account_kind").fetchall())
    return jsonify(account_kinds)


@app.route("/plans")
def plans():
    customer_plans.update(get_db().execute("SELECT id, name FROM plan ORDER BY price").fetchall())
    return jsonify(customer_plans)


@app.route("/addresses")
def addresses():
    db = get_db()
    user_addresses.update(db.execute("SELECT id, line FROM address WHERE owner = ?", (session["user_id"],)).fetchall())
    return jsonify(user_addresses)
