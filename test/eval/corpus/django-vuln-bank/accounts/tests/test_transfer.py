from django.test import TestCase
from django.urls import reverse

from accounts.factories import AccountFactory, UserFactory


class TransferTests(TestCase):
    def setUp(self):
        self.sender = AccountFactory(owner=UserFactory(username="sender"))
        self.client.login(username="sender", password="p4ssw0rd!")  # tfl-eval-not: hardcoded-credential

    def test_transfer_requires_pin(self):
        response = self.client.post(reverse("transfer"), {"to": "bob", "amount": 10, "pin": "0000"})
        self.assertContains(response, "Wrong PIN")

    def test_api_token_header(self):
        token = "c2VuZGVyOnA0c3N3MHJkIQ=="  # tfl-eval-not: hardcoded-credential
        response = self.client.get("/api/balance", HTTP_AUTHORIZATION=f"Basic {token}")
        self.assertEqual(response.status_code, 200)
