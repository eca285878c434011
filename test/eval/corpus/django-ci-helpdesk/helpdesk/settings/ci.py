from .base import *  # noqa: F401,F403

SECRET_KEY = "ci-only-django-secret"  # tfl-eval-not: hardcoded-credential
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "helpdesk_ci",
        "USER": "postgres",
        "PASSWORD": "postgres",
        "HOST": "localhost",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
