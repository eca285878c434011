require "sidekiq"
require "acme_jobs/version"

module AcmeJobs
  REDIS_OPTIONS = {
    url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"),
    password: ENV["REDIS_PASSWORD"],
    ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER }
  }.freeze

  def self.configure!
    Sidekiq.configure_server { |config| config.redis = REDIS_OPTIONS }
    Sidekiq.configure_client { |config| config.redis = REDIS_OPTIONS }
  end
end
