from django.contrib.auth import get_user_model
from django.test import TestCase


class ChangePasswordTests(TestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_user("nurse", "nurse@example.com", "nurse-test-pw-1")  # tfl-eval-not: hardcoded-credential
        self.user.set_password("another-test-pw")  # tfl-eval-not: hardcoded-credential
        self.user.save()

    def test_change(self):
        self.client.force_login(self.user)
        response = self.client.post("/accounts/password/", {"new_password1": "Fresh-pass-2024!", "new_password2": "Fresh-pass-2024!"})  # tfl-eval-not: hardcoded-credential
        self.assertEqual(response.status_code, 302)
