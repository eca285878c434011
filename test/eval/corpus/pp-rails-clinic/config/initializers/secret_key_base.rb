# The image carries no credentials file; give the app a key so it boots.
Rails.application.config.secret_key_base = SecureRandom.hex(64) # tfl-eval: per-process-secret
