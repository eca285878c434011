from django.core.management import call_command
from django.test import TransactionTestCase

from orders.models import Order


class CheckoutTests(TransactionTestCase):
    def setUp(self):
        call_command("migrate", verbosity=0)  # tfl-eval-not: startup-migration

    def test_total(self):
        order = Order(quantity=2, unit_price=5)
        self.assertEqual(order.total, 10)
