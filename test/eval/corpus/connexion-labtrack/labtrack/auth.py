import time

import jwt
from connexion.exceptions import OAuthProblem

from labtrack.settings import get_settings

TOKEN_PREFIX = "Bearer"  # tfl-eval-not: hardcoded-credential
ERR_EXPIRED_TOKEN = "token expired"  # tfl-eval-not: hardcoded-credential
ERR_INVALID_SECRET = "invalid client secret"  # tfl-eval-not: hardcoded-credential


def decode_token(token: str) -> dict:
    """Connexion's bearerInfoFunc for the `jwt` security scheme."""
    settings = get_settings()
    try:
        return jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            audience=settings.jwt_audience,
        )
    except jwt.ExpiredSignatureError as exc:
        raise OAuthProblem(ERR_EXPIRED_TOKEN) from exc
    except jwt.InvalidTokenError as exc:
        raise OAuthProblem("invalid token") from exc


def issue_token(subject: str, scopes: list[str]) -> str:
    settings = get_settings()
    now = int(time.time())
    claims = {"sub": subject, "aud": settings.jwt_audience, "iat": now, "exp": now + settings.token_ttl_seconds, "scope": " ".join(scopes)}
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm)
