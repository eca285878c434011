import jwt

from tickets.auth import issue_token


def make(claims, key="unit-test-signing-key"):
    return issue_token(claims, key=key)


def test_roundtrip():
    token = make({"sub": "ana"})
    assert jwt.decode(token, "unit-test-signing-key", algorithms=["HS256"])["sub"] == "ana"
