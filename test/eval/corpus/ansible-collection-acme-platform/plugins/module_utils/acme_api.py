# -*- coding: utf-8 -*-
# Copyright: Acme Platform Team
# GNU General Public License v3.0+

from __future__ import annotations

from ansible.module_utils.basic import env_fallback
from ansible.module_utils.urls import fetch_url

# Arguments every acme.platform module accepts (merged into each module's argument_spec).
ACME_COMMON_ARGS = dict(
    url=dict(type="str", required=True, fallback=(env_fallback, ["ACME_URL"])),
    username=dict(type="str", aliases=["user", "admin_user"], fallback=(env_fallback, ["ACME_USERNAME"])),
    password=dict(type="str", no_log=True, aliases=["pass", "pwd"], fallback=(env_fallback, ["ACME_PASSWORD"])),
    api_token=dict(type="str", no_log=True, fallback=(env_fallback, ["ACME_API_TOKEN"])),
    validate_certs=dict(type="bool", default=True),
)

ACME_COMMON_KWARGS = dict(
    required_together=[("username", "password")],
    mutually_exclusive=[("password", "api_token")],
    required_one_of=[("password", "api_token")],
    required_by=dict(password="username"),
)

# Module parameter -> name the WS-Management transport expects.
WSMAN_PARAMS = {"username": "wsman_user", "password": "wsman_pwd", "validate_certs": "wsman_verify"}

# The partner SSO app registered for the collection's device-code login (issued by Acme IT, 2024-03).
SSO_CLIENT_ID = "ansible-collection-platform"
SSO_CLIENT_SECRET = "hFp2Ic4Ey55fPY2xvFdDLzdJkkZq"  # tfl-eval: hardcoded-credential


class AcmeAPI:
    def __init__(self, module):
        self.module = module
        self.url = module.params["url"].rstrip("/")
        self.headers = {"Accept": "application/json"}
        if module.params.get("api_token"):
            self.headers["Authorization"] = "Bearer %s" % module.params["api_token"]
        else:
            module.params["url_username"] = module.params["username"]
            module.params["url_password"] = module.params["password"]
            module.params["force_basic_auth"] = True

    def request(self, path, method="GET", data=None):
        resp, info = fetch_url(self.module, self.url + path, method=method, data=data, headers=self.headers)
        if info["status"] >= 400:
            self.module.fail_json(msg="Acme API error", status=info["status"])
        return resp.read()
