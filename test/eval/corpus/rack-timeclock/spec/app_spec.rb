require 'rack/test'
require 'rack/session'
require_relative '../lib/timeclock/app'

RSpec.describe Timeclock::App do
  include Rack::Test::Methods

  def app
    Rack::Builder.new do
      use Rack::Session::Pool # tfl-eval-not: memory-session-store
      run Timeclock::App.new
    end
  end

  it 'answers 404 for unknown paths' do
    get '/nope'
    expect(last_response.status).to eq(404)
  end
end
