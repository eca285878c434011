from crm.settings.base import *  # noqa

ALLOWED_HOSTS = ['*']
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',  # tfl-eval: dev-prod-divergence
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}
