import os
import smtplib
from email.message import EmailMessage

from celery import Celery

celery = Celery("recipes", broker=os.environ.get("CELERY_BROKER_URL"))  # tfl-eval-not: hardcoded-backing-service


@celery.task
def send_digest(address, titles):
    message = EmailMessage()
    message["Subject"] = "This week's recipes"
    message["From"] = "digest@recipes.app"
    message["To"] = address
    message.set_content("\n".join(titles))
    with smtplib.SMTP("smtp.sendgrid.net", 587) as smtp:  # tfl-eval: hardcoded-backing-service
        smtp.starttls()
        smtp.login("apikey", os.environ["SENDGRID_API_KEY"])
        smtp.send_message(message)
