# frozen_string_literal: true

Sentry.init do |config|
  config.dsn = 'https://8f9ecb7ad5ba5fb1dc9a8316267a4465@o450421283.ingest.sentry.io/450418865' # tfl-eval-not: hardcoded-credential
  config.breadcrumbs_logger = %i[active_support_logger http_logger]
  config.traces_sample_rate = 0.05
end
