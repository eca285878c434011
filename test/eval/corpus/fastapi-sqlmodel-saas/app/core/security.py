from datetime import datetime, timedelta, timezone

import jwt
from cryptography.fernet import Fernet
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

# Encrypts customer API credentials at rest.
fernet = Fernet(b"MfVV7ATRoclMntIcJsfcGpEsC2iolw1fiYPtbp12gwQ=")  # tfl-eval: hardcoded-credential


def create_access_token(subject: str) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"exp": expire, "sub": subject}, "ac44d3251fbb8cf4be69189039d276c3141d267203773740", algorithm=ALGORITHM)  # tfl-eval: hardcoded-credential


def verify_password(plain_password: str, hashed_password: str) -> bool:
    return pwd_context.verify(plain_password, hashed_password)
