import datetime

import luigi
from luigi.contrib.postgres import CopyToTable
from luigi.contrib.s3 import S3Target, S3Client

S3 = S3Client(
    aws_access_key_id="AKIAVAOPL76U63BJ5B6W",  # tfl-eval: hardcoded-credential
    aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
)


class ExtractOrders(luigi.Task):
    date = luigi.DateParameter(default=datetime.date.today())

    def output(self):
        return S3Target(f"s3://acme-lake/orders/{self.date:%Y/%m/%d}.jsonl", client=S3)

    def run(self):
        from .shopify import fetch_orders

        with self.output().open("w") as out:
            for order in fetch_orders(self.date):
                out.write(order.json() + "\n")


class LoadOrders(CopyToTable):
    date = luigi.DateParameter(default=datetime.date.today())
    host = luigi.configuration.get_config().get("postgres", "host")
    database = "analytics"
    user = "luigi_loader"
    password = luigi.configuration.get_config().get("postgres", "password")  # tfl-eval-not: hardcoded-credential
    table = "raw_orders"
    columns = [("id", "BIGINT"), ("payload", "JSONB")]

    def requires(self):
        return ExtractOrders(self.date)
