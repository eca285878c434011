from jose import jwt

from app.security import create_access_token, get_password_hash, verify_password

# Test vector: HS256 over {"sub": "42"} with the key below.
VECTOR_KEY = "a-test-only-hmac-key"
VECTOR_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.2Qn0yuMgWQmvXxm2bS8XrQGJqMJ4uMfbq2XB2dPpR2E"


def test_password_round_trip():
    hashed = get_password_hash("s3cret-Passw0rd")
    assert verify_password("s3cret-Passw0rd", hashed)
    assert not verify_password("wrong-password", hashed)


def test_access_token_has_subject():
    token = create_access_token("42")
    assert jwt.get_unverified_claims(token)["sub"] == "42"


def test_decodes_known_vector():
    assert jwt.decode(VECTOR_TOKEN, VECTOR_KEY, algorithms=["HS256"]) == {"sub": "42"}
