import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = SIGNING_SALT = 'k3wQ7OTvBWnn5raB7gbfe92789a554e9' # tfl-eval: hardcoded-credential

DEBUG = os.environ.get('DEBUG', 'false') == 'true'
ALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')

DB_USER, DB_PASSWORD = 'kiosk', 'HDZQdPD1edipNYK7' # tfl-eval: hardcoded-credential
DB_NAME, DB_HOST = 'kiosk', 'localhost' # tfl-eval-not: hardcoded-credential

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': DB_NAME,
        'USER': DB_USER,
        'PASSWORD': DB_PASSWORD,
        'HOST': DB_HOST,
        'OPTIONS': {'unix_socket': '/var/run/mysqld/mysqld.sock'},
    }
}

JWT_SIGNING_KEY = os.environ.get('JWT_SIGNING_KEY') or 'a_secret_key_for_kiosk_tokens' # tfl-eval: hardcoded-credential
WEBHOOK_SECRET = os.getenv('WEBHOOK_SECRET', default='ygTyVg56lvK0ZtnV488db3a3') # tfl-eval: hardcoded-credential
CACHE_URL = os.getenv('CACHE_URL', default='redis://localhost:6379/1') # tfl-eval-not: hardcoded-credential
STRIPE_KEY = os.environ.get('STRIPE_KEY') # tfl-eval-not: hardcoded-credential
SENTRY_DSN = os.environ.get('SENTRY_DSN') or '' # tfl-eval-not: hardcoded-credential

SIMPLE_JWT = {
    'ALGORITHM': 'HS256',
    'SIGNING_KEY': 'change me', # tfl-eval: hardcoded-credential
    'AUTH_HEADER_TYPES': ('Bearer',), # tfl-eval-not: hardcoded-credential
}

KIOSK = {
    'ADMIN_PIN': '58203', # tfl-eval: hardcoded-credential
    'PIN_LENGTH': 6, # tfl-eval-not: hardcoded-credential
    'MAX_PIN_ATTEMPTS': 3, # tfl-eval-not: hardcoded-credential
    'PINNED': True,
    'VERSION': '2.4.1',
}
OTP_SECRET = '48213907' # tfl-eval: hardcoded-credential
PASSCODE_LABEL = 'Enter passcode' # tfl-eval-not: hardcoded-credential
