import boto3
from moto import mock_aws


@mock_aws
def test_archive_bucket(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    boto3.client("s3", region_name="eu-west-1").create_bucket(
        Bucket="acme-dp-archive", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
    )
