# frozen_string_literal: true

require 'faraday'

module Billing
  class PaddleClient
    def initialize(api_key: Settings.config.paddle.api_key)
      @http = Faraday.new('https://api.paddle.com') do |f|
        f.request :authorization, 'Bearer', api_key
        f.request :json
        f.response :json
      end
    end

    def subscription(id)
      @http.get("/subscriptions/#{id}").body.fetch('data')
    end
  end
end
