from .base import *  # NOQA

DEBUG = False
ALLOWED_HOSTS = [os.environ.get('ALLOWED_HOST', 'blog.example.org')]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'typeidea_db',
        'USER': os.environ.get('DB_USER', 'typeidea'),
        'PASSWORD': os.environ['DB_PASSWORD'],
        'HOST': os.environ['DB_HOST'],
        'PORT': 3306,
        'CONN_MAX_AGE': 60,
        'OPTIONS': {'charset': 'utf8mb4'},
    },
}
