"""Mail Settings"""
from masonite.environment import env

FROM_EMAIL = env("MAIL_FROM", "no-reply@blog.example.com")

DRIVERS = {
    "default": env("MAIL_DRIVER", "terminal"),
    "smtp": {
        "host": env("MAIL_HOST", "smtp.postmarkapp.com"),
        "port": env("MAIL_PORT", "587"),
        "username": env("MAIL_USERNAME", ""),
        "password": env("MAIL_PASSWORD", ""),  # tfl-eval-not: hardcoded-credential
    },
    "mailgun": {
        "domain": env("MAILGUN_DOMAIN", "mg.blog.example.com"),
        "secret": env("MAILGUN_SECRET", "key-702bf671488c89d4cc21b5c759071620"),  # tfl-eval: hardcoded-credential
    },
}
