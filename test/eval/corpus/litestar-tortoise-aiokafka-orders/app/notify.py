"""Receipts by mail, partner callbacks by HTTP."""
import os
from email.message import EmailMessage

import aiosmtplib
import httpx

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_USER = os.environ.get("SMTP_USER", "")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")  # tfl-eval-not: hardcoded-credential

PASSWORD_RESET_SUBJECT = "Your password was changed"  # tfl-eval-not: hardcoded-credential


async def send_receipt(to: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = "orders@shop.example"
    message["To"] = to
    message["Subject"] = "Your receipt"
    message.set_content(body)
    await aiosmtplib.send(
        message,
        hostname=SMTP_HOST,
        port=587,
        start_tls=True,
        username=SMTP_USER,
        password=SMTP_PASSWORD,  # tfl-eval-not: hardcoded-credential
    )


async def send_alert(body: str) -> None:
    message = EmailMessage()
    message["Subject"] = "Order pipeline alert"
    message.set_content(body)
    await aiosmtplib.send(
        message,
        hostname="smtp.mailgun.org", # tfl-eval: hardcoded-backing-service
        port=587,
        username="postmaster@mg.shop.example",
        password="777vhpsHhjMX5mIpoXaP",  # tfl-eval: hardcoded-credential
    )


def warehouse_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url="https://api.warehouse-partner.example/v2",
        auth=httpx.BasicAuth("shop-orders", "Z7BuiE5T6oJMEVxHcS0E"),  # tfl-eval: hardcoded-credential
        timeout=10,
    )


def courier_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        auth=httpx.DigestAuth(os.environ["COURIER_USER"], os.environ["COURIER_PASSWORD"]),  # tfl-eval-not: hardcoded-credential
    )
