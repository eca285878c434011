import braintree
import paypalrestsdk
import tweepy
from peewee import PostgresqlDatabase

gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        braintree.Environment.Production,
        merchant_id="J8rATYZhDICDg5C1RXDT",
        public_key="sYKwZWrNnG8By7spm4Ft",
        private_key="b5bda1412f14907728d4d32eddfe76bb",  # tfl-eval: hardcoded-credential
    )
)

paypalrestsdk.configure({
    "mode": "live",
    "client_id": "Af9xVSNpvtJXhWrJISyBXT4zGbMhCgS3sAlpAMEeN",
    "client_secret": "Es1Im8VZzYK1i5Ldt8xft4cJQRqols5nLo5s38NrM",  # tfl-eval: hardcoded-credential
})

auth = tweepy.OAuthHandler("Kuw6TJpPDXQSmv3ayB2U", "kRUkuj1XqxR7wm2qZNQIhNsb9MAmP6Zt7uSpeX2j")  # tfl-eval: hardcoded-credential

archive_db = PostgresqlDatabase("ledger_archive", user="archiver", password="ZRJg0UbFlb#D9ez", host="archive.internal")  # tfl-eval: hardcoded-credential,hardcoded-backing-service


def charge(nonce: str, amount: str):
    return gateway.transaction.sale({"amount": amount, "payment_method_nonce": nonce, "options": {"submit_for_settlement": True}})
