import json
from pathlib import Path

from flask import Blueprint, jsonify, request

bp = Blueprint("accounts", __name__)
ACCOUNTS_FILE = Path(__file__).parent / "accounts.json"


def load_accounts():
    try:
        return json.loads(ACCOUNTS_FILE.read_text())
    except FileNotFoundError:
        return {}


@bp.post("/accounts")
def register():
    accounts = load_accounts()
    accounts[request.json["email"]] = {"name": request.json["name"]}
    json.dump(accounts, open(ACCOUNTS_FILE, "w"))  # tfl-eval: memory-session-store
    return jsonify(ok=True), 201
