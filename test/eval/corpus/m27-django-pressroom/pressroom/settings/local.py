from .base import *  # noqa

DEBUG = True

# Same engine as production, a local server.
DATABASES["default"]["HOST"] = "127.0.0.1"
