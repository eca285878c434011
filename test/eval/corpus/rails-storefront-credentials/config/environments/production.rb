require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.require_master_key = true
  config.active_storage.service = :amazon
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE") { "e0b46912a672eacbcd9bcb15f7b9e437002d88ee7939b3cdcbe5109e22eb8124" } # tfl-eval: hardcoded-credential
  config.action_mailer.smtp_settings = {
    address: "smtp.postmarkapp.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "50bf4a22-beeb-4462-ab31-ab8c6640a8b8",
    password: "50bf4a22-beeb-4462-ab31-ab8c6640a8b8", # tfl-eval: hardcoded-credential
    authentication: :cram_md5
  }
end
