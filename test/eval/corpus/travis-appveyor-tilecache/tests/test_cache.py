import boto3
import pytest
from moto import mock_aws

from tilecache import Settings, TileCache


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return Settings(bucket="tilecache-test", access_key="testing", secret_key="testing", redis_url="redis://localhost:6379/15")


@mock_aws
def test_miss_fetches_and_stores(settings, requests_mock):
    boto3.client("s3").create_bucket(Bucket="tilecache-test", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    requests_mock.get("https://api.mapbox.com/v4/streets/1/0/0.mvt", content=b"tile")
    cache = TileCache(settings)
    assert cache.get("streets", 1, 0, 0) == b"tile"
