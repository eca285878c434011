# Copy of what a developer keeps beside settings.py; production never ships it.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "forum",
        "USER": "forum",
        "PASSWORD": "forumdev1",  # tfl-eval-not: hardcoded-credential
        "HOST": "localhost",
    }
}
