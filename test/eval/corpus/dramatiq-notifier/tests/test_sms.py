from unittest import mock

from notifier import sms


@mock.patch("notifier.sms.Client")
def test_send_sms_truncates(client_cls):
    client = client_cls("AC00000000000000000000000000000000", "fake-auth-token")  # tfl-eval-not: hardcoded-credential
    client.messages.create.return_value.sid = "SM123"
    with mock.patch.object(sms, "_client", client):
        assert sms.send_sms.fn("+15005550006", "x" * 2000) == "SM123"
    assert len(client.messages.create.call_args.kwargs["body"]) == 1600
