from .base import *  # noqa: F401,F403

DEBUG = False
EMAIL_HOST = "smtp.sendgrid.net" # tfl-eval: hardcoded-backing-service
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "Helpd3sk-Sendgrid-Relay!"  # tfl-eval: hardcoded-credential
