# frozen_string_literal: true

require 'sinatra/base'
require_relative 'lib/connectors/carrier_api'

class PartnerConnectors < Sinatra::Base
  get '/healthz' do
    'ok'
  end
end
