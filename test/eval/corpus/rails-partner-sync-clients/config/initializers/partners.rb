Rails.application.configure do
  config.x.partners.ledger_url = ENV.fetch("LEDGER_URL", "https://ledger.partner.example") # tfl-eval-not: hardcoded-credential
  config.x.partners.ledger_token = "GlUnE24Vq0B6Hxd2KYbH9K3Afx" # tfl-eval: hardcoded-credential
  config.x.partners.tax_token = Rails.application.credentials.dig(:tax, :token) # tfl-eval-not: hardcoded-credential
end

PartnerSettings = Struct.new(:name, :api_key, keyword_init: true)
RATES = PartnerSettings.new(name: "rates", api_key: "EvRygcUsdzXHPHNt3UJODGMUIB") # tfl-eval: hardcoded-credential
SHIPPING = OpenStruct.new(carrier: "dhl", secret: "iGHa5U9rYxeOtauSYSCTlY3Y6h") # tfl-eval: hardcoded-credential
