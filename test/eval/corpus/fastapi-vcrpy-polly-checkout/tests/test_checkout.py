import pytest

from app.payments import create_checkout


@pytest.mark.vcr
def test_creates_session():
    url = create_checkout("price_1OqL2mAcmeTeaPot", "buyer@example.com")
    assert url.startswith("https://checkout.stripe.com/")
