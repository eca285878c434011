# frozen_string_literal: true

require 'fluent/plugin/output'
require 'net/http'

module Fluent
  module Plugin
    class LumenAlertsOutput < Output
      Fluent::Plugin.register_output('lumen_alerts', self)

      config_param :endpoint, :string, default: 'https://alerts.lumen-media.io/v1/events'
      config_param :api_key, :string, secret: true, default: 'Zd9Bv0KCTjhAgp0g26orQbPo2r7ez7Th' # tfl-eval: hardcoded-credential
      config_param :timeout, :integer, default: 5

      def process(tag, es)
        es.each do |_time, record|
          uri = URI(@endpoint)
          request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'X-Api-Key' => @api_key)
          request.body = record.merge('tag' => tag).to_json
          Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: @timeout) { |http| http.request(request) }
        end
      end
    end
  end
end
