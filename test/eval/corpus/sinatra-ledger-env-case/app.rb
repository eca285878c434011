# frozen_string_literal: true

require "sinatra/base"
require_relative "config/settings"
require_relative "lib/ledger/client"

class LedgerApp < Sinatra::Base
  enable :sessions
  set :session_secret, Ledger::Settings::SESSION
  set :sessions, key: Ledger::Settings::COOKIE_NAME

  get "/health" do
    "ok"
  end

  get "/balances" do
    Ledger::Client.new.balances.to_json
  end
end
