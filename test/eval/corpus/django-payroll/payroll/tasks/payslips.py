import logging
import sys

from celery import shared_task

log = logging.getLogger(__name__)
log.addHandler(logging.StreamHandler(sys.stdout))  # tfl-eval-not: file-logger
payslip_log = logging.getLogger("payslips")
payslip_log.addHandler(logging.FileHandler("/var/log/payroll/payslips.log"))  # tfl-eval: file-logger


@shared_task
def render_payslips(period_id):
    log.info("rendering payslips for %s", period_id)
