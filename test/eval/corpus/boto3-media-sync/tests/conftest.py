import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture(autouse=True)
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"  # tfl-eval-not: hardcoded-credential
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"  # tfl-eval-not: hardcoded-credential
    os.environ["AWS_SECURITY_TOKEN"] = "testing"  # tfl-eval-not: hardcoded-credential
    os.environ["AWS_SESSION_TOKEN"] = "testing"  # tfl-eval-not: hardcoded-credential
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="media-test")
        yield client
