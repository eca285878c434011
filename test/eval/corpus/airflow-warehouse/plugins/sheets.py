import gspread

SERVICE_ACCOUNT = {
    "type": "service_account",
    "project_id": "acme-warehouse",
    "private_key_id": "8ace7855bb6c391c1f824d4f8a48b6fea69899c4",  # tfl-eval-not: hardcoded-credential (the id of the key, sent in every JWT header)
    "private_key": "-----BEGIN PRIVATE KEY-----\nz5RE5ma7Z1mk6L3jU+tiKPl0LJIe9/FL5jcuBjlt9tb3M1RRTGW2FmpKj6g6DgCy\nEDAWuFcMcTzekBbfd0ePy30f4MWTZVYJGl7NUIzYWP6wBYqwNZvV0U8jfCL/Aiws\nP76qiyEuU7AmpJsMsaDnuS8fjmLH4c4CBezZKwfGZKe7Fl7BRnJFwARkrug973hM\ndWnHS1DsQbgiJDZtNfcUQ+4OJ1ITX1H9x1At6zp5FZx5uPr/iAX6FkelTB1SqDjY\n3u6W7Z7tE6Pd8YnvSIF0iF6BM3GkE7qo+VHLuPsBPfRHDvn8SZpXk+kf1fxDQ+09\nsB5FqnbyxjOyXWxor/kkb0sGezZd6wI7kqa0V0JwEM2pUeqbV28skw5pZFjWaUf5\n-----END PRIVATE KEY-----\n",  # tfl-eval: hardcoded-credential
    "client_email": "sheets-sync@acme-warehouse.iam.gserviceaccount.com",
    "client_id": "104857361928374650192",
    "token_uri": "https://oauth2.googleapis.com/token",
}

client = gspread.service_account_from_dict(SERVICE_ACCOUNT)
