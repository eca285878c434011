from django.test import TestCase, override_settings


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})  # tfl-eval-not: dev-prod-divergence
class CheckoutTests(TestCase):
    def test_sold_out_event(self):
        response = self.client.post("/tickets/checkout/", {"event": 1, "quantity": 3})
        self.assertEqual(response.status_code, 409)
