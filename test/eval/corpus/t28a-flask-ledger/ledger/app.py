import os

from flask import Flask, jsonify

from ledger.database import Session
from ledger.models import Entry

app = Flask(__name__)


@app.get("/entries")
def entries():
    with Session() as session:
        return jsonify([{"id": e.id, "memo": e.memo} for e in session.query(Entry).all()])
