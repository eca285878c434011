from dynaconf import FlaskDynaconf
from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)
    FlaskDynaconf(app, settings_files=["settings.toml", ".secrets.toml"], environments=True, envvar_prefix="PARCEL")
    app.config["JWT_SECRET_KEY"] = app.config.get("SECRET_KEY")  # tfl-eval-not: hardcoded-credential
    from api.routes import bp

    app.register_blueprint(bp)
    return app
