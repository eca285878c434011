import os

app_user = "fleet"
app_dir = "/srv/fleet"
python_version = "3.12"
sentry_dsn = os.environ.get("SENTRY_DSN", "")
# Shared by every host; rotate via the password manager entry "fleet / app secret".
app_secret_key = "ae20cbc2b8bec6332657654337e96f8fe1101ea5d499d32fe16e4c978fae5901"  # tfl-eval: hardcoded-credential
