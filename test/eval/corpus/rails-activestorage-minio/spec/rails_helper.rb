require "spec_helper"
ENV["RAILS_ENV"] ||= "test"
require_relative "../config/environment"
require "rspec/rails"

ActiveRecord::Migration.maintain_test_schema! # tfl-eval-not: startup-migration

RSpec.configure do |config|
  config.use_transactional_fixtures = true
end
