from .base import *  # noqa

DEBUG = True
SECRET_KEY = "dev-only-insecure-key"
ALLOWED_HOSTS = ["*"]

# Mails land in the local maildev container.
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
