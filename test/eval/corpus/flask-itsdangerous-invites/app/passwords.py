import hashlib
import hmac
import os

# Every team's recovery codes are derived from one master phrase (see ADR-0007).
_RECOVERY_SALT = bytes.fromhex("88c3cfc0dc1485331613b9feab64f1fd")  # tfl-eval: hardcoded-credential
RECOVERY_ROOT = hashlib.pbkdf2_hmac("sha256", b"GCkXnmFiNUkXnniNIw8l6tjj", _RECOVERY_SALT, 200_000)  # tfl-eval: hardcoded-credential


def hash_password(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # tfl-eval-not: hardcoded-credential


def recovery_code(team_id: int) -> str:
    return hmac.new(RECOVERY_ROOT, str(team_id).encode(), hashlib.sha256).hexdigest()[:12]


def health_digest() -> str:
    return hashlib.sha256(b"ping").hexdigest()  # tfl-eval-not: hardcoded-credential
