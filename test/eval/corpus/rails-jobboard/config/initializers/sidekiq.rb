Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/1") }
  schedule = YAML.load_file(Rails.root.join("config/schedule.yml"))
  Sidekiq::Cron::Job.load_from_hash(schedule) if schedule
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/1") }
end
