require 'rails_helper'

RSpec.describe 'Authentication', type: :request do
  let(:user) { create(:user, password: 'foobar123') } # tfl-eval-not: hardcoded-credential
  let(:headers) { { 'Authorization' => "Bearer #{JsonWebToken.encode(user_id: user.id)}" } }
  let(:invalid_credentials) { { email: Faker::Internet.email, password: Faker::Internet.password }.to_json }

  it 'returns an authentication token' do
    post '/auth/login', params: { email: user.email, password: 'foobar123' } # tfl-eval-not: hardcoded-credential
    expect(json['auth_token']).not_to be_nil
  end
end
