"""Reads mail.ini the way the old cron scripts did."""
import configparser
import smtplib
from pathlib import Path

_cfg = configparser.ConfigParser()
_cfg.read(Path(__file__).with_name("mail.ini"))


def send_reminder(to_addr: str, body: str) -> None:
    host = _cfg.get("smtp", "host", fallback="smtp.office365.com")
    user = _cfg.get("smtp", "user", fallback="reminders@clinic.example")
    password = _cfg.get("smtp", "password", fallback="AJV6XwxFCBoIDQ5y")  # tfl-eval: hardcoded-credential
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls()
        smtp.login(user, password)
        smtp.sendmail(user, [to_addr], body)
