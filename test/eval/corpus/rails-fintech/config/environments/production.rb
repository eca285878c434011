Rails.application.configure do
  config.eager_load = true
  config.secret_token = "61ca5f4bc021f308642425fcf43e03bfe416e22305b48211abf855713402afcc98aae7d89b766794db3a75388cbdd0091b9729d8be9853307e91480d818a92ca" # tfl-eval: hardcoded-credential
  config.lograge.enabled = true
  config.lograge.logger = ActiveSupport::Logger.new("#{Rails.root}/log/lograge_#{Rails.env}.log") # tfl-eval: file-logger
  config.active_job.queue_adapter = :sidekiq
end
