require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_tags = [:request_id]
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.cache_store = :solid_cache_store
  config.active_job.queue_adapter = :solid_queue
  config.solid_queue.connects_to = { database: { writing: :queue } }
  config.action_mailer.smtp_settings = {
    address: "smtp.postmarkapp.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: Rails.application.credentials.dig(:postmark, :api_token),
    password: Rails.application.credentials.dig(:postmark, :api_token),
  }
  config.session_store :cache_store, key: "_bookings_session"
end
