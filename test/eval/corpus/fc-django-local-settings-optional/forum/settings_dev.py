EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_HOST_PASSWORD = "mailpit-local"  # tfl-eval-not: hardcoded-credential
