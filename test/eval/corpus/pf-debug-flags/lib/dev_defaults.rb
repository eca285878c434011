module DevDefaults
  def self.apply!
    return if Rails.env.production?

    ENV["SLACK_WEBHOOK_SECRET"] ||= "dev-slack-secret" # tfl-eval-not: hardcoded-credential
  end
end

unless Rails.env.production?
  ENV["MAILGUN_API_KEY"] ||= "local-mailgun-key" # tfl-eval-not: hardcoded-credential
end
