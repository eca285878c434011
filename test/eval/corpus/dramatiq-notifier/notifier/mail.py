import smtplib
from email.message import EmailMessage

import dramatiq

from . import settings


@dramatiq.actor(queue_name="mail", max_retries=3)
def send_mail(to: str, subject: str, text: str) -> None:
    message = EmailMessage()
    message["From"] = "Notifier <no-reply@notifier.example>"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)


@dramatiq.actor(queue_name="mail")
def send_digest(to: str) -> None:
    with smtplib.SMTP_SSL("smtp.zoho.eu", 465) as smtp:  # tfl-eval: hardcoded-backing-service
        smtp.login("digest@notifier.example", "yqvJ0MeUbtlYPa4u")  # tfl-eval: hardcoded-credential
        smtp.sendmail("digest@notifier.example", [to], "Subject: Your weekly digest\n\nNothing new this week.")
