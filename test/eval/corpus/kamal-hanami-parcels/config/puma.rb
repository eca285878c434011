workers ENV.fetch("WEB_CONCURRENCY", 2).to_i
threads 5, 5
port ENV.fetch("HANAMI_PORT", 2300)
environment ENV.fetch("HANAMI_ENV", "production")
