from billing.clients import LedgerConfig


def test_default_timeout():
    assert LedgerConfig().timeout == 10.0
