import datetime

import luigi
from moto import mock_aws

from pipeline import tasks


@mock_aws
def test_extract_output_path():
    client = luigi.contrib.s3.S3Client(aws_access_key_id="testing", aws_secret_access_key="testing")  # tfl-eval-not: hardcoded-credential
    task = tasks.ExtractOrders(date=datetime.date(2024, 3, 1))
    assert task.output().path == "s3://acme-lake/orders/2024/03/01.jsonl"
    assert client
