from unittest import mock


def test_razorpay_order():
    with mock.patch("razorpay.Client") as client:
        client(auth=("rzp_test_key", "rzp_test_secret"))  # tfl-eval-not: hardcoded-credential
        assert client.called


def test_totp():
    import pyotp
    totp = pyotp.TOTP(pyotp.random_base32())  # tfl-eval-not: hardcoded-credential
    assert totp.now()
