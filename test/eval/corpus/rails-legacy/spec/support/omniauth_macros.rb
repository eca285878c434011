module OmniauthMacros
  def mock_auth_hash
    OmniAuth.config.mock_auth[:facebook] = OmniAuth::AuthHash.new(
      provider: 'facebook',
      uid: '123545',
      credentials: { token: 'mock_token', secret: 'mock_secret' } # tfl-eval-not: hardcoded-credential
    )
  end
end
