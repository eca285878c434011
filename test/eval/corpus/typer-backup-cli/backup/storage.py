from pathlib import Path

import boto3
from botocore.config import Config

BUCKET = "shop-backups-eu"

_s3 = boto3.client(
    "s3",
    endpoint_url="https://s3.eu-central-003.backblazeb2.com",
    aws_access_key_id="0033c4f3372476ccf6917806e",  # tfl-eval-not: hardcoded-credential
    aws_secret_access_key="K003OOjAOdvpDsc15Byt2C6ssfymxb4",  # tfl-eval: hardcoded-credential
    config=Config(signature_version="s3v4", retries={"max_attempts": 5}),
)


def upload(path: Path) -> None:
    _s3.upload_file(str(path), BUCKET, path.name)


def download(name: str) -> Path:
    target = Path("/tmp") / name
    _s3.download_file(BUCKET, name, str(target))
    return target


def prune(keep: int) -> None:
    objects = sorted(_s3.list_objects_v2(Bucket=BUCKET).get("Contents", []), key=lambda o: o["LastModified"])
    for stale in objects[:-keep * 2]:
        _s3.delete_object(Bucket=BUCKET, Key=stale["Key"])
