require 'bundler/setup'
require 'karafka'
require 'clickhouse'
require_relative '../app/consumers/page_views_consumer'

Clickhouse.establish_connection(
  url: 'https://ch.clickstream.internal:8443',
  username: 'ingest',
  password: ENV.fetch('CLICKHOUSE_PASSWORD') # tfl-eval-not: hardcoded-credential
)
