from authlib.integrations.starlette_client import OAuth
from starlette.config import Config

config = Config(".env")
oauth = OAuth(config)

oauth.register(
    name="google",
    client_id="952449118992-npqgvrd7mck235oaxhlp4iki4dkjjgjm.apps.googleusercontent.com",
    client_secret="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",  # tfl-eval: hardcoded-credential
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile"},
)

oauth.register(
    name="gitlab",
    client_id=config("GITLAB_CLIENT_ID"),
    client_secret=config("GITLAB_CLIENT_SECRET"),  # tfl-eval-not: hardcoded-credential
    api_base_url="https://gitlab.com/api/v4/",
)
