import os

from flask_appbuilder.security.manager import AUTH_OAUTH

basedir = os.path.abspath(os.path.dirname(__file__))

SECRET_KEY = "a5bf572001745900f64085b79fe3cb4be02ce4dad86829fb"  # tfl-eval: hardcoded-credential
SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///" + os.path.join(basedir, "app.db"))
CSRF_ENABLED = True

AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Public"
OAUTH_PROVIDERS = [
    {
        "name": "google",
        "icon": "fa-google",
        "token_key": "access_token",  # tfl-eval-not: hardcoded-credential
        "remote_app": {
            "client_id": "418227645901-3k9d0f2s7q1m4h6v8b5n2c0x9z7l1p3e.apps.googleusercontent.com",  # tfl-eval-not: hardcoded-credential
            "client_secret": "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",  # tfl-eval: hardcoded-credential
            "api_base_url": "https://www.googleapis.com/oauth2/v2/",
            "client_kwargs": {"scope": "email profile"},
            "access_token_url": "https://oauth2.googleapis.com/token",  # tfl-eval-not: hardcoded-credential
            "authorize_url": "https://accounts.google.com/o/oauth2/auth",
        },
    }
]

AUTH_LDAP_SERVER = "ldaps://ldap.corp.example"
AUTH_LDAP_BIND_USER = "cn=fab-reader,ou=services,dc=corp,dc=example"
AUTH_LDAP_BIND_PASSWORD = "56v2nodWyNWWSeH"  # tfl-eval: hardcoded-credential
MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")  # tfl-eval-not: hardcoded-credential
APP_NAME = "Ops Admin"
