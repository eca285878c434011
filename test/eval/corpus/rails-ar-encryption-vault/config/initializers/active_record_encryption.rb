Rails.application.configure do
  config.active_record.encryption.primary_key = "1c6yWOJXGgLwT1EA1JMuafBDHyjum1rv" # tfl-eval: hardcoded-credential
  config.active_record.encryption.deterministic_key = "eyoBquPovBJ3mEzMLIhKTf8LunnZgG99" # tfl-eval: hardcoded-credential
  config.active_record.encryption.key_derivation_salt = "FBkVnaJAhGbKuxYZiLGutLAjtpvi6k7u" # tfl-eval: hardcoded-credential
  config.active_record.encryption.support_unencrypted_data = true
end
