# frozen_string_literal: true

require_relative 'config/environment'

class KarafkaApp < Karafka::App
  setup do |config|
    config.client_id = 'clickstream-ingest'
    config.kafka = {
      'bootstrap.servers': 'pkc-4r297.europe-west1.gcp.confluent.cloud:9092', # tfl-eval: hardcoded-backing-service
      'security.protocol': 'SASL_SSL',
      'sasl.mechanisms': 'PLAIN',
      'sasl.username': '8IB68C64KK3LDWQ3', # tfl-eval-not: hardcoded-credential
      'sasl.password': 'zijRe/JUU4rtL3x2Zw9sxMAenxvfO6UrJukPLvRrhA0p/utfSo8l2Cyd6cFmPpk1' # tfl-eval: hardcoded-credential
    }
    config.concurrency = 5
    config.max_wait_time = 1_000
  end

  routes.draw do
    topic :page_views do
      consumer PageViewsConsumer
      dead_letter_queue(topic: 'page_views_dlq', max_retries: 3)
    end
  end
end
