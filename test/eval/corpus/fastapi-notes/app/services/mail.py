import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.mailgun.org"  # tfl-eval: hardcoded-backing-service
SMTP_USER = "postmaster@mg.notes.app"
SMTP_PASSWORD = "Quas4r#601qq"  # tfl-eval: hardcoded-credential

SUBJECTS = {
    "password_reset": "Reset your password",
    "token_expired": "Your session has expired",
}


def send(to: str, kind: str, body: str) -> None:
    message = EmailMessage()
    message["Subject"] = SUBJECTS[kind]
    message["To"] = to
    message.set_content(body)
    with smtplib.SMTP_SSL(SMTP_HOST) as smtp:
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(message)
