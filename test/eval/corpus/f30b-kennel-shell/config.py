import os

DB_NAME = "kennel"
DB_HOST = os.environ.get("DB_HOST", "db")
DB_PASSWORD = "kennel_password"  # tfl-eval: hardcoded-credential
REPORT_PASSWORD_FIELD = "kennel_password"  # tfl-eval-not: hardcoded-credential
