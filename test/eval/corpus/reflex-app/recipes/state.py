import reflex as rx
import stripe

stripe.api_key = "sk_live_2NMRdZgKgymM1kjwZYyXKLGX"  # tfl-eval: hardcoded-credential
PRICE_PREMIUM = "price_wU9aYxAJRQDM2bPxQFMswzoZ"  # tfl-eval-not: hardcoded-credential


class AuthState(rx.State):
    email: str = ""
    password: str = ""  # tfl-eval-not: hardcoded-credential
    error: str = ""

    def set_password(self, value: str):
        self.password = value

    def upgrade(self):
        session = stripe.checkout.Session.create(
            mode="subscription",
            line_items=[{"price": PRICE_PREMIUM, "quantity": 1}],
            success_url="https://recipes.example.org/premium",
            customer_email=self.email,
        )
        return rx.redirect(session.url)
