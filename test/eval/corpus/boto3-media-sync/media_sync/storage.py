"""S3 and CloudFront access for the media sync worker."""
import os

import boto3
from botocore.config import Config

RETRY_CONFIG = Config(retries={"max_attempts": 5, "mode": "adaptive"}, region_name="eu-west-1")

# Read-only key of the legacy bucket owner account (pre-SSO); rotate with the bucket migration.
LEGACY_ACCESS_KEY_ID = "AKIAYPIYRXT7VJKWV55U"  # tfl-eval: hardcoded-credential
LEGACY_SECRET_ACCESS_KEY = "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"  # tfl-eval: hardcoded-credential


def s3_client():
    # The worker runs with an instance role: no keys here.
    return boto3.client("s3", config=RETRY_CONFIG)


def legacy_s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id=LEGACY_ACCESS_KEY_ID,
        aws_secret_access_key=LEGACY_SECRET_ACCESS_KEY,
        config=RETRY_CONFIG,
    )


def archive_session():
    return boto3.session.Session(
        aws_access_key_id="AKIA6IG6QIVKETG52GMV",  # tfl-eval: hardcoded-credential
        aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
        region_name="us-east-1",
    )


def cloudfront_signer_key_id() -> str:
    # A CloudFront public key id, not a secret: it names the key pair whose private half is in Secrets Manager.
    return os.environ.get("CF_KEY_PAIR_ID", "K2JCJMDEHXQW5F")  # tfl-eval-not: hardcoded-credential
