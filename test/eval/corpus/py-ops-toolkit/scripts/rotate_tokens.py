import os

from cryptography.fernet import Fernet
from slack_sdk import WebClient

FERNET_KEY = b"KT3ziMXpTP2gIUF8g78XV8x6EvDJzxWjZgHYHXq_UDI="  # tfl-eval: hardcoded-credential
cipher = Fernet(FERNET_KEY)

slack = WebClient(token="xoxb-476754499594-168940414398-7ugGUsapDi8YVi1lSb4cWm7g")  # tfl-eval: hardcoded-credential

ENCRYPTION_KEY_ENV = "TOKEN_ENCRYPTION_KEY"  # tfl-eval-not: hardcoded-credential
local_cipher = Fernet(os.environ[ENCRYPTION_KEY_ENV])  # tfl-eval-not: hardcoded-credential


def seal(token: str) -> bytes:
    return cipher.encrypt(token.encode())


def announce(channel: str, count: int) -> None:
    slack.chat_postMessage(channel=channel, text=f"Rotated {count} tokens")
