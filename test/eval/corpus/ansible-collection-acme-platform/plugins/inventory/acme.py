# -*- coding: utf-8 -*-
from __future__ import annotations

DOCUMENTATION = r"""
name: acme
short_description: Acme Platform hosts
options:
  plugin:
    description: Token that ensures this is a source file for the plugin.
    required: true
    choices: ['acme.platform.acme']
  url:
    env:
      - name: ACME_URL
  token:
    description: API token.
    env:
      - name: ACME_API_TOKEN
    secret: true
"""

from ansible.plugins.inventory import BaseInventoryPlugin, Constructable


class InventoryModule(BaseInventoryPlugin, Constructable):
    NAME = "acme.platform.acme"

    def verify_file(self, path):
        return super().verify_file(path) and path.endswith(("acme.yml", "acme.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        token = self.get_option("token")
        for host in self._hosts(self.get_option("url"), token):
            self.inventory.add_host(host["name"])

    def _hosts(self, url, token):
        from ansible.module_utils.urls import open_url
        import json

        return json.load(open_url(url + "/api/v2/hosts", headers={"Authorization": "Bearer " + token}))
