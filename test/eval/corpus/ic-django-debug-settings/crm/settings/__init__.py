import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

DEBUG = env('DEBUG')

if DEBUG:
    from crm.settings.development import *  # noqa
else:
    from crm.settings.production import *  # noqa
