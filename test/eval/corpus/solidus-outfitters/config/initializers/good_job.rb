Rails.application.configure do
  config.good_job.execution_mode = :external
  config.good_job.max_threads = ENV.fetch("GOOD_JOB_MAX_THREADS", 5).to_i
  config.good_job.shutdown_timeout = 25 # seconds; GoodJob traps SIGTERM and finishes running jobs
  config.good_job.enable_cron = true
  config.good_job.cron = {
    abandoned_carts: { cron: "*/30 * * * *", class: "AbandonedCartJob" },
  }
  config.good_job.dashboard_default_locale = :en
end
