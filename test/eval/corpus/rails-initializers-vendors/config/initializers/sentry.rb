Sentry.init do |config|
  config.dsn = "https://4e934f7136bf84c90242a27c1cd1b3c8@o450123.ingest.sentry.io/5512345" # tfl-eval-not: hardcoded-credential
  config.breadcrumbs_logger = [:active_support_logger, :http_logger]
  config.traces_sample_rate = 0.2
end
