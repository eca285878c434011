from app.security import hash_password, ph, pwd_context, verify_password


def test_roundtrip():
    hashed = pwd_context.hash("correct-horse-battery")  # tfl-eval-not: hardcoded-credential
    assert verify_password("correct-horse-battery", hashed)
    assert ph.verify(ph.hash("1234"), "1234")  # tfl-eval-not: hardcoded-credential
    assert hash_password("x") != "x"
