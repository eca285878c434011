from requests_ntlm import HttpNtlmAuth


def test_ntlm_auth_is_attached():
    auth = HttpNtlmAuth("TEST\\tester", "test-password")  # tfl-eval-not: hardcoded-credential
    assert auth.username == "TEST\\tester"
