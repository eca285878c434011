import os

PRIMARY = "192.168.40.12"  # tfl-eval: hardcoded-backing-service
DB_PORT = 3306
DB_NAME = "reports"
DB_USER = os.getenv("DB_USER", "reports")
DB_PASSWORD = os.getenv("DB_PASSWORD", "")

DATABASE_URL = "mysql+pymysql://{}:{}@{}:{}/{}".format(DB_USER, DB_PASSWORD, PRIMARY, DB_PORT, DB_NAME)

NODE = "mongo-reports.internal.acme-corp.net"  # tfl-eval: hardcoded-backing-service
MONGO_URI = "mongodb://%s:27017/reports" % NODE

REPLICA = "10.40.2.8"  # tfl-eval: hardcoded-backing-service
REPLICA_URL = "postgresql://%s:%s@%s/reports" % (DB_USER, DB_PASSWORD, REPLICA)

REDIS_HOST = os.environ.get("REDIS_HOST", "redis")
BROKER_URL = "redis://{host}:6379/1".format(host=REDIS_HOST)  # tfl-eval-not: hardcoded-backing-service

STATUS_PAGE = "https://{}/status".format("status.acme-corp.net")  # tfl-eval-not: hardcoded-backing-service
