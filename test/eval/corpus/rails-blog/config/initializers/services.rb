Rails.application.configure do
  config.x.mailchimp_api_key = ENV.fetch("MAILCHIMP_API_KEY")
  config.x.github_token = "ghp_3Jk8Lm1Np4Qr7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1"  # tfl-eval: hardcoded-credential
  config.x.password_min_length = 10
end

Stripe.api_key = "sk_live_Q2w3E4r5T6y7U8i9O0p1A2s3"  # tfl-eval: hardcoded-credential
