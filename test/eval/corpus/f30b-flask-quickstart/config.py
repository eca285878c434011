import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql://postgres:postgrespw@localhost:55000/postgres"  # tfl-eval-not: hardcoded-credential
    )
    MAIL_SERVER = "smtp.sendgrid.net"  # tfl-eval: hardcoded-backing-service
    MAIL_USERNAME = "apikey"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    SECRET_KEY = "2a7a23e4c29cf93e8d3a81e22aef3384b30256a16ecb80c35607c98046a8d89f"  # tfl-eval: hardcoded-credential
