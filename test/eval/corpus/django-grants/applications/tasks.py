import logging

from celery import shared_task
from django.core.mail import send_mail

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3)
def notify_reviewers(self, application_id: str) -> None:
    logger.info("notifying reviewers of %s", application_id)
    send_mail("New application", f"Application {application_id} is ready for review.", None, ["reviewers@grants.example.org"])
