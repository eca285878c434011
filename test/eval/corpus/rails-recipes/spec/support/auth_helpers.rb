module AuthHelpers
  def sign_in_as(user, password: 'spec-Password-1')
    post '/login', params: { email: user.email, password: password }
  end

  STRIPE_TEST = 'sk_test_ugRfUgDvV59lEyOhTGFlFSYI' # tfl-eval: hardcoded-credential
end
