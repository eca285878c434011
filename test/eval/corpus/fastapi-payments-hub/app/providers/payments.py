import braintree
import paypalrestsdk
import razorpay

razorpay_client = razorpay.Client(auth=("rzp_live_7jSTjG85UDn6w7", "zM2ipseFidTMHSW5GuXosAvd"))  # tfl-eval: hardcoded-credential

gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        braintree.Environment.Production,
        merchant_id="aowero8ev79phq8p",
        public_key="fmnenq2n89vdzmsq",  # tfl-eval-not: hardcoded-credential
        private_key="da1fbc32743daf0132dd11ed3c16ce98",  # tfl-eval: hardcoded-credential
    )
)

paypalrestsdk.configure({
    "mode": "live",
    "client_id": "A2J47nz464CVAOoP4y79CBf3z1pxLkI12BVYn42LmpKqmk8wkNycIj48tzNPbactFeRVgdA1qB5ZiNTf",
    "client_secret": "EEkY9UGDUppLAJCQaZCMg3kaCbtszLcHBPN664sqBgVNNJlpgSaaINEuYw7a9b1anlYNjnlYhGuW9PG4",  # tfl-eval: hardcoded-credential
})
