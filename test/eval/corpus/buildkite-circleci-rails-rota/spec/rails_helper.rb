require "spec_helper"
ENV["RAILS_ENV"] ||= "test"
ENV["SLACK_WEBHOOK_URL"] ||= "https://hooks.slack.test/services/T000/B000/XXXX" # tfl-eval-not: hardcoded-credential
require_relative "../config/environment"
require "rspec/rails"

RSpec.configure do |config|
  config.use_transactional_fixtures = true
  config.infer_spec_type_from_file_location!
end
