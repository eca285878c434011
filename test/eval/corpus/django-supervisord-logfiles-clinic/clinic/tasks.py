from celery import shared_task


@shared_task
def send_reminders():
    return 0
