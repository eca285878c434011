from .base import *  # noqa

DEBUG = True
# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "django-insecure-3k@1#w9!x0c$z2^v8n&m5b7q4r6t*y(u)i-o+p=a_s"  # tfl-eval: hardcoded-credential
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
