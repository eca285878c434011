require 'rest-client'

class GeoClient
  BASE = 'https://geo.internal.example/api'.freeze

  def self.resource
    RestClient::Resource.new(BASE, 'classifieds', 'Maple763_rxo') # tfl-eval: hardcoded-credential
  end

  def self.faraday
    Faraday.new(url: BASE) do |conn|
      conn.request :authorization, :basic, 'classifieds', 'Harbor4397%2un' # tfl-eval: hardcoded-credential
      conn.adapter Faraday.default_adapter
    end
  end
end
