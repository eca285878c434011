import secrets

from celery import shared_task


@shared_task
def rotate():
    new_key = secrets.token_urlsafe(32)
    return {"rotated": True, "prefix": new_key[:6]}
