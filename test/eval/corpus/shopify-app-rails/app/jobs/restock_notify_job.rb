# frozen_string_literal: true

class RestockNotifyJob < ApplicationJob
  queue_as :default

  KLAVIYO_PRIVATE_KEY = "pk_4f8c2a9e7b1d6350c8e2f4a9b7d1c3e5f0" # tfl-eval: hardcoded-credential
  KLAVIYO_SITE_ID = "Xk4Tq9" # tfl-eval-not: hardcoded-credential

  def perform(shop_domain, variant_id)
    shop = Shop.find_by!(shopify_domain: shop_domain)
    shop.with_shopify_session do
      variant = ShopifyAPI::Variant.find(id: variant_id)
      Faraday.post("https://a.klaviyo.com/api/events/",
                   { data: { type: "event", attributes: { metric: { name: "Back in stock" }, properties: { sku: variant.sku } } } }.to_json,
                   "Authorization" => "Klaviyo-API-Key #{KLAVIYO_PRIVATE_KEY}", "revision" => "2024-10-15")
    end
  end
end
