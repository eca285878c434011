from argon2 import PasswordHasher
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")
ph = PasswordHasher()


def hash_password(plain: str) -> str:
    return pwd_context.hash(plain)  # tfl-eval-not: hardcoded-credential


def verify_password(plain: str, hashed: str) -> bool:
    return pwd_context.verify(plain, hashed)


def hash_pin(pin: str) -> str:
    return ph.hash(pin)  # tfl-eval-not: hardcoded-credential
