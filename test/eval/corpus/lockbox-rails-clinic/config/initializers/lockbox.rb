# The master key lives in Kamal secrets (1Password); never in the repo.
Lockbox.master_key = ENV.fetch("LOCKBOX_MASTER_KEY")
Lockbox.default_options[:algorithm] = "xsalsa20"
