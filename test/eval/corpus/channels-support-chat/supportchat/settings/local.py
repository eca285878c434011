from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-local-only-6c1f0e2b"  # tfl-eval-not: hardcoded-credential
CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}  # tfl-eval-not: memory-session-store
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
