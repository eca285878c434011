require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Tracker
  class Application < Rails::Application
    config.load_defaults 7.1
    config.cache_store = :memory_store, { size: 64.megabytes }
    config.logger = ActiveSupport::Logger.new($stdout)  # tfl-eval-not: file-logger
  end
end
