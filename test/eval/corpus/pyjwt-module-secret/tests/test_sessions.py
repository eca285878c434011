import jwt

# tfl-eval-not: hardcoded-credential
SECRET = "ledgertest-secret"


def test_roundtrip():
    token = jwt.encode({"sub": "ana"}, SECRET, algorithm="HS256")
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["sub"] == "ana"
