import os

DB_HOST = "192.168.40.12"
DB_PORT = 3306
DB_NAME = "reports"
DB_USER = os.getenv("DB_USER", "reports")
DB_PASSWORD = os.getenv("DB_PASSWORD", "")

DATABASE_URL = "mysql+pymysql://{}:{}@{}:{}/{}".format(DB_USER, DB_PASSWORD, DB_HOST, DB_PORT, DB_NAME)  # tfl-eval: hardcoded-backing-service

MONGO_HOST = "mongo-reports.internal.acme-corp.net"
MONGO_URI = "mongodb://%s:27017/reports" % MONGO_HOST  # tfl-eval: hardcoded-backing-service

REDIS_HOST = os.environ.get("REDIS_HOST", "redis")
BROKER_URL = "redis://{host}:6379/1".format(host=REDIS_HOST)  # tfl-eval-not: hardcoded-backing-service

STATUS_PAGE = "https://{}/status".format("status.acme-corp.net")  # tfl-eval-not: hardcoded-backing-service
