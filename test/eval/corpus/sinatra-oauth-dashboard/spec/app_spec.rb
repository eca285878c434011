# frozen_string_literal: true

require_relative "../app"
require "rack/test"

RSpec.describe Dashboard do
  include Rack::Test::Methods

  def app = Dashboard

  before { OmniAuth.config.test_mode = true }

  it "shows the login page" do
    get "/login", error: "password"
    expect(last_response.body).to include("Wrong password")
  end
end
