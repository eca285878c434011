# The card processor's webhook secret is read at boot; a missing one fails loudly.
PAYMENTS_WEBHOOK_SECRET = ENV.fetch("PAYMENTS_WEBHOOK_SECRET")
SIGNING_SECRET = ENV.fetch("JWT_SECRET") { "replace-me-before-deploy" } # tfl-eval: hardcoded-credential
if Rails.env.development?
  Rails.application.config.x.courier_password = "oven-mitts-9" # tfl-eval-not: hardcoded-credential
end
