require 'rails_helper'

RSpec.describe 'Sessions', type: :request do
  let(:password) { 'correct-horse-battery' } # tfl-eval-not: hardcoded-credential
  let(:user) { create(:user, password: password) }

  it 'signs in' do
    post user_session_path, params: { user: { email: user.email, password: password } }
    expect(response).to redirect_to(root_path)
  end

  it 'refuses a bad token' do
    get '/api/episodes', headers: { 'Authorization' => 'Bearer not-a-real-token' } # tfl-eval-not: hardcoded-credential
    expect(response).to have_http_status(:unauthorized)
  end
end
