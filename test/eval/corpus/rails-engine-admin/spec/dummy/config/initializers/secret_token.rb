Dummy::Application.config.secret_key_base = "dummy-app-secret-key-base-for-the-engine-specs-only-0123456789abcdef"
