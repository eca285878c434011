require "sinatra/base"
require_relative "lib/settings"
require_relative "lib/pager_hub"

class PagerApp < Sinatra::Base
  use Rack::Session::Cookie, key: Pager::Settings::COOKIE_NAME, secret: Pager::Settings::SESSION_SECRET

  get "/health" do
    "ok"
  end
end
