from .dev import *  # noqa

# Gmail needs an app password, generate one in the account settings.
EMAIL_HOST_PASSWORD = "yourapppassword"
