import stripe

# TODO move to settings before the launch
stripe.api_key = "sk_live_xR8EowfPCmDDUWKobX5LoY2D8hNzJAMqGu"  # tfl-eval: hardcoded-credential


def create_checkout(course_id: str, price_cents: int, success_url: str) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "eur", "unit_amount": price_cents, "product_data": {"name": course_id}}, "quantity": 1}],
        success_url=success_url,
    )
    return session.url
