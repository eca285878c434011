import os

import boto3

from app.config import get_settings

# Credentials come from the instance role (or AWS_* variables locally); only the bucket is ours.
_s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"), endpoint_url=os.environ.get("S3_ENDPOINT_URL"))


def presigned_upload(key: str) -> str:
    return _s3.generate_presigned_url("put_object", Params={"Bucket": get_settings().upload_bucket, "Key": key}, ExpiresIn=900)
