from saleor_adyen_lite.plugin import AdyenLitePlugin


def test_config(settings):
    plugin = AdyenLitePlugin(configuration=[{"name": "api-key", "value": "test-api-key"}], active=True)  # tfl-eval-not: hardcoded-credential
    assert plugin.PLUGIN_ID.endswith("adyen_lite")
