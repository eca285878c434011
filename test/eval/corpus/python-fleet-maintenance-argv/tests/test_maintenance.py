from unittest import mock

from fleet import maintenance


def test_push_images():
    with mock.patch("subprocess.run") as run:
        maintenance.push_images("1.2.3")
    run.assert_any_call(["docker", "login", "-u", "fleet-ci", "-p", mock.ANY, "registry.acme.internal"], check=True)


def test_redis_called_with_password():
    with mock.patch("subprocess.check_output") as out:
        out.return_value = b"PONG"
        assert maintenance.check_redis() == b"PONG"
    args = ["redis-cli", "-a", "test-password"]  # tfl-eval-not: hardcoded-credential
    assert args
