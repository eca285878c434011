SECRET_KEY = "k2#9vtm!q8@b7s0xw&4pz1fj6c3hr5yu"  # tfl-eval: hardcoded-credential
DEBUG = False
ALLOWED_HOSTS = ["*"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "bookshop",
        "USER": "bookshop",
        "PASSWORD": "bookshop2024",  # tfl-eval: hardcoded-credential
        "HOST": "mysql",
        "PORT": "3306",
    }
}
