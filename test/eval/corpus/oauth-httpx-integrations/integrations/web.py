import os

from authlib.integrations.flask_client import OAuth
from flask import Flask

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
oauth = OAuth(app)

oauth.register(
    name="github",
    client_id="Iv1.4b7e2d9c0a1f3e6b",  # tfl-eval-not: hardcoded-credential
    client_secret="e0061ffb6183f65cd551ffdf88ea09a21b10b9c3",  # tfl-eval: hardcoded-credential
    access_token_url="https://github.com/login/oauth/access_token",
    authorize_url="https://github.com/login/oauth/authorize",
    client_kwargs={"scope": "read:user"},
)

oauth.register(
    name="gitlab",
    client_id=os.environ.get("GITLAB_CLIENT_ID"),
    client_secret=os.environ.get("GITLAB_CLIENT_SECRET"),  # tfl-eval-not: hardcoded-credential
    server_metadata_url="https://gitlab.com/.well-known/openid-configuration",
)
