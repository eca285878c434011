from django.test import SimpleTestCase, override_settings


class SettingsTests(SimpleTestCase):
    @override_settings(SECRET_KEY="unit-test-secret")
    def test_secret_key_set(self):
        from django.conf import settings

        self.assertTrue(settings.SECRET_KEY)
