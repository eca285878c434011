from django.contrib.auth import get_user_model
from django.test import TestCase
from rest_framework.test import APIClient

PASSWORD = "a-Str0ng-test-passw0rd"


class ApplicationApiTests(TestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_user("amira", "amira@example.org", PASSWORD)
        self.client = APIClient()

    def test_wrong_password(self):
        response = self.client.post("/api/check-password/", {"username": "amira", "password": "not-it"})
        self.assertEqual(response.status_code, 400)

    def test_login(self):
        self.assertTrue(self.client.login(username="amira", password=PASSWORD))
