import signal

import boto3
import dramatiq
import structlog
from django.conf import settings

from labs.samples.models import Sample

log = structlog.get_logger(__name__)
s3 = boto3.client("s3", region_name=settings.AWS_STORAGE_REGION)

# The instrument vendor's reference spectra; public data, mirrored once per process.
REFERENCE_SPECTRA_URL = "https://reference.spectra.example.org/v3/library.parquet"
_reference_cache = {}


@dramatiq.actor(max_retries=5, time_limit=15 * 60 * 1000)
def run_analysis(sample_id: int) -> None:
    sample = Sample.objects.get(id=sample_id)
    body = s3.get_object(Bucket=settings.SAMPLE_BUCKET, Key=sample.raw_data_key)["Body"].read()
    log.info("analysis.started", sample_id=sample_id, size=len(body))
    sample.status = Sample.Status.DONE
    sample.save(update_fields=["status"])


def install_signal_logging() -> None:
    def on_term(signum, frame):
        log.info("worker.sigterm", signum=signum)

    signal.signal(signal.SIGTERM, on_term)
