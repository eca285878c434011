from rest_framework.test import APITestCase


class RegisterTests(APITestCase):
    def test_register(self):
        res = self.client.post("/api/register/", {"email": "bob@example.com", "password": "Corr3ct-Horse!"})  # tfl-eval-not: hardcoded-credential
        self.assertEqual(res.status_code, 201)

    def test_key(self):
        self.client.credentials(HTTP_AUTHORIZATION="Api-Key 9dN3kQ7vL2pX8rT5")  # tfl-eval-not: hardcoded-credential
