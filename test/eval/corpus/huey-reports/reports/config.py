from huey import RedisHuey, crontab

huey = RedisHuey("reports", host="redis.reports.internal", password="90bUcwRkwt4uuqMzeXP4")  # tfl-eval: hardcoded-credential, hardcoded-backing-service

METABASE_URL = "https://bi.acme-farms.com"
METABASE_USER = "reports-bot@acme-farms.com"
METABASE_PASS = "06EqCk7D4UwMHNrS"  # tfl-eval: hardcoded-credential
SLACK_CHANNEL = "#harvest-reports"
