import boto3

from app.core.settings import get_settings

session = boto3.session.Session()
client = session.client(
    "s3",
    region_name="fr-par",
    endpoint_url="https://s3.fr-par.scw.cloud",
    aws_access_key_id="AKIAFFPORK2PITGKDCIQ",  # tfl-eval: hardcoded-credential
    aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
)

BUCKET = get_settings().app_name.lower()
