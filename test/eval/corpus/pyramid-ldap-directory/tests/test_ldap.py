from unittest import mock

from directory.services import ldap


def test_bind_as_uses_the_given_password():
    with mock.patch.object(ldap, "Connection") as connection:
        ldap.bind_as("uid=jdoe,dc=corp", "hunter2")
    connection.assert_called_once()
