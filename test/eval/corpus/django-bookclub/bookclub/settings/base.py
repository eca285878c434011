from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "clubs",
]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"  # tfl-eval-not: hardcoded-backing-service
EMAIL_PORT = 25
DEFAULT_FROM_EMAIL = "Book Club <hello@bookclub.example.org>"
SERVER_EMAIL = "errors@bookclub.example.org"  # tfl-eval-not: hardcoded-backing-service
