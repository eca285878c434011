from saleor.plugins.base_plugin import BasePlugin, ConfigurationTypeField

DEFAULT_MERCHANT = "GardenOutletECOM"
ADYEN_LIVE_PREFIX = "a1b2c3d4e5f6a7b8-GardenOutlet"
# The client key is public: Adyen's Drop-in runs with it in the shopper's browser.
ADYEN_CLIENT_KEY = "live_0E2CA5HOTWW4N0CYQAHCDL3V6MNW0ND4"  # tfl-eval-not: hardcoded-credential
ADYEN_API_KEY = "AQEgGCnPubDfeffLllTpY1VshmAt2tF+r49TaeIS9qC77Xs6seJ2boTudYgYxmw"  # tfl-eval: hardcoded-credential


class AdyenLitePlugin(BasePlugin):
    PLUGIN_ID = "garden.payments.adyen_lite"
    PLUGIN_NAME = "Adyen (lite)"
    DEFAULT_CONFIGURATION = [
        {"name": "merchant-account", "value": DEFAULT_MERCHANT},
        {"name": "api-key", "value": None},  # tfl-eval-not: hardcoded-credential
        {"name": "hmac-secret-key", "value": None},  # tfl-eval-not: hardcoded-credential
    ]
    CONFIG_STRUCTURE = {
        "api-key": {
            "type": ConfigurationTypeField.SECRET,
            "help_text": "Provide the Adyen API key. Never share your API key.",  # tfl-eval-not: hardcoded-credential
            "label": "API key",
        },
        "hmac-secret-key": {
            "type": ConfigurationTypeField.SECRET,
            "help_text": "The HMAC secret key used to verify webhook notifications.",  # tfl-eval-not: hardcoded-credential
            "label": "HMAC secret key",
        },
    }
