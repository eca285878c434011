import os

import stripe
from openai import OpenAI

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]  # tfl-eval-not: hardcoded-credential
llm = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))  # tfl-eval-not: hardcoded-credential


def create_checkout(price_id: str, customer_email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": price_id, "quantity": 1}],
        customer_email=customer_email,
        success_url="https://shop.acme.dev/thanks",
        cancel_url="https://shop.acme.dev/cart",
    )
    return session.url


def summarize_order(text: str) -> str:
    reply = llm.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content
