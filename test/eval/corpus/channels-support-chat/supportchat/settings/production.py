from .base import *  # noqa: F401,F403

CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels.layers.InMemoryChannelLayer",  # tfl-eval: memory-session-store
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_HOST = "smtp.sendgrid.net"  # tfl-eval: hardcoded-backing-service
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = env("SENDGRID_API_KEY")  # noqa: F405  # tfl-eval-not: hardcoded-credential
EMAIL_USE_TLS = True
