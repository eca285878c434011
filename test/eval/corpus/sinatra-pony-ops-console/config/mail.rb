require "pony"

Pony.options = {
  from: "ops-console@acme-freight.example",
  via: :smtp,
  via_options: {
    address: "smtp.sendgrid.net", # tfl-eval: hardcoded-backing-service
    port: "587",
    user_name: "apikey",
    password: "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", # tfl-eval: hardcoded-credential
    authentication: :plain,
    enable_starttls_auto: true,
  },
}

if ENV["RACK_ENV"] == "test"
  Pony.options = { via: :test }
end
