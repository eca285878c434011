from unittest import mock

from ledger.observability import metrics


def test_init_monitoring_passes_keys():
    with mock.patch.object(metrics, "initialize") as initialize, mock.patch.object(metrics.rollbar, "init") as rb:
        metrics.init_monitoring("test")
    initialize.assert_called_once()
    assert rb.call_args.kwargs["environment"] == "test"


def test_secret_token_is_masked(settings):
    settings.ELASTIC_APM = {"SERVICE_NAME": "ledger-api", "SECRET_TOKEN": "test-token"}
    assert settings.ELASTIC_APM["SECRET_TOKEN"] == "test-token"
