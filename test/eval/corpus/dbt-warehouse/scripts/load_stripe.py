"""Nightly loader: copies Stripe charges into raw_stripe.charges before dbt runs."""
import os
from datetime import datetime, timedelta

import psycopg2
import stripe

stripe.api_key = "sk_live_lt5Qn1r07c8mNWVT73Jz3CWx"  # tfl-eval: hardcoded-credential


def main():
    conn = psycopg2.connect(
        host=os.environ.get("WAREHOUSE_HOST", "localhost"),
        dbname="analytics",
        user="loader",
        password=os.environ["LOADER_PASSWORD"],  # tfl-eval-not: hardcoded-credential
    )
    since = int((datetime.utcnow() - timedelta(days=1)).timestamp())
    with conn, conn.cursor() as cur:
        for charge in stripe.Charge.list(created={"gte": since}).auto_paging_iter():
            cur.execute(
                "INSERT INTO raw_stripe.charges (id, amount, currency, created) VALUES (%s, %s, %s, to_timestamp(%s)) ON CONFLICT DO NOTHING",
                (charge.id, charge.amount, charge.currency, charge.created),
            )


if __name__ == "__main__":
    main()
