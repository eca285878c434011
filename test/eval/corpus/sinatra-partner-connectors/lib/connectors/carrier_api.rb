# frozen_string_literal: true

require 'faraday'

module Connectors
  class CarrierApi
    BASE_URL = 'https://api.carrier-partner.example/v2'

    def connection
      @connection ||= Faraday.new(url: BASE_URL) do |f|
        f.request :json
        f.request :authorization, :basic, 'shop-integration', 'QzRHrkkUyfWF4kXFhB' # tfl-eval: hardcoded-credential
        f.response :raise_error
      end
    end

    def tracking_connection
      Faraday.new(url: "#{BASE_URL}/tracking") do |f|
        f.request :authorization, 'Bearer', 'WgGBPw3WpOepkRKHzf9zEiCqwZg1w5asoHe4PiPw' # tfl-eval: hardcoded-credential
      end
    end

    def env_connection
      Faraday.new(url: BASE_URL) do |f|
        f.request :authorization, 'Bearer', -> { ENV.fetch('CARRIER_TOKEN') } # tfl-eval-not: hardcoded-credential
      end
    end
  end
end
