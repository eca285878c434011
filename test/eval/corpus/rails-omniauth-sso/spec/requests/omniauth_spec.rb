# frozen_string_literal: true

require "rails_helper"

RSpec.describe "SSO callbacks", type: :request do
  before do
    OmniAuth.config.test_mode = true
    OmniAuth.config.mock_auth[:google_oauth2] = OmniAuth::AuthHash.new(
      provider: "google_oauth2",
      uid: "123545",
      info: { email: "sso-user@example.org" },
      credentials: { token: "mock_token", secret: "mock_secret" } # tfl-eval-not: hardcoded-credential
    )
  end

  it "signs the user in" do
    post "/users/auth/google_oauth2/callback"
    expect(response).to redirect_to(root_path)
  end

  it "rejects a wrong password" do
    user = create(:user, password: "correct horse battery") # tfl-eval-not: hardcoded-credential
    post user_session_path, params: { user: { email: user.email, password: "wrong" } } # tfl-eval-not: hardcoded-credential
    expect(response.body).to include("Invalid Email or password")
  end
end
