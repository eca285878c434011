# frozen_string_literal: true

Rollbar.configure do |config|
  # Without configuration, Rollbar is enabled in all environments.
  config.access_token = '037dfe54dd514208bba90b7bf4c8d9dc' # tfl-eval: hardcoded-credential

  # Here we'll disable in 'test':
  config.enabled = false if Rails.env.test?

  config.environment = ENV['ROLLBAR_ENV'].presence || Rails.env
  config.exception_level_filters.merge!('ActionController::RoutingError' => 'ignore')
  config.use_sidekiq 'queue' => 'default'
end
