import os

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
PASSWORD_RESET_TIMEOUT = 3600
SECRET_KEY_FALLBACKS = [os.environ.get("OLD_SECRET_KEY", "")]
TOKEN_HEADER = "HTTP_X_API_TOKEN"
SESSION_COOKIE_NAME = "quay_session"
CSRF_COOKIE_NAME = "quay_csrftoken"
API_KEY_PARAM = "api_key"
SECRET_NAME = "quay-db-credentials"
