from unittest import mock


def test_main_tags():
    with mock.patch("gitlab.Gitlab") as gl:
        gl("https://gitlab.example.com", private_token="glpat-xxxxxxxxxxxxxxxxxxxx")  # tfl-eval-not: hardcoded-credential
        assert gl.called
