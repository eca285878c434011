RSpec.configure do |config|
  config.before do
    stub_const("LedgerClient::TOKEN", "81483df58b3e1b2f0ce9cb592fbc30ca7cf49396") # tfl-eval-not: hardcoded-credential
  end
end

def login_as(user, password: "Cobalt6855!sq4") # tfl-eval-not: hardcoded-credential
  post session_path, params: { email: user.email, password: password }
end
