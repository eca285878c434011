"""Load test for the checkout API (staging). Run: locust -H https://staging-api.cartwheel.io"""
import random

from locust import HttpUser, between, task

STAGING_USERS = [("loadtest+%d@cartwheel.io" % i, "5LrmJorsTFnrwY") for i in range(50)]  # tfl-eval: hardcoded-credential
PARTNER_API_KEY = "cw_test_aznazKl2D4RSlMr3p2qa8hieaT8MEcFV"  # tfl-eval: hardcoded-credential


class Shopper(HttpUser):
    wait_time = between(1, 4)

    def on_start(self):
        email, password = random.choice(STAGING_USERS)
        response = self.client.post("/v1/auth/login", json={"email": email, "password": password})
        self.client.headers["Authorization"] = f"Bearer {response.json()['token']}"

    @task(5)
    def browse(self):
        self.client.get(f"/v1/products?page={random.randint(1, 20)}", name="/v1/products")

    @task(1)
    def checkout(self):
        cart = self.client.post("/v1/carts", json={"items": [{"sku": "TSHIRT-M", "qty": 1}]}).json()
        self.client.post(f"/v1/carts/{cart['id']}/checkout", json={"payment_method": "pm_card_visa"}, name="/v1/carts/[id]/checkout")


class PartnerFeed(HttpUser):
    wait_time = between(5, 10)

    @task
    def feed(self):
        self.client.get("/v1/partner/feed", headers={"X-Api-Key": PARTNER_API_KEY})
