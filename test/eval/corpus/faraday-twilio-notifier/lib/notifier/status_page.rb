require "faraday"

module Notifier
  class StatusPage
    def initialize(token_store)
      @conn = Faraday.new(url: "https://status.shop.example/api") do |f|
        f.request :authorization, :basic, "notifier", "Lq5wE8rT2yU7iO4p" # tfl-eval: hardcoded-credential
        f.request :json
        f.response :raise_error
      end
      @metrics = Faraday.new(url: "https://metrics.shop.example") do |f|
        f.request :authorization, "Bearer", -> { token_store.fetch } # tfl-eval-not: hardcoded-credential
      end
    end

    def post(component, state)
      @conn.post("components/#{component}", { status: state })
    end
  end

  class LegacyPager
    def initialize
      @conn = Faraday.new(url: "https://pager.shop.example")
      @conn.set_basic_auth("pager", "Mn3bV6cX9zA1sD4f") # tfl-eval: hardcoded-credential
      @conn.headers["X-Api-Key"] = "cc4106496abc1c232b5d5d41dbb01731" # tfl-eval: hardcoded-credential
    end
  end
end
