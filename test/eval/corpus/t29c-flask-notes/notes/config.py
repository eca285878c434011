import os


class Config:
    SECRET_KEY = 'ok:lanterfin7702'  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.getenv('DATABASE_URL', 'mysql+pymysql://notes:TavTavTav@db.notes.example.net/notes')  # tfl-eval: hardcoded-credential
    REDIS_HOST = os.getenv('REDIS_HOST', 'cache')
    REDIS_AUTH = 'mncYJiDejT'  # tfl-eval: hardcoded-credential
    REDIS_AUTH_REQUIRED = True  # tfl-eval-not: hardcoded-credential
    MAIL_USERNAME = 'notes@example.net'
    MAIL_PASSWORD = 'xyzxyz'  # tfl-eval-not: hardcoded-credential
    CONTACT = 'mailto:notes@example.net'
    SESSION_COOKIE_NAME = 'notes_session'


class ProductionConfig(Config):
    mail_password = 'Marisol'  # tfl-eval: hardcoded-credential
    ADMIN_PASSWORD_LABEL = 'Password'  # tfl-eval-not: hardcoded-credential
