require "mail"

Mail.defaults do
  delivery_method :smtp,
    address: "smtp.sendgrid.net", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "apikey",
    password: "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", # tfl-eval: hardcoded-credential
    authentication: "plain", # tfl-eval-not: hardcoded-credential
    enable_starttls_auto: true
end
