require "rack/test"
require_relative "../lib/shortlinks/app"
require_relative "../lib/shortlinks/schema"

Shortlinks::Schema.migrate!(Shortlinks::DB) # tfl-eval-not: startup-migration

RSpec.describe Shortlinks::App do
  include Rack::Test::Methods

  def app = Shortlinks::App.freeze.app

  it "404s on reserved slugs" do
    Shortlinks::SESSIONS["test-token"] = 1
    get "/admin"
    expect(last_response.status).to eq(404)
  end
end
