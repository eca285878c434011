import pytest
from faststream.rabbit import TestRabbitBroker

from payments.app import broker, on_captured


@pytest.mark.asyncio
async def test_captured(monkeypatch):
    monkeypatch.setenv("PAYMENTS_LEDGER_API_TOKEN", "ledger-test-token")  # tfl-eval-not: hardcoded-credential
    async with TestRabbitBroker(broker) as br:
        await br.publish({"id": "pi_123"}, "payments.captured")
        on_captured.mock.assert_called_once()
