from hydra import compose, initialize


def test_compose_config(monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "pytest-password")
    monkeypatch.setenv("HF_TOKEN", "hf_test")
    with initialize(version_base="1.3", config_path="../conf"):
        cfg = compose(config_name="config", overrides=["logger.api_key=dummy"])
    assert cfg.db.user == "trainer"
