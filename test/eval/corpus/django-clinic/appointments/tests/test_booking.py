from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings


@override_settings(SECRET_KEY='test-secret-key-not-used-in-prod')  # tfl-eval-not: hardcoded-credential
class BookingTests(TestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_user('nurse', 'nurse@example.com', 'Nurse!2024')  # tfl-eval-not: hardcoded-credential
        self.client.login(username='nurse', password='Nurse!2024')  # tfl-eval-not: hardcoded-credential

    def test_book(self):
        response = self.client.post('/appointments/book/', {'slot': 3})
        self.assertEqual(response.status_code, 302)
