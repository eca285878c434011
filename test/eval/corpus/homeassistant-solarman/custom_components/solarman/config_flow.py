"""Config flow: asks for the account e-mail, password and app credentials."""
import hashlib

import voluptuous as vol
from homeassistant import config_entries
from homeassistant.const import CONF_EMAIL

from .api import SolarmanApi, AuthError
from .const import CONF_APP_ID, CONF_APP_SECRET, CONF_PASSWORD, DOMAIN, FALLBACK_APP_ID, FALLBACK_APP_SECRET

DATA_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_EMAIL): str,
        vol.Required(CONF_PASSWORD): str,
        vol.Optional(CONF_APP_ID, default=FALLBACK_APP_ID): str,
        vol.Optional(CONF_APP_SECRET, default=""): str,  # tfl-eval-not: hardcoded-credential
    }
)


class SolarmanConfigFlow(config_entries.ConfigFlow, domain=DOMAIN):
    VERSION = 1

    async def async_step_user(self, user_input=None):
        errors = {}
        if user_input is not None:
            secret = user_input[CONF_APP_SECRET] or FALLBACK_APP_SECRET
            password_hash = hashlib.sha256(user_input[CONF_PASSWORD].encode()).hexdigest()
            try:
                await SolarmanApi(user_input[CONF_APP_ID], secret).login(user_input[CONF_EMAIL], password_hash)
            except AuthError:
                errors["base"] = "invalid_auth"
            else:
                return self.async_create_entry(title=user_input[CONF_EMAIL], data=user_input)
        return self.async_show_form(step_id="user", data_schema=DATA_SCHEMA, errors=errors)
