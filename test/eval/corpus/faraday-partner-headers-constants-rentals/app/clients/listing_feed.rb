require "httparty"

class ListingFeed
  FEED_URL = "https://feeds.rental-portal.example/v1/listings"
  PORTAL = "aLXxpQmQMwX_rE0Dk2Pz" # tfl-eval: hardcoded-credential
  ACCEPT = "application/json"

  def self.fetch(page)
    HTTParty.get(FEED_URL, query: { page: page }, headers: { "X-Api-Key" => PORTAL, "Accept" => ACCEPT })
  end

  def self.fetch_owner(id)
    HTTParty.get("#{FEED_URL}/owners/#{id}", headers: { "Authorization" => "Bearer #{ENV.fetch('PORTAL_OWNER_TOKEN')}" }) # tfl-eval-not: hardcoded-credential
  end
end
