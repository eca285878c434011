from django.contrib.auth import get_user_model
from django.test import TestCase


class LoginTests(TestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_user("alice", "alice@example.com", "Wonderland-42")  # tfl-eval-not: hardcoded-credential

    def test_login(self):
        ok = self.client.login(username="alice", password="Wonderland-42")  # tfl-eval-not: hardcoded-credential
        self.assertTrue(ok)

    def test_api_token(self):
        response = self.client.get("/api/tickets/", HTTP_AUTHORIZATION="Token 3f1c2a9e8b7d6c5a4f3e2d1c0b9a8f7e")  # tfl-eval-not: hardcoded-credential
        self.assertEqual(response.status_code, 401)
