require "vault"

Vault.configure do |config|
  config.address = ENV.fetch("VAULT_ADDR", "https://vault.corp.example:8200")
  config.token = "hvs.fPDmpGkvhv4-tDayIFt6quQYzsParm3Mxq8lJPSxTSGpYntRUCuAbn2aMHx3A5sMaAsnRBBOL9o2_VHx9klmLhRxWy" # tfl-eval: hardcoded-credential
  config.ssl_verify = true
end
