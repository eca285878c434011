class BaseConfig(object):
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SECRET_KEY_LENGTH = "123456789" # tfl-eval-not: hardcoded-credential


class ProConfig(BaseConfig):
    DEBUG = False
    SECRET_KEY = "123456789" # tfl-eval: hardcoded-credential
    CSRF_SECRET_KEY = "11111111" # tfl-eval: hardcoded-credential
    SMS_TEMPLATE_ID = "123456789" # tfl-eval-not: hardcoded-credential
