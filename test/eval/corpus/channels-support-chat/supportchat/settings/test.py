from .base import *  # noqa: F401,F403

SECRET_KEY = "test-secret-key"  # tfl-eval-not: hardcoded-credential
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}  # tfl-eval-not: memory-session-store
