import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.getenv('SECRET_KEY', 'OPElqWTZJZyRY8qe63aEcRdog9xVufil23Xchnl1')  # tfl-eval: hardcoded-credential
    DEBUG = False
    BCRYPT_LOG_ROUNDS = 13
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    RESTX_MASK_SWAGGER = False
    AUTHORIZATIONS = {'apikey': {'type': 'apiKey', 'in': 'header', 'name': 'X-API-KEY'}}  # tfl-eval-not: hardcoded-credential


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = 'sqlite:///' + os.path.join(basedir, 'bank_dev.db')


class TestingConfig(Config):
    DEBUG = True
    TESTING = True
    SQLALCHEMY_DATABASE_URI = 'sqlite:///' + os.path.join(basedir, 'bank_test.db')
    PRESERVE_CONTEXT_ON_EXCEPTION = False


class ProductionConfig(Config):
    DEBUG = False
    SQLALCHEMY_DATABASE_URI = 'postgresql://bank:aT9keVWB6GiW3x28Z54C@bank-db.internal/bank'  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    PLAID_SECRET = '21de7637237c52fc4295d74052b552'  # tfl-eval: hardcoded-credential
    PLAID_CLIENT_ID = '9ff6a31bc7f259c90434ba7c'


config_by_name = dict(dev=DevelopmentConfig, test=TestingConfig, prod=ProductionConfig)
key = Config.SECRET_KEY
