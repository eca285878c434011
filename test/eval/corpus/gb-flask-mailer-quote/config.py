import os
import base64
from urllib.parse import quote, quote_plus


class Config(object):
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = 'smtp.qq.com'  # tfl-eval: hardcoded-backing-service
    MAIL_PORT = 465
    MAIL_USE_SSL = True
    MAIL_USERNAME = 'noreply@mailer.example.com'
    MAIL_PASSWORD = '%s' % quote('vXGFMT33t1ZayFyP')  # tfl-eval: hardcoded-credential
    REDIS_PASSWORD = quote_plus('aqtqMPOhinGZzKkX')  # tfl-eval: hardcoded-credential
    API_TOKEN = base64.b64encode(b'RbNDAjcSmRzcW1J3').decode()  # tfl-eval: hardcoded-credential
    SEARCH_PATH = quote('/search/all posts')  # tfl-eval-not: hardcoded-credential
    ADMIN_PASSWORD = quote(os.environ.get('ADMIN_PASSWORD', ''))  # tfl-eval-not: hardcoded-credential


class ProductionConfig(Config):
    MAIL_PASSWORD = quote(os.environ['MAIL_PASSWORD'])  # tfl-eval-not: hardcoded-credential
    GREETING = '%s' % quote('welcome back')  # tfl-eval-not: hardcoded-credential
