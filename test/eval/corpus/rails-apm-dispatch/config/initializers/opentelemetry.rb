# frozen_string_literal: true

require 'opentelemetry/sdk'
require 'opentelemetry/exporter/otlp'
require 'opentelemetry/instrumentation/all'

ENV['OTEL_EXPORTER_OTLP_ENDPOINT'] ||= 'https://api.honeycomb.io'
ENV['OTEL_EXPORTER_OTLP_HEADERS'] ||= 'x-honeycomb-team=CLGBxc4zEcre7XDPbsXkds' # tfl-eval: hardcoded-credential
ENV['OTEL_SERVICE_NAME'] ||= 'dispatch'

OpenTelemetry::SDK.configure do |c|
  c.use_all('OpenTelemetry::Instrumentation::ActiveRecord' => { enabled: true })
end
