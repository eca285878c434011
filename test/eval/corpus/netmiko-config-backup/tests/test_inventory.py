from unittest import mock

from backup import run

FAKE_DEVICE = {"device_type": "cisco_ios", "host": "192.0.2.1", "username": "lab", "password": "lab-pass-123", "secret": "enable"}  # tfl-eval-not: hardcoded-credential


def test_failed_device_is_reported():
    with mock.patch.object(run, "DEVICES", [FAKE_DEVICE]), mock.patch.object(run, "ConnectHandler", side_effect=OSError("timeout")), mock.patch.object(run, "send_report") as report:
        run.main()
    report.assert_called_once()
