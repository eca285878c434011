from django.test import TestCase, override_settings


@override_settings(ANYMAIL={"MAILGUN_API_KEY": "test-key", "MAILGUN_SENDER_DOMAIN": "sandbox.example.com"})  # tfl-eval-not: hardcoded-credential
class SubscribeTests(TestCase):
    def test_subscribe_sends_confirmation(self):
        self.client.post("/subscribe/", {"email": "reader@example.com", "password": "hunter22"})  # tfl-eval-not: hardcoded-credential
