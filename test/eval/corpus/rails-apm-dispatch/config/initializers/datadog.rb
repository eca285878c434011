# frozen_string_literal: true

Datadog.configure do |c|
  c.service = 'dispatch'
  c.env = Rails.env
  c.tracing.enabled = Rails.env.production?
  c.tracing.instrument :rails
  c.tracing.instrument :sidekiq
  c.agent.host = ENV.fetch('DD_AGENT_HOST', 'localhost')
end
