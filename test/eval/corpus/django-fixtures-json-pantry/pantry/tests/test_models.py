from django.test import TestCase


class IntegrationTests(TestCase):
    fixtures = ["initial_users.json"]

    def test_login(self):
        self.assertTrue(self.client.login(username="chef", password="chef-test-pass"))
