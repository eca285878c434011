from flask import Flask

from .config import load_secrets


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(load_secrets())
    from .views import bp

    app.register_blueprint(bp)
    return app
