require_relative "boot"

require "rails/all"

Bundler.require(*Rails.groups)

module Tablebook
  class Application < Rails::Application
    config.load_defaults 7.0
    config.time_zone = "Europe/Lisbon"
    config.active_job.queue_adapter = :sidekiq
    # Sessions go to the Rails cache; see the environment files for which cache that is.
    config.session_store :cache_store, key: "_tablebook_session", expire_after: 2.weeks
  end
end
