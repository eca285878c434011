import logging.config
from pathlib import Path

import connexion
from connexion.options import SwaggerUIOptions

from labtrack.db import init_engine
from labtrack.settings import get_settings

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "structlog.stdlib.ProcessorFormatter", "processor": "structlog.processors.JSONRenderer"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}


def create_app() -> connexion.FlaskApp:
    settings = get_settings()
    logging.config.dictConfig(LOGGING)
    app = connexion.FlaskApp(__name__, specification_dir=Path(__file__).parent.parent / "openapi")
    app.add_api("labtrack.yaml", swagger_ui_options=SwaggerUIOptions(swagger_ui=settings.environment != "production"))
    init_engine(str(settings.database_url))
    return app


app = create_app()

if __name__ == "__main__":
    # Local only; containers run `uvicorn labtrack.app:app --port $PORT`.
    app.run(port=get_settings().port)
