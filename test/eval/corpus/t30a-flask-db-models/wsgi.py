import os

from flask import Flask

from extensions import db

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db.init_app(app)

import catalog  # noqa: E402,F401  (routes and tables)
