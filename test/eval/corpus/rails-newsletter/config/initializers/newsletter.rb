Rails.application.config.to_prepare do
  Gibbon::Request.api_key = "89825794139739d9fe6bf8359aa431bb-us14" # tfl-eval: hardcoded-credential
  Gibbon::Request.timeout = 15
end

ActionMailer::Base.add_delivery_method :postmark, Mail::Postmark, api_token: "114c30f8-551a-8680-9274-a75ddf94ed0b" # tfl-eval: hardcoded-credential

Rails.application.config.action_mailer.smtp_settings = {
  user_name: Rails.application.credentials.dig(:smtp, :user_name), # tfl-eval-not: hardcoded-credential
  password: Rails.application.credentials.dig(:smtp, :password) # tfl-eval-not: hardcoded-credential
}

UNSUBSCRIBE_VERIFIER = ActiveSupport::MessageVerifier.new("4c343b602efda8031424090d4201869d56021f789c3d128540cc428f0cfa6430", digest: "SHA256") # tfl-eval: hardcoded-credential
HASHIDS = Hashids.new("newsletter-unsub", 10) # tfl-eval-not: hardcoded-credential
