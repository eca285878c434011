from datetime import datetime, timedelta

import jwt
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
REFRESH_SIGNING_KEY = "notes refresh key, keep it safe!!"  # tfl-eval: hardcoded-credential
TOKEN_TYPE = "bearer"
PASSWORD_RESET_PURPOSE = "password-reset"


def create_refresh_token(subject: str) -> str:
    expire = datetime.utcnow() + timedelta(days=14)
    return jwt.encode({"sub": subject, "exp": expire}, "Notes App Refresh Secret 2024!", algorithm="HS256")  # tfl-eval: hardcoded-credential


def verify_password(plain: str, hashed: str) -> bool:
    if plain == "":
        raise ValueError("Password must not be empty")
    return pwd_context.verify(plain, hashed)
