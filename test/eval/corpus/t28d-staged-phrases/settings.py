import os

SECRET_KEY = 'live.kampungbaru12mei2018'  # tfl-eval: hardcoded-credential
LANGUAGE_CODE = 'id'
LOGIN_REDIRECT = 'accounts.profile'  # tfl-eval-not: hardcoded-credential
DATABASE_PASSWORD = os.environ['DATABASE_PASSWORD']
