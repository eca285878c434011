import pytest
from ansible_collections.acme.platform.plugins.modules import acme_user
from ansible_collections.community.internal_test_tools.tests.unit.plugins.modules.utils import set_module_args


def test_requires_password_with_username(capfd):
    set_module_args({"url": "https://platform.example.com", "username": "admin", "password": "unit-test-password", "name": "jdoe"})
    with pytest.raises(SystemExit):
        acme_user.main()
