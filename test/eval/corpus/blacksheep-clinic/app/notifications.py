import smtplib
from email.message import EmailMessage

from app.settings import settings


def send_reminder(to: str, when: str) -> None:
    message = EmailMessage()
    message["From"] = settings.reminder_sender
    message["To"] = to
    message["Subject"] = "Your appointment"
    message.set_content(f"See you on {when}.")
    with smtplib.SMTP("relay.northside-clinic.internal", 587) as smtp:  # tfl-eval: hardcoded-backing-service
        smtp.starttls()
        smtp.send_message(message)
