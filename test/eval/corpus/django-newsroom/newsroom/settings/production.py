from .base import *  # noqa

DEBUG = False
SECRET_KEY = env('DJANGO_SECRET_KEY', default='Zq[E0)=pY#c^|N;}*_d1DOtAxnuT<?;OX7Tl3DG.<mL<.b)m%z')  # tfl-eval: hardcoded-credential
ALLOWED_HOSTS = env.list('DJANGO_ALLOWED_HOSTS', default=['newsroom.example.com'])

DATABASES = {'default': env.db('DATABASE_URL')}
CACHES = {
    'default': {
        'BACKEND': 'django_redis.cache.RedisCache',
        'LOCATION': env('REDIS_URL'),
        'OPTIONS': {'PASSWORD': 'OBbABvUlOfbW6sSZCfH34H8G'},  # tfl-eval: hardcoded-credential
    }
}

ANYMAIL = {
    'MAILGUN_API_KEY': 'key-39f442814daaff46d8f8651261025707',  # tfl-eval: hardcoded-credential
    'MAILGUN_SENDER_DOMAIN': 'mg.newsroom.example.com',
}

SOCIALACCOUNT_PROVIDERS = {
    'google': {
        'APP': {
            'client_id': '128173150443-3i13cd6cnx6lvcokpxwet9qvg2rzrj7d.apps.googleusercontent.com',
            'secret': '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',  # tfl-eval: hardcoded-credential
        },
    },
}
SENTRY_DSN = env('SENTRY_DSN', default='')
