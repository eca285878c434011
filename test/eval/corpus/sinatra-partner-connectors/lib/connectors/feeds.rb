# frozen_string_literal: true

require 'typhoeus'
require 'excon'

module Connectors
  class Feeds
    def inventory
      Typhoeus::Request.new(
        'https://feeds.wholesale.example/inventory.csv',
        userpwd: 'shop:nxIm9Vn5TsgDqc6c', # tfl-eval: hardcoded-credential
        followlocation: true
      ).run
    end

    def prices
      Excon.get('https://prices.wholesale.example/latest.json', user: 'shop', password: 'WJaGNtUe35dg7Kev') # tfl-eval: hardcoded-credential
    end
  end
end
