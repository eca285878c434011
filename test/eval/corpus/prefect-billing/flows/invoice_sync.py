from datetime import timedelta

import stripe
from prefect import flow, task, get_run_logger
from prefect_aws import AwsCredentials, S3Bucket
from prefect_slack import SlackWebhook

stripe.api_key = "rk_live_NKC4pQOFH2zQebNUEWHsku5d"  # tfl-eval: hardcoded-credential

archive = S3Bucket(
    bucket_name="billing-archive",
    credentials=AwsCredentials(
        aws_access_key_id="AKIAWFTLTOC32RUPCPMT",  # tfl-eval: hardcoded-credential
        aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
        region_name="eu-central-1",
    ),
)

alerts = SlackWebhook(url="https://hooks.slack.com/services/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")  # tfl-eval: hardcoded-credential


@task(retries=3, retry_delay_seconds=30)
def fetch_invoices(since: int) -> list[dict]:
    return [inv.to_dict() for inv in stripe.Invoice.list(created={"gte": since}).auto_paging_iter()]


@task
def store(invoices: list[dict]) -> int:
    for inv in invoices:
        archive.write_path(f"invoices/{inv['id']}.json", str(inv).encode())
    return len(invoices)


@flow(name="invoice-sync", timeout_seconds=int(timedelta(hours=1).total_seconds()))
def invoice_sync(since: int):
    logger = get_run_logger()
    count = store(fetch_invoices(since))
    logger.info("archived %s invoices", count)
    alerts.notify(f"Invoice sync archived {count} invoices")
