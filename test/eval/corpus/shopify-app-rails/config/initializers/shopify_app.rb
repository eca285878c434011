# frozen_string_literal: true

ShopifyApp.configure do |config|
  config.application_name = "Restock Alerts"
  config.old_secret = "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" # tfl-eval: hardcoded-credential
  config.scope = "read_products,read_inventory,write_script_tags"
  config.embedded_app = true
  config.new_embedded_auth_strategy = true
  config.api_version = "2024-10"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true
  config.webhooks = [
    { topic: "app/uninstalled", address: "webhooks/app_uninstalled" },
    { topic: "inventory_levels/update", address: "webhooks/inventory_update" }
  ]
  config.api_key = ENV.fetch("SHOPIFY_API_KEY", "").presence # tfl-eval-not: hardcoded-credential
  config.secret = ENV.fetch("SHOPIFY_API_SECRET", "").presence # tfl-eval-not: hardcoded-credential
end

Rails.application.config.after_initialize do
  if ShopifyApp.configuration.api_key.present? && ShopifyApp.configuration.secret.present?
    ShopifyAPI::Context.setup(
      api_key: ShopifyApp.configuration.api_key,
      api_secret_key: ShopifyApp.configuration.secret, # tfl-eval-not: hardcoded-credential
      api_version: ShopifyApp.configuration.api_version,
      host: ENV.fetch("HOST", ""),
      scope: ShopifyApp.configuration.scope,
      is_private: !ENV.fetch("SHOPIFY_APP_PRIVATE_SHOP", "").empty?,
      is_embedded: ShopifyApp.configuration.embedded_app,
      private_shop: ENV.fetch("SHOPIFY_APP_PRIVATE_SHOP", nil)
    )
  end
end
