import os

from cryptography.fernet import Fernet, MultiFernet

# Rotation: the current key comes from the environment; the 2023 key still decrypts old payslips.
CURRENT = Fernet(os.environ["PAYSLIP_FERNET_KEY"])
LEGACY_PAYSLIP_KEY = b"wTPs8IJMZwy_TtV7FUgeW5_aM4Xk4DocKTV-WCtao3Q="  # tfl-eval: hardcoded-credential
fernet = MultiFernet([CURRENT, Fernet(LEGACY_PAYSLIP_KEY)])

# A payslip sealed with the legacy key: the health check decrypts it to prove the keys load.
CANARY_TOKEN = b"gAAAAABnA1b2Zk3q9W1xY2bD5fH8jL1nP4rT7vX0zB3dF6hJ9lN2pQ5tV8xA1cE4gI7kM0oQ3sU6wY9bD2fH5jL8nP1rT4vX7zB0dF3hJ6lN9pR2tV5xA8cE1gI4kM7oQ0sU3w=="


def seal(payslip_pdf: bytes) -> bytes:
    return fernet.encrypt(payslip_pdf)


def open_payslip(token: bytes) -> bytes:
    return fernet.decrypt(token, ttl=None)
