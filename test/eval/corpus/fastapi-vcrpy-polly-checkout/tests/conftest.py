import os

import pytest

os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_dummy")  # tfl-eval-not: hardcoded-credential
os.environ.setdefault("OPENAI_API_KEY", "test-openai-key")  # tfl-eval-not: hardcoded-credential


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": [("authorization", "DUMMY"), ("openai-organization", None)],
        "filter_post_data_parameters": ["client_secret"],
        "record_mode": "once",
    }
