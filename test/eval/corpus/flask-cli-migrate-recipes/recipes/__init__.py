import os

from flask import Flask

from recipes.db import init_engine


def create_app():
    app = Flask(__name__)
    app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    init_engine(app.config["DATABASE_URL"])

    from recipes.views import bp

    app.register_blueprint(bp)

    @app.cli.command("migrate")
    def migrate_command():
        """flask migrate: the release step runs this once."""
        from recipes.db import run_migrations

        run_migrations()  # tfl-eval-not: startup-migration

    return app
