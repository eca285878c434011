import logging
import logging.config
import os

from flask import Flask, jsonify, request, session
from flask_session import Session

from pantry.models import Item, db

logging.config.fileConfig("logging.ini", disable_existing_loggers=False)
log = logging.getLogger("pantry")

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_TYPE"] = "filesystem"  # tfl-eval: memory-session-store
app.config["SESSION_FILE_DIR"] = "/tmp/pantry-sessions"
Session(app)

db.connect()
db.create_tables([Item], safe=True)  # tfl-eval: startup-migration

# Units the UI can show: a lookup table.
UNITS = {"g": "grams", "kg": "kilograms", "pc": "pieces"}

# A shopping list per household member, built up across requests.
shopping_lists = {}  # tfl-eval: memory-session-store


@app.get("/items")
def list_items():
    owner = session.get("user")
    return jsonify([{"name": i.name, "qty": i.quantity} for i in Item.select().where(Item.owner == owner)])


@app.post("/shopping-list")
def add_to_list():
    user = session["user"]
    shopping_lists.setdefault(user, []).append(request.json["name"])
    log.info("added to list")
    return jsonify(shopping_lists[user]), 201


@app.teardown_appcontext
def close_db(exc):
    if not db.is_closed():
        db.close()
