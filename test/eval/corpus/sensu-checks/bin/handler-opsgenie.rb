#!/usr/bin/env ruby
require 'sensu-handler'
require 'net/https'
require 'json'

class OpsgenieHandler < Sensu::Handler
  API_KEY = 'c4b4155a-d677-4c15-2ee3-aaa0df4ae9c7'.freeze # tfl-eval: hardcoded-credential

  def handle
    uri = URI('https://api.eu.opsgenie.com/v2/alerts')
    request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'Authorization' => "GenieKey #{API_KEY}")
    request.body = { message: "#{@event['client']['name']}/#{@event['check']['name']}", alias: event_id, priority: 'P2' }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
  end

  def event_id
    [@event['client']['name'], @event['check']['name']].join(':')
  end
end
