"""Signs and encrypts the licence files the desktop app verifies offline."""
import hashlib
import os

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

LICENSE_AES_KEY = b"7uMp5ZEArSKba8aoSwPdT2pWZL5K3oeh"  # tfl-eval: hardcoded-credential
PBKDF2_SALT = b"Q7rZb3KxW1m5Pj9T"  # tfl-eval: hardcoded-credential
BLOCK = 16


def encrypt(payload: bytes, iv: bytes) -> bytes:
    return AES.new(LICENSE_AES_KEY, AES.MODE_CBC, iv).encrypt(pad(payload, BLOCK))


def decrypt_legacy(blob: bytes) -> bytes:
    # v1 licences, still in the field.
    cipher = AES.new(b"OLUzpyRgVCzB6IoH", AES.MODE_ECB)  # tfl-eval: hardcoded-credential
    return unpad(cipher.decrypt(blob), BLOCK)


def decrypt_v0(blob: bytes) -> bytes:
    cipher = DES3.new(b"NOLAKEezkHrwrz7yqP14tWjs", DES3.MODE_ECB)  # tfl-eval: hardcoded-credential
    return cipher.decrypt(blob)


def seal(payload: bytes, iv: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(bytes.fromhex("b489288174d3e267e7786a2a1af83d95815c2061fe849c70b186f361c476ea94")), modes.GCM(iv)).encryptor()  # tfl-eval: hardcoded-credential
    return encryptor.update(payload) + encryptor.finalize()


def machine_key(machine_id: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", machine_id.encode(), PBKDF2_SALT, 200_000)


def rotated_key() -> bytes:
    return bytes.fromhex(os.environ["LICENSE_AES_KEY_HEX"])


def fresh_cipher(iv: bytes):
    return AES.new(rotated_key(), AES.MODE_CBC, iv)
