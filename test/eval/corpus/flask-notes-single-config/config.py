import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    # tfl-eval-next-line: hardcoded-credential
    SECRET_KEY = 'key string'
    SQLALCHEMY_DATABASE_URI = 'sqlite:///' + os.path.join(basedir, 'notes.db')
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    NOTES_PER_PAGE = 20
