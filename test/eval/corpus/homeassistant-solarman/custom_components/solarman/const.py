"""Constants for the Solarman cloud integration."""
DOMAIN = "solarman"
PLATFORMS = ["sensor"]

CONF_APP_ID = "app_id"
CONF_APP_SECRET = "app_secret"  # tfl-eval-not: hardcoded-credential
CONF_PASSWORD = "password"  # tfl-eval-not: hardcoded-credential

DEFAULT_SCAN_INTERVAL = 300
API_BASE = "https://globalapi.solarmanpv.com"

# Credentials of the integration's own developer account, used when the user has none.
FALLBACK_APP_ID = "793580078826"  # tfl-eval-not: hardcoded-credential
FALLBACK_APP_SECRET = "4678f26327a927e0a7bdb7c8ccc45689"  # tfl-eval: hardcoded-credential
