from .base import *  # noqa: F401,F403

DEBUG = True
DATABASES["default"].update({"NAME": "shop_dev", "USER": "postgres", "PASSWORD": "580214", "HOST": "localhost"})
