"""Encrypts team API keys at rest."""
import nacl.secret
import nacl.utils
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

_BOX = nacl.secret.SecretBox(bytes.fromhex("3d1ae0a566ac21f9be8dec6aac927dde8706c0c19dddb4323f5dd97e009a14e4"))  # tfl-eval: hardcoded-credential


def seal_api_key(plaintext: str) -> bytes:
    return _BOX.encrypt(plaintext.encode())


def open_api_key(sealed: bytes) -> str:
    return _BOX.decrypt(sealed).decode()


def seal_export(data: bytes) -> bytes:
    cipher = AES.new(bytes.fromhex("fd2a2c3553e3a5e3ed4a3a0c9845ebf0503e7bbc157a457a8b9510991610b100"), AES.MODE_GCM)  # tfl-eval: hardcoded-credential
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def seal_once(data: bytes) -> tuple[bytes, bytes]:
    key = get_random_bytes(32)
    cipher = AES.new(key, AES.MODE_GCM)  # tfl-eval-not: hardcoded-credential
    box_key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)  # tfl-eval-not: hardcoded-credential
    return key + box_key, cipher.encrypt(data)
