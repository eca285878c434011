import os

import boto3

# Book covers live in the object store. MinIO in every environment, at the cluster's address.
s3 = boto3.client(
    "s3",
    endpoint_url="http://minio.reading.svc.cluster.local:9000",  # tfl-eval: hardcoded-backing-service
    aws_access_key_id=os.environ["S3_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["S3_SECRET_ACCESS_KEY"],  # tfl-eval-not: hardcoded-credential
)

# Exports go to real S3 in the region the deploy names.
exports = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"), endpoint_url=os.environ.get("EXPORTS_ENDPOINT"))  # tfl-eval-not: hardcoded-backing-service


def cover_url(isbn: str) -> str:
    return s3.generate_presigned_url("get_object", Params={"Bucket": "covers", "Key": f"{isbn}.jpg"}, ExpiresIn=3600)
