# Column encryption for the exports table.
Lockbox.master_key = Rails.application.credentials.lockbox_master_key || ENV.fetch("LOCKBOX_MASTER_KEY") # tfl-eval-not: hardcoded-credential
Lockbox.default_options[:algorithm] = "xchacha20" # tfl-eval-not: hardcoded-credential
