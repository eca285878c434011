import os
import smtplib
from email.message import EmailMessage

SMTP_SERVER = os.getenv("SMTP_SERVER")
MAIL_FROM = "inventory@example.com"


def send_low_stock(sku, to):
    msg = EmailMessage()
    msg["Subject"] = f"Low stock: {sku}"
    msg["From"] = MAIL_FROM
    msg["To"] = to
    msg.set_content(f"{sku} is running low.")
    with smtplib.SMTP(SMTP_SERVER, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
