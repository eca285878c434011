from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),  # noqa: F405
    "SIGNING_KEY": "de6187769feaff88e30c2b673c48cd47d8983b652a251d6f",  # tfl-eval: hardcoded-credential
    "AUTH_HEADER_TYPES": ("Bearer",),
}
RECAPTCHA_PUBLIC_KEY = "6LcXk2QqAAAAAK4xQ9mZ2pL7vT1nR5wY8bC3dE6f"  # tfl-eval-not: hardcoded-credential
RECAPTCHA_PRIVATE_KEY = "6LcXk2QqAAAAAHoomgVNfYmSh35Xq8JEjCWyvRTQ"  # tfl-eval: hardcoded-credential
