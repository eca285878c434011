import configparser


def test_roundtrip(tmp_path):
    config = configparser.ConfigParser()
    config["warehouse"] = {"password": "test-password"}  # tfl-eval-not: hardcoded-credential
    path = tmp_path / "sync.ini"
    with path.open("w") as handle:
        config.write(handle)
    assert "warehouse" in path.read_text()
