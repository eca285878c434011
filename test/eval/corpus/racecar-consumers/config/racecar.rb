# frozen_string_literal: true

Racecar.configure do |config|
  config.brokers = ['pkc-4r297.europe-west1.gcp.confluent.cloud:9092']
  config.client_id = 'orders-consumers'
  config.security_protocol = :sasl_ssl
  config.sasl_mechanism = 'PLAIN'
  config.sasl_username = 'H6IOAZQZ7SHNYWQK'
  config.sasl_password = 'HvLIAEN0sVcm/h9HpfW7FJCssutgqNKW4k3gE8MqEE63tGio2KvkDc4D79mclrld' # tfl-eval: hardcoded-credential
  config.offset_commit_interval = 5
end
