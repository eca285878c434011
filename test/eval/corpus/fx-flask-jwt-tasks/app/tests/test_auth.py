import jwt


def test_token_roundtrip():
    token = jwt.encode({'sub': 1}, 'demo', algorithm='HS256')  # tfl-eval-not: hardcoded-credential
    assert jwt.decode(token, 'demo', algorithms=['HS256'])['sub'] == 1  # tfl-eval-not: hardcoded-credential
