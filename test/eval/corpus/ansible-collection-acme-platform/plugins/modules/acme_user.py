#!/usr/bin/python
# -*- coding: utf-8 -*-

from __future__ import annotations

DOCUMENTATION = r"""
---
module: acme_user
short_description: Manage Acme Platform users
options:
  name:
    description: Login name of the user.
    type: str
    required: true
  user_password:
    description:
      - Password to set for the user. Only used when O(update_password=always) or on creation.
    type: str
  update_password:
    description: V(always) updates the password, V(on_create) only sets it for new users.
    type: str
    choices: [always, on_create]
    default: on_create
extends_documentation_fragment:
  - acme.platform.auth
"""

EXAMPLES = r"""
- name: Create a service account
  acme.platform.acme_user:
    url: https://platform.acme.io
    api_token: "{{ lookup('ansible.builtin.env', 'ACME_API_TOKEN') }}"
    name: svc-backup
    user_password: "{{ vault_svc_backup_password }}"

- name: Create a user with basic auth
  acme.platform.acme_user:
    url: https://platform.example.com
    username: admin
    password: S3cretP@ssw0rd
    name: jdoe
    user_password: ChangeMe123!
"""

RETURN = r"""
user:
  description: The user as the API returns it; the password is never returned.
  returned: success
  type: dict
"""

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.acme.platform.plugins.module_utils.acme_api import ACME_COMMON_ARGS, ACME_COMMON_KWARGS, AcmeAPI


def main():
    argument_spec = dict(ACME_COMMON_ARGS)
    argument_spec.update(
        name=dict(type="str", required=True),
        user_password=dict(type="str", no_log=True),
        update_password=dict(type="str", default="on_create", choices=["always", "on_create"], no_log=False),
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True, **ACME_COMMON_KWARGS)
    api = AcmeAPI(module)
    payload = {"name": module.params["name"]}
    if module.params["update_password"] == "always" and module.params["user_password"]:
        payload["password"] = module.params["user_password"]
    if module.check_mode:
        module.exit_json(changed=True)
    api.request("/api/v2/users", method="POST", data=module.jsonify(payload))
    module.exit_json(changed=True, user={"name": module.params["name"]})


if __name__ == "__main__":
    main()
