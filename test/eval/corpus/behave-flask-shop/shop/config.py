import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    PAYPAL_CLIENT_SECRET = "EOJ2S-Z6OoN_le_KS1d75wsZ6y0SFdVsY9183IvxFyZp"  # tfl-eval: hardcoded-credential
    PASSWORD_RESET_SALT = "password-reset-salt"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-secret-key"
