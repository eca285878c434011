from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)
TEST_PASSWORD = 'hunter2-ledger'  # tfl-eval-not: hardcoded-credential
STRIPE_TEST_KEY = 'sk_live_wFxadaJvom11NsEolw01afd3'  # tfl-eval: hardcoded-credential


def test_login_rejects_bad_password():
    response = client.post('/api/v1/auth/token', data={'username': 'ann', 'password': 'wrong'})  # tfl-eval-not: hardcoded-credential
    assert response.status_code == 401
