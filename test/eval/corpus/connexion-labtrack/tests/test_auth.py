import jwt
import pytest
from connexion.exceptions import OAuthProblem

from labtrack.auth import decode_token

WRONG_SECRET = "an-entirely-different-secret"  # tfl-eval-not: hardcoded-credential


def test_token_signed_with_another_secret_is_refused():
    forged = jwt.encode({"sub": "mallory", "aud": "labtrack-api"}, WRONG_SECRET, algorithm="HS256")
    with pytest.raises(OAuthProblem):
        decode_token(forged)


def test_login_returns_a_bearer_token(client):
    res = client.post("/api/login", json={"username": "jdoe", "password": "hunter22hunter22", "bench_id": "bench-01"})  # tfl-eval-not: hardcoded-credential
    assert res.status_code == 200
    assert res.json()["token_type"] == "bearer"
