from .base import *  # NOQA

DEBUG = True
INSTALLED_APPS += ['debug_toolbar']
INTERNAL_IPS = ['127.0.0.1']
