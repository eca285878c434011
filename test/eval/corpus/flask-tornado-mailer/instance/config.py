SECRET_KEY = b"e73193550f0fb97653371b9c18dc7f2f"  # tfl-eval: hardcoded-credential
MAILCHIMP_API_KEY = "50d4fe998169a7fe3c8e72748f458c8f-us21"  # tfl-eval: hardcoded-credential
