import os

REDIS_HOST = os.getenv("REDIS_HOST", "localhost")
MYSQL_USER = "worker"
MYSQL_PAWD = "Hq5!vT8nZr2c"  # tfl-eval: hardcoded-credential
PAWD_MIN_LENGTH = 8
