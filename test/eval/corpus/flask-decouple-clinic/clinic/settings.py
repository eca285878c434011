"""Settings read with python-decouple: .env in development, the environment in production."""
from decouple import Csv, config

DEBUG = config("DEBUG", default=False, cast=bool)
ALLOWED_HOSTS = config("ALLOWED_HOSTS", default="localhost,127.0.0.1", cast=Csv())

SECRET_KEY = config("SECRET_KEY", default="BXAKOblFeG0WIaoLQOFmWzejbjVCLhb89ZSxthQhsEHpdJjjdX")  # tfl-eval: hardcoded-credential

SQLALCHEMY_DATABASE_URI = config(
    "DATABASE_URL",
    default="postgresql://clinic:KDObsBwG5ixSoPwWdq@clinic-db.staging.internal:5432/clinic",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
)

MAIL_SERVER = config("MAIL_SERVER", default="smtp.sendgrid.net") # tfl-eval: hardcoded-backing-service
MAIL_USERNAME = config("MAIL_USERNAME", default="apikey")
MAIL_PASSWORD = config("MAIL_PASSWORD")  # tfl-eval-not: hardcoded-credential
SENDGRID_API_KEY = config("SENDGRID_API_KEY", default="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")  # tfl-eval: hardcoded-credential

STRIPE_SECRET_KEY = config("STRIPE_SECRET_KEY", default="")  # tfl-eval-not: hardcoded-credential
STRIPE_PUBLISHABLE_KEY = config("STRIPE_PUBLISHABLE_KEY", default="pk_test_91bQg9Z4eQmxP7wJ4ZI1UdMG")  # tfl-eval-not: hardcoded-credential
TWILIO_AUTH_TOKEN = config("TWILIO_AUTH_TOKEN", default="your-twilio-auth-token")  # tfl-eval-not: hardcoded-credential
