# Settings that differ per deploy come from the environment; the defaults below are for development.
Rails.application.config.x.billing = ActiveSupport::OrderedOptions.new.tap do |billing|
  billing.grace_period_days = 7
  billing.dunning_token = ENV.fetch("DUNNING_TOKEN") { "dev-dunning-token" } # tfl-eval-not: hardcoded-credential
  billing.invoice_password_protected = true # tfl-eval-not: hardcoded-credential
  billing.password_reset_within = 6.hours # tfl-eval-not: hardcoded-credential
end
