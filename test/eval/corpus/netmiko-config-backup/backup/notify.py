import smtplib
from email.message import EmailMessage

from backup.settings import SMTP_HOST


def send_report(failed: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"netbackup: {len(failed)} device(s) failed"
    msg["From"] = "netbackup@corp.example"
    msg["To"] = "noc@corp.example"
    msg.set_content("\n".join(failed) or "All devices backed up.")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login("netbackup@corp.example", "5FygmiNvRnp88EoR")  # tfl-eval: hardcoded-credential
        smtp.send_message(msg)
