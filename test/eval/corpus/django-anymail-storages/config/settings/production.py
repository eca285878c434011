from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["news.example.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "newsletter",
        "USER": "newsletter_app",
        "PASSWORD": "4nPw5J%sYGjL1Q",  # tfl-eval: hardcoded-credential
        "HOST": env("DB_HOST", default="newsletter.cluster-abc123.eu-west-1.rds.amazonaws.com"),
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "3547077ed6f2b86a381a3d9094dea4e2-3fcba70d-9abffd0c",  # tfl-eval: hardcoded-credential
    "MAILGUN_SENDER_DOMAIN": "mg.example.org",  # tfl-eval-not: hardcoded-credential
    "MAILGUN_WEBHOOK_SIGNING_KEY": "8354a88d907cff4dff312ab17695e6e5-2eb03318-52b332e6",  # tfl-eval: hardcoded-credential
    "POSTMARK_SERVER_TOKEN": "1710fc7c-da74-4dda-ad0c-85bfb9a0bc15",  # tfl-eval: hardcoded-credential
    "WEBHOOK_SECRET": "mailgun:mAGNoqTZjDA47h1oKILqoy6b",  # tfl-eval: hardcoded-credential
}

STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "news-media-prod",
            "access_key": "AKIAP7TI6UIF4GOX3DJN",  # tfl-eval: hardcoded-credential
            "secret_key": "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",  # tfl-eval: hardcoded-credential
            "region_name": "eu-west-1",
        },
    },
    "staticfiles": {"BACKEND": "storages.backends.s3.S3ManifestStaticStorage"},
}

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "382433083240-pxqgvja6gpmqosdne0i8ubaproqv9nwb.apps.googleusercontent.com"  # tfl-eval-not: hardcoded-credential
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"  # tfl-eval: hardcoded-credential

import sentry_sdk  # noqa: E402

sentry_sdk.init(dsn="https://b8d4ea4603790afdbe9af87a647ddb59@o450123.ingest.sentry.io/5512345", traces_sample_rate=0.1)
