RSpec.configure do |config|
  config.before(:suite) do
    Redis.new(host: "127.0.0.1", port: 6379, db: 9).flushdb # tfl-eval-not: hardcoded-backing-service
  end
end
