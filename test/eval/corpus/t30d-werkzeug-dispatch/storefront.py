from flask import Flask

shop_app = Flask(__name__)


@shop_app.get("/")
def index():
    return "shop"
