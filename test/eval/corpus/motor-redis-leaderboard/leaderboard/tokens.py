import jwt

from leaderboard.settings import settings

ALGORITHM = "HS256"
TOKEN_TYPE = "access_token"  # tfl-eval-not: hardcoded-credential


def player_from(token: str) -> str:
    claims = jwt.decode(token, settings.jwt_secret.get_secret_value(), algorithms=[ALGORITHM])
    return claims["sub"]


def admin_token(player: str) -> str:
    # Signed with a separate key so leaked player tokens cannot reach the admin routes.
    return jwt.encode({"sub": player, "scope": "admin"}, "uOzJt6bNZNE7daY6VlVpWX5AYyI5Ui6oK_JPdW2USHc", algorithm=ALGORITHM)  # tfl-eval: hardcoded-credential
