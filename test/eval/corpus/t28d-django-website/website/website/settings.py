from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'django-insecure-w7z1HmPqYmEHHIWTr6gyHUUAflXccNT+9k#q2v'  # tfl-eval: hardcoded-credential

DEBUG = False
ALLOWED_HOSTS = ['portfolio.example.org']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portfolio',
        'USER': 'portfolio',
        'PASSWORD': 'Kettle-Orchard-58',  # tfl-eval: hardcoded-credential
        'HOST': 'portfolio-db.c7h2kq.eu-central-1.rds.amazonaws.com',  # tfl-eval: hardcoded-backing-service
        'PORT': '5432',
    }
}

EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = 'smtp.gmail.com'  # tfl-eval: hardcoded-backing-service
EMAIL_HOST_USER = 'portfolio.contact@gmail.com'
EMAIL_HOST_PASSWORD = 'Velvet-Harbor-31'  # tfl-eval: hardcoded-credential
PASSWORD_RESET_TIMEOUT = 3600  # tfl-eval-not: hardcoded-credential
