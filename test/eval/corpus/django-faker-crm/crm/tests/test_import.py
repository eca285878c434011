from unittest import mock

from crm.integrations import mailchimp


@mock.patch("crm.integrations.mailchimp.Client")
def test_sync_contacts(client):
    mailchimp.sync(api_key="fake-api-key-us21", list_id="abc123")  # tfl-eval-not: hardcoded-credential
    client.assert_called_once()
