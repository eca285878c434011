import jwt
import pytest

from leaderboard import tokens

TEST_SECRET = "test-secret"  # tfl-eval-not: hardcoded-credential


def test_player_from_rejects_foreign_key(monkeypatch):
    token = jwt.encode({"sub": "p1"}, "someone-elses-key", algorithm="HS256")  # tfl-eval-not: hardcoded-credential
    with pytest.raises(jwt.InvalidSignatureError):
        tokens.player_from(token)
