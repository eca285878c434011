from .base import *  # noqa

DEBUG = True
SECRET_KEY = 'dev-only-secret-key'  # tfl-eval-not: hardcoded-credential
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'newsroom',
        'USER': 'postgres',
        'PASSWORD': 'postgres',  # tfl-eval-not: hardcoded-credential
        'HOST': 'localhost',
    }
}
EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'
