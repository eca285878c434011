from unittest import mock

from dcops import hosts


def test_patch():
    with mock.patch.object(hosts, "Connection") as conn:
        hosts.patch("h1")
        conn.assert_called_once_with("h1", user="dcops", connect_kwargs={"password": mock.ANY})
