from django.test import TestCase, override_settings


@override_settings(EMAIL_HOST_PASSWORD="test-mail-password")
class PaymentTests(TestCase):
    def setUp(self):
        self.user = self.create_user("bob", password="Bob-Test-Pass-1")

    def test_refused(self):
        self.assertEqual(self.client.post("/pay", {"card": "4111111111111111"}).status_code, 402)
