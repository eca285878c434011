from django.contrib.auth.models import User
from django.test import TestCase


class TicketTests(TestCase):
    def setUp(self):
        self.agent = User.objects.create_user("agent", password="agent-test-pw")  # tfl-eval-not: hardcoded-credential

    def test_agent_sees_queue(self):
        self.client.login(username="agent", password="agent-test-pw")  # tfl-eval-not: hardcoded-credential
        self.assertEqual(self.client.get("/queue/").status_code, 200)
