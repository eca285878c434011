from flask import Flask

admin_app = Flask(__name__)


@admin_app.get("/")
def index():
    return "admin"
