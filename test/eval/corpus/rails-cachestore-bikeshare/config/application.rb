require_relative "boot"

require "rails/all"

Bundler.require(*Rails.groups)

module Bikeshare
  class Application < Rails::Application
    config.load_defaults 7.1
    config.time_zone = "Europe/Amsterdam"
    config.active_job.queue_adapter = :async
  end
end
