from .base import *  # noqa

SECRET_KEY = "1Dy4uMK9eZxXLRL08Mnqgu4Gc_kY5y45"  # tfl-eval: hardcoded-credential
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
