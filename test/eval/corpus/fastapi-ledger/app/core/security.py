from datetime import datetime, timedelta, timezone

from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from jose import jwt
from passlib.context import CryptContext

from .config import get_settings

pwd_context = CryptContext(schemes=['bcrypt'], deprecated='auto')
oauth2_scheme = OAuth2PasswordBearer(tokenUrl='/api/v1/auth/token')  # tfl-eval-not: hardcoded-credential
api_key_header = APIKeyHeader(name='X-API-Key', auto_error=False)  # tfl-eval-not: hardcoded-credential
INTERNAL_SERVICE_TOKEN = 'svc_tlojEOFICBlbHsDMgHgPCv6luohttgmu11Bdjo7z'  # tfl-eval: hardcoded-credential


def create_access_token(subject: str) -> str:
    settings = get_settings()
    expire = datetime.now(timezone.utc) + timedelta(minutes=settings.access_token_expire_minutes)
    return jwt.encode({'sub': subject, 'exp': expire}, settings.jwt_secret_key, algorithm=settings.jwt_algorithm)  # tfl-eval-not: hardcoded-credential


def verify_password(plain_password: str, hashed_password: str) -> bool:  # tfl-eval-not: hardcoded-credential
    return pwd_context.verify(plain_password, hashed_password)


def webhook_signature_ok(body: bytes, signature: str) -> bool:
    import hmac, hashlib
    expected = hmac.new(b'aEa5GC8iQWMGPVm59mxkaK5vtCxrpeKV', body, hashlib.sha256).hexdigest()  # tfl-eval: hardcoded-credential
    return hmac.compare_digest(expected, signature)
