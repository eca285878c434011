from unittest import mock

from dirsync import hr


def test_token_uses_client_credentials():
    with mock.patch.object(hr.requests, "post") as post:
        post.return_value.json.return_value = {"access_token": "abc"}
        assert hr.token("https://hr.test", "dirsync", "test-client-secret") == "abc"  # tfl-eval-not: hardcoded-credential
    assert post.call_args.kwargs["auth"] == ("dirsync", "test-client-secret")  # tfl-eval-not: hardcoded-credential
