import os

ALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', '*').split(' ')

DATABASE = {
    'NAME': os.environ.get('DB_NAME', 'ipam'),
    'USER': os.environ.get('DB_USER', ''),
    'PASSWORD': os.environ['DB_PASSWORD'],
    'HOST': os.environ.get('DB_HOST', 'localhost'),
    'PORT': os.environ.get('DB_PORT', ''),
}

SECRET_KEY = os.environ['SECRET_KEY']
