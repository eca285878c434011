require 'rack/test'

RSpec.describe 'kiosk' do
  include Rack::Test::Methods

  def app
    KioskApp
  end

  it 'lists the menu' do
    get '/menu'
    expect(last_response.status).to eq(200)
  end
end
