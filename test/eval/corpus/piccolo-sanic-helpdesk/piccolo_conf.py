import os

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine

DB = PostgresEngine(config={"dsn": os.environ["DATABASE_URL"]})  # tfl-eval-not: hardcoded-backing-service
APP_REGISTRY = AppRegistry(apps=["helpdesk.piccolo_app"])
