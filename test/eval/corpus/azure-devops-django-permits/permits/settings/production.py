import dj_database_url

from .base import *  # noqa: F401,F403

DATABASES = {"default": dj_database_url.config(conn_max_age=600, ssl_require=True)}

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY", "")}  # noqa: F405

# Application Insights' connection string carries an instrumentation key, which Microsoft documents as not secret.
APPLICATIONINSIGHTS_CONNECTION_STRING = "InstrumentationKey=9b2d5f1e-6a3c-4d8e-b7f0-2c4e6a8b0d1f;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" # tfl-eval-not: hardcoded-credential

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
