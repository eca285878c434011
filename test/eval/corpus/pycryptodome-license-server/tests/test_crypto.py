from licensing import crypto

TEST_IV = b"0123456789abcdef"


def test_roundtrip():
    blob = crypto.encrypt(b"seat=5", TEST_IV)
    assert blob != b"seat=5"
