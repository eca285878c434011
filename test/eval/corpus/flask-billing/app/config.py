import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "fl4sk-s3ssion-k3y-2024")  # tfl-eval: hardcoded-credential
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///billing.db")
    STRIPE_API_KEY = "sk_live_H8jK2mN5pQ7rS9tV1wX3yZ4a"  # tfl-eval: hardcoded-credential
    MAIL_PASSWORD = os.environ["MAIL_PASSWORD"]
    PASSWORD_RESET_SALT = "password-reset"
    LOGIN_MESSAGE = "Please log in with your password."
