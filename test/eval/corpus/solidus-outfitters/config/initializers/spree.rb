Spree.config do |config|
  config.currency = "USD"
  config.mails_from = "orders@outfitters.example"
  config.image_attachment_module = "Spree::Image::ActiveStorageAttachment"
  config.taxon_attachment_module = "Spree::Taxon::ActiveStorageAttachment"
end

Spree::Auth::Config[:confirm_before_login] = true

SolidusStripe.configure do |config|
  config.api_key = ENV.fetch("STRIPE_SECRET_KEY") # tfl-eval-not: hardcoded-credential
  config.publishable_key = ENV.fetch("STRIPE_PUBLISHABLE_KEY")
end

Spree::Backend::Config.configure do |config|
  config.locale = "en"
  config.menu_items.detect { |item| item.label == :settings }&.then { |item| item.condition = -> { can?(:admin, :general_settings) } }
end
