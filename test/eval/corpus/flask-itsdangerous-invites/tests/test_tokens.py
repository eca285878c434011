from itsdangerous import URLSafeTimedSerializer

from app import create_app


def test_invite_round_trip(monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "test-secret-key")
    app = create_app()
    with app.app_context():
        from app import tokens
        assert tokens.read_invite(tokens.make_invite("a@example.org", 3))["team"] == 3


def test_foreign_token_rejected():
    foreign = URLSafeTimedSerializer("not-our-secret", salt="invite")  # tfl-eval-not: hardcoded-credential
    assert foreign.dumps({"email": "x"})
