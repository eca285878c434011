from flask import Flask

app = Flask(__name__)
app.config.from_pyfile("settings.py", silent=True)

from app.blueprints import stock  # noqa: E402

app.register_blueprint(stock.bp)
