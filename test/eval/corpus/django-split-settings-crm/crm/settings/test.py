from .base import *  # noqa
SECRET_KEY = "test-secret-key-not-for-production"  # tfl-eval-not: hardcoded-credential
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
