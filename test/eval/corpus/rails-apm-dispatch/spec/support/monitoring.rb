# frozen_string_literal: true

RSpec.configure do |config|
  config.before(:suite) do
    Rollbar.configure { |c| c.access_token = 'test-rollbar-token'; c.enabled = false }
    ENV['APPSIGNAL_PUSH_API_KEY'] = 'test-push-key'
  end
end
