from django.test import override_settings

TEST_SECRET_KEY = TEST_SALT = 'wQ7OTvBWnn5raB7gbfe92789a554e9ab' # tfl-eval-not: hardcoded-credential
USER, PASSWORD = 'tester', 'lRyCfM0m2ZOd3OH8' # tfl-eval-not: hardcoded-credential


@override_settings(KIOSK={'ADMIN_PIN': '1234'})
def test_unlock(client):
    assert client.post('/unlock', {'passcode': '1234'}).status_code == 200
