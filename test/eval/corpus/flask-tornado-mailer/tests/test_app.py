from mailer import create_app


def test_config():
    app = create_app({"TESTING": True, "MAIL_PASSWORD": "not-a-real-password", "SECRET_KEY": "test"})  # tfl-eval-not: hardcoded-credential
    assert app.testing
