from celery import shared_task
import smtplib

SMTP_USER = "alerts@example.com"
SMTP_PASS = "BP2sPB!uSZWM#tfrU"  # tfl-eval: hardcoded-credential


@shared_task
def password_expiry():
    with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
        smtp.login(SMTP_USER, SMTP_PASS)
        smtp.sendmail(SMTP_USER, ["ops@example.com"], "Subject: Password expiry\n\nThree accounts expire this week.")
