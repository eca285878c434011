import os

from .settings import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = [os.environ["APP_HOST"]]

DATABASES["default"]["HOST"] = "billing-db.internal"  # tfl-eval: hardcoded-backing-service
DATABASES["default"]["PORT"] = "5432"
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
DATABASES["replica"]["HOST"] = os.environ.get("REPLICA_HOST", "")  # tfl-eval-not: hardcoded-backing-service
CACHES["default"]["LOCATION"] = "redis://billing-cache.internal:6379/1"  # tfl-eval: hardcoded-backing-service
