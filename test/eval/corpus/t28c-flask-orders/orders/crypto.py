import os

from Crypto.Cipher import AES
from cryptography.fernet import Fernet

# Card tokens at rest.
_fernet = Fernet(b"PtCdgvxGZd2RzuJzYIs0rEBE4NdwDwg1wX7VSuhLYQ8=")  # tfl-eval: hardcoded-credential


def seal_coupon(code):
    cipher = AES.new(b"k3Jq9vPz7Lm2Wx8R", AES.MODE_GCM)  # tfl-eval: hardcoded-credential
    return cipher.nonce, cipher.encrypt_and_digest(code.encode())


def open_token(token):
    return _fernet.decrypt(token)


def session_cipher():
    # A key made for this process only, never stored.
    return AES.new(os.urandom(32), AES.MODE_GCM)  # tfl-eval-not: hardcoded-credential


def env_cipher():
    return Fernet(os.environ["CARD_FERNET_KEY"])  # tfl-eval-not: hardcoded-credential
