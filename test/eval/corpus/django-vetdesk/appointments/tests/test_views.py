from django.test import TestCase, override_settings


@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache")  # tfl-eval-not: memory-session-store
class BookTests(TestCase):
    def test_redirects_anonymous(self):
        response = self.client.get("/book/3/")
        self.assertEqual(response.status_code, 302)
