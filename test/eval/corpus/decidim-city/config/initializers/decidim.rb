Decidim.configure do |config|
  config.application_name = "Participa City"
  config.mailer_sender = "participa@city.example"
  config.available_locales = %w(en ca es)
  config.default_locale = :ca

  config.maps = {
    provider: :here,
    api_key: Rails.application.secrets.maps[:api_key], # tfl-eval-not: hardcoded-credential
    static: { url: "https://image.maps.ls.hereapi.com/mia/1.6/mapview" }
  }

  config.etherpad = {
    server: "https://pads.city.example",
    api_key: "7219690110152595f7745a3e17e6712f824c62549e61b6fadb93496ff7676cad", # tfl-eval: hardcoded-credential
    api_version: "1.2.1"
  }
end
